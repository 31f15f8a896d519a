/** Compile-only shim of {@code org.knime.core.data.container}: row containers and closeable iterators. */
package org.knime.core.data.container;
