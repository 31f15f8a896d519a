/** Compile-only shim of {@code org.knime.core.data}: table specs, column specs, types, rows, cells and values. */
package org.knime.core.data;
