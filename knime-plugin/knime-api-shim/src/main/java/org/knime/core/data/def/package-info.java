/** Compile-only shim of {@code org.knime.core.data.def}: the default cells and row. */
package org.knime.core.data.def;
