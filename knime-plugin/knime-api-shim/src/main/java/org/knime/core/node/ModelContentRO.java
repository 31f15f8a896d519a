package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Shim of KNIME's read-only model content. */
public interface ModelContentRO extends ConfigRO {
}
