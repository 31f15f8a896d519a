package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;

import java.io.Serializable;

/**
 * A method that minimizes a smooth function plus an L1 penalty one iteration at a time. It never decides when to
 * stop: a {@link StoppingRule} does, from what the optimizer reports.
 *
 * <p>Lifecycle: construct with the method's own settings; {@link #start} evaluates the starting point; each
 * {@link #step} performs one iteration (one epoch for mini-batch methods); {@link #point}, {@link #loss} and
 * {@link #stationarity} describe the current iterate at any time. The optimizer's state is serializable without the
 * objective: after deserialization, {@link #resume} attaches the same objective again, and stepping goes on exactly
 * where it stopped.
 */
public interface Optimizer extends Serializable {

    /**
     * Starts at a point and evaluates the objective there.
     *
     * @param function the smooth part (full batch; mini-batch methods also use its row subsets)
     * @param penalty the L1 part (inactive when its strength is 0)
     * @param point the starting parameters (copied)
     */
    void start(MiniBatchFunction function, L1Penalty penalty, double[] point);

    /**
     * Attaches the objective again after the optimizer was deserialized.
     *
     * @param function the same smooth part as at the start
     * @param penalty the same L1 part
     */
    void resume(MiniBatchFunction function, L1Penalty penalty);

    /**
     * Performs one iteration (one epoch for mini-batch methods).
     *
     * @return what the step did
     */
    StepOutcome step();

    /** @return a copy of the current parameters */
    double[] point();

    /** @return the objective (smooth part plus L1) at the current parameters */
    double loss();

    /** @return the gradient max-norm at the current parameters (of the proximal-gradient mapping with L1) */
    double stationarity();

    /** @return a short description of the method, e.g. "L-BFGS" */
    String description();
}
