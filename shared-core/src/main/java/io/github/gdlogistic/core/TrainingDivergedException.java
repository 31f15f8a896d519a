package io.github.gdlogistic.core;

/**
 * Thrown when a fixed-learning-rate solver makes the loss explode or turn non-finite. The message names the solver,
 * the learning rate, what was seen, and what to try instead. It is an {@link IllegalArgumentException} because the
 * learning rate given is what caused it.
 */
public class TrainingDivergedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final double learningRate;
    private final int iteration;

    /**
     * @param message the full explanation
     * @param learningRate the learning rate that diverged
     * @param iteration the iteration at which divergence was detected
     */
    public TrainingDivergedException(String message, double learningRate, int iteration) {
        super(message);
        this.learningRate = learningRate;
        this.iteration = iteration;
    }

    /** @return the learning rate that diverged */
    public double learningRate() {
        return learningRate;
    }

    /** @return the one-based iteration at which divergence was detected */
    public int iteration() {
        return iteration;
    }
}
