package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Shim of KNIME's {@code org.knime.core.node.NodeSettingsWO}. */
public interface NodeSettingsWO extends ConfigWO {
}
