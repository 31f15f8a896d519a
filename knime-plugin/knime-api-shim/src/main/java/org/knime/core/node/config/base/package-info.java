/** Compile-only shim of {@code org.knime.core.node.config.base}: the typed getters and setters of KNIME's configs. */
package org.knime.core.node.config.base;
