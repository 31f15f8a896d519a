package org.knime.core.node;

/** Shim of KNIME's {@code org.knime.core.node.InvalidSettingsException}. */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the message */
    public InvalidSettingsException(final String message) {
        super(message);
    }

    /** @param cause the cause */
    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    /**
     * @param message the message
     * @param cause the cause
     */
    public InvalidSettingsException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
