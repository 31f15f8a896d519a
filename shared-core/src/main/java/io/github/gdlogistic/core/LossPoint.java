package io.github.gdlogistic.core;

import java.io.Serializable;

/** One point of the learning curve: the objective value after an iteration. Immutable. */
public final class LossPoint implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int iteration;
    private final double loss;

    /**
     * @param iteration iteration or epoch number, 0 for the starting point
     * @param loss objective value
     */
    public LossPoint(int iteration, double loss) {
        this.iteration = iteration;
        this.loss = loss;
    }

    /** @return iteration or epoch number, 0 for the starting point */
    public int iteration() {
        return iteration;
    }

    /** @return the objective value */
    public double loss() {
        return loss;
    }

    @Override
    public String toString() {
        return iteration + ":" + loss;
    }
}
