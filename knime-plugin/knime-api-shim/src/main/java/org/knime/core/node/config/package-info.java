/**
 * Compile-only shim of {@code org.knime.core.node.config}: the typed getters and setters of KNIME's config trees
 * (declared in KNIME 5.5 on ConfigBaseRO/ConfigBaseWO, which ConfigRO/ConfigWO extend).
 */
package org.knime.core.node.config;
