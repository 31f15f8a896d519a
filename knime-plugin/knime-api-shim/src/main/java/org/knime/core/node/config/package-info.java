/**
 * Compile-only shim of {@code org.knime.core.node.config}: ConfigRO/ConfigWO, which extend ConfigBaseRO/ConfigBaseWO
 * (package {@code org.knime.core.node.config.base}), where the typed getters and setters are declared.
 */
package org.knime.core.node.config;
