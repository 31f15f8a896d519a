/**
 * Compile-only shim of {@code org.knime.core.node.message} (KNIME 5.5): the message type that node warnings are
 * passed as, exactly as far as the shim's other declarations refer to it.
 */
package org.knime.core.node.message;
