package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.StopReason;

import java.util.List;

/** What a solver returns: the parameters, the objective there and how the run ended. */
public final class OptimizationResult {

    private final double[] point;
    private final double loss;
    private final double stationarity;
    private final int iterations;
    private final StopReason stopReason;
    private final List<LossPoint> history;

    /**
     * @param point final parameters
     * @param loss objective (smooth part plus L1) at {@code point}
     * @param stationarity gradient max-norm (proximal-gradient mapping with L1) at {@code point}
     * @param iterations iterations or epochs performed
     * @param stopReason why the solver stopped
     * @param history the learning curve
     */
    public OptimizationResult(double[] point, double loss, double stationarity, int iterations, StopReason stopReason,
            List<LossPoint> history) {
        this.point = point.clone();
        this.loss = loss;
        this.stationarity = stationarity;
        this.iterations = iterations;
        this.stopReason = stopReason;
        this.history = history;
    }

    /** @return a copy of the final parameters */
    public double[] point() {
        return point.clone();
    }

    /** @return the objective at the final parameters */
    public double loss() {
        return loss;
    }

    /** @return the stationarity measure at the final parameters */
    public double stationarity() {
        return stationarity;
    }

    /** @return iterations or epochs performed */
    public int iterations() {
        return iterations;
    }

    /** @return why the solver stopped */
    public StopReason stopReason() {
        return stopReason;
    }

    /** @return the learning curve */
    public List<LossPoint> history() {
        return history;
    }
}
