/** Compile-only shim of {@code org.knime.core.node.port}: port objects, specs, types and their registry. */
package org.knime.core.node.port;
