package io.github.gdlogistic.core.optim;

/** Why the {@link StoppingRule} ends a run. */
public enum Stop {
    /** The loss became non-finite or grew far above its starting value: the step size is too large. */
    DIVERGED,
    /** The gradient (or proximal-gradient mapping) max-norm fell to the gradient tolerance. */
    GRADIENT_TOLERANCE,
    /** The relative loss change fell to the loss tolerance, with a small gradient. */
    LOSS_TOLERANCE,
    /** The iteration limit was reached. */
    MAX_ITERATIONS,
    /** No decrease could be found, with a small gradient: machine precision reached. */
    NO_PROGRESS,
    /** The loss stopped decreasing while the gradient was still large: not an optimum. */
    STALLED
}
