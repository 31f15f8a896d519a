package io.github.gdlogistic.core;

import java.util.concurrent.CancellationException;

/** Thrown when a {@link TrainingListener} asked training to stop. No model is produced. */
public class TrainingCancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    /**
     * @param iteration the iteration at which training stopped
     */
    public TrainingCancelledException(int iteration) {
        super("Training was cancelled at iteration " + iteration);
    }
}
