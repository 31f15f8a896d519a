package io.github.gdlogistic.core.optim;

/** What one {@link Optimizer#step()} did, for the {@link StoppingRule}. */
public enum StepOutcome {
    /** The iterate moved (the usual case). */
    MOVED,
    /**
     * The method discarded its momentum and stayed where it was (accelerated proximal gradient after a rise): the
     * unchanged loss says nothing about convergence.
     */
    RESTARTED,
    /** No decrease of the objective could be found from the current iterate: machine precision, or a stall. */
    NO_DECREASE
}
