package org.knime.core.node;

import java.util.function.Supplier;

/** Shim of KNIME's {@code org.knime.core.node.ExecutionMonitor}: progress and cancellation. */
public class ExecutionMonitor {

    /** Creates a monitor with a default progress monitor. */
    public ExecutionMonitor() {
    }

    /** @throws CanceledExecutionException when the user pressed cancel */
    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param progress progress in [0, 1] */
    public void setProgress(final double progress) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param progress progress in [0, 1]
     * @param message progress message
     */
    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param progress progress in [0, 1]
     * @param messageSupplier lazily evaluated progress message
     */
    public void setProgress(final double progress, final Supplier<String> messageSupplier) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param message progress message */
    public void setMessage(final String message) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
