package io.github.gdlogistic.core;

/**
 * Receives training progress and can ask training to stop. Hosts adapt it to their progress display (Weka's debug
 * output, KNIME's progress bar) and cancel button. {@link #onIteration} is called from the training thread, once
 * per iteration or epoch. {@link #isCancelled} is polled much more often: after every iteration and between blocks of
 * rows (every {@value io.github.gdlogistic.core.data.RowBlocks#BLOCK_ROWS} rows) in every pass over the data, possibly
 * from worker threads, so it must be cheap and thread-safe.
 *
 * <p>Interrupting the training thread has the same effect as cancelling: training stops with
 * {@link TrainingCancelledException}, and the thread's interrupt status stays set.
 */
public interface TrainingListener {

    /** A listener that ignores progress and never cancels. */
    TrainingListener NONE = (iteration, maxIterations, loss) -> { };

    /**
     * Called after each iteration (full-batch solvers) or epoch (mini-batch solvers).
     *
     * @param iteration the one-based number of the iteration just finished
     * @param maxIterations the configured maximum, for progress fractions
     * @param loss the objective value after that iteration
     */
    void onIteration(int iteration, int maxIterations, double loss);

    /**
     * Polled between iterations and between blocks of rows; returning {@code true} makes training throw
     * {@link TrainingCancelledException}.
     *
     * @return whether the user asked to stop
     */
    default boolean isCancelled() {
        return false;
    }
}
