package org.knime.core.node;

/** Shim of KNIME's {@code org.knime.core.node.NodeModelWarningListener} (implemented by NodeView). */
public interface NodeModelWarningListener {

    /** @param warning the new warning message, or null */
    void warningChanged(String warning);
}
