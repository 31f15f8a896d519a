package org.knime.core.node;

import java.util.EventListener;

import org.knime.core.node.message.Message;

/** Shim of KNIME's {@code org.knime.core.node.NodeModelWarningListener} (implemented by NodeView). */
public interface NodeModelWarningListener extends EventListener {

    /**
     * Called when the node model's warning changes.
     *
     * @param warning the new warning, or null when the warning was cleared
     */
    void warningChanged(Message warning);
}
