/** Compile-only shim of {@code org.knime.core.node.util.filter}: the result of a column filter. */
package org.knime.core.node.util.filter;
