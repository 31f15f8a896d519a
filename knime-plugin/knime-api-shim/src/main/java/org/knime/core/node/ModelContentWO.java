package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Shim of KNIME's {@code org.knime.core.node.ModelContentWO}; addInt/addString/... come from ConfigBaseWO. */
public interface ModelContentWO extends ConfigWO {

    /**
     * @param key the key
     * @return a new nested model content
     */
    ModelContentWO addModelContent(String key);
}
