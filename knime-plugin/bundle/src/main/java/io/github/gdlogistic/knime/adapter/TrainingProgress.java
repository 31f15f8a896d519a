package io.github.gdlogistic.knime.adapter;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import io.github.gdlogistic.core.TrainingListener;

/**
 * The core's training listener as KNIME sees it: each iteration moves the progress bar within
 * [{@code start}, 1] with a message, and the cancel button is polled through {@code cancelRequested}.
 */
public final class TrainingProgress implements TrainingListener {

    /** Receives progress updates. */
    @FunctionalInterface
    public interface ProgressSink {
        /**
         * @param fraction progress in [0, 1]
         * @param message text for the progress bar
         */
        void progress(double fraction, String message);
    }

    private final double start;
    private final ProgressSink sink;
    private final BooleanSupplier cancelRequested;

    /**
     * @param start progress already used before training, in [0, 1)
     * @param sink where progress goes
     * @param cancelRequested whether the user asked to cancel
     */
    public TrainingProgress(double start, ProgressSink sink, BooleanSupplier cancelRequested) {
        this.start = start;
        this.sink = sink;
        this.cancelRequested = cancelRequested;
    }

    @Override
    public void onIteration(int iteration, int maxIterations, double loss) {
        double fraction = start + (1 - start) * Math.min(1.0, iteration / (double) Math.max(1, maxIterations));
        sink.progress(fraction, String.format(Locale.ROOT, "Iteration %d of at most %d, loss %.6g", iteration,
                maxIterations, loss));
    }

    @Override
    public boolean isCancelled() {
        return cancelRequested.getAsBoolean();
    }
}
