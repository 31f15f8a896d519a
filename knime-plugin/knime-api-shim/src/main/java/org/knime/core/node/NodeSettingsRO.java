package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Shim of KNIME's {@code org.knime.core.node.NodeSettingsRO}. */
public interface NodeSettingsRO extends ConfigRO {
}
