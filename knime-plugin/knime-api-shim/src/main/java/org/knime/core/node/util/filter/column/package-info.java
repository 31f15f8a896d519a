/** Shim of KNIME's column filter configuration and panel (package {@code org.knime.core.node.util.filter.column}). */
package org.knime.core.node.util.filter.column;
