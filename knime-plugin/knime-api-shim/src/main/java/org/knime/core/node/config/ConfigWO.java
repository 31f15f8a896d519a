package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Shim of KNIME's {@code org.knime.core.node.config.ConfigWO}; the typed setters are declared on ConfigBaseWO. */
public interface ConfigWO extends ConfigBaseWO {
}
