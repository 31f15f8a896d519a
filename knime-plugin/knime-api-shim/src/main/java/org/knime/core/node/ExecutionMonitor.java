package org.knime.core.node;

/** Shim of KNIME's execution monitor: progress and cancellation. */
public class ExecutionMonitor {

    /** @throws CanceledExecutionException when the user pressed cancel */
    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param progress progress in [0, 1]
     * @param message progress message
     */
    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

}
