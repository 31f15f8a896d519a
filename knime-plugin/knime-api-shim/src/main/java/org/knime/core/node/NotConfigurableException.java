package org.knime.core.node;

/** Shim of KNIME's {@code org.knime.core.node.NotConfigurableException}. */
public class NotConfigurableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the message */
    public NotConfigurableException(final String message) {
        super(message);
    }

    /**
     * @param message the message
     * @param cause the cause
     */
    public NotConfigurableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
