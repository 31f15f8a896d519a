package org.knime.core.node;

/** Shim of KNIME's exception for a cancelled execution. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the message */
    public CanceledExecutionException(final String message) {
        super(message);
    }
}
