package org.knime.core.node;

/** Shim of KNIME's {@code org.knime.core.node.CanceledExecutionException}. */
public class CanceledExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Without message. */
    public CanceledExecutionException() {
        super();
    }

    /** @param s the message */
    public CanceledExecutionException(final String s) {
        super(s);
    }
}
