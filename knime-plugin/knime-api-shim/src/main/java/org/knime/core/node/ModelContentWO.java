package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Shim of KNIME's write-only model content. */
public interface ModelContentWO extends ConfigWO {
}
