package org.knime.core.node.message;

/**
 * Shim of KNIME's {@code org.knime.core.node.message.Message} (KNIME 5.0 and later: a node's warning or error with
 * summary, issue and resolutions). Referenced only as the parameter type of
 * {@link org.knime.core.node.NodeModelWarningListener#warningChanged(Message)}; no member is used, so none is
 * declared. Instances are never created against the shim.
 */
public final class Message {

    private Message() {
    }
}
