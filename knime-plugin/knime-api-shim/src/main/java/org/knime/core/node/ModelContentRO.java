package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Shim of KNIME's {@code org.knime.core.node.ModelContentRO}; getInt/getString/... come from ConfigBaseRO. */
public interface ModelContentRO extends ConfigRO {

    /**
     * @param key the key
     * @return the nested model content
     * @throws InvalidSettingsException when missing
     */
    ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
