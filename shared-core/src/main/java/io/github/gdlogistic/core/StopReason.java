package io.github.gdlogistic.core;

/** Why training stopped. */
public enum StopReason {
    /** The gradient (or proximal-gradient) max-norm fell below the gradient tolerance. */
    GRADIENT_TOLERANCE("gradient norm below tolerance", true),
    /** The relative loss change fell below the tolerance. */
    LOSS_TOLERANCE("relative loss change below tolerance", true),
    /** The maximum number of iterations or epochs was reached first. */
    MAX_ITERATIONS("maximum number of iterations reached", false),
    /** The line search could not decrease the loss any further (numerical precision reached) with a small gradient. */
    NO_PROGRESS("no further decrease possible at machine precision", true),
    /**
     * The loss stopped decreasing (relative change below the tolerance, or no decrease found) while the gradient was
     * still large: a stall, not an optimum (for example a learning rate too small to move, or badly scaled data).
     */
    STALLED("the loss stopped decreasing while the gradient is still large", false),
    /** A stepped run whose model was taken before its stopping rule ended it. */
    NOT_FINISHED("training not finished: the run was stepped and stopped by its caller", false),
    /** A model combined from models trained on parts of the data: an approximation of the full-data optimum. */
    AGGREGATED("combined from models trained on parts of the data (an approximation of the full-data optimum)",
            false),
    /**
     * A one-pass (incremental) run: every row was used once, in arrival order; the loss reported is the progressive
     * (predict-then-train) log-loss, and no optimality test was made.
     */
    ONE_PASS("one pass over the data (incremental): an estimate of the optimum, not checked for convergence", false),
    /** The training data are (nearly) separable without regularization: the loss keeps falling as weights grow. */
    SEPARABLE("data appear linearly separable: loss keeps falling as coefficients grow", false);

    private final String description;
    private final boolean converged;

    StopReason(String description, boolean converged) {
        this.description = description;
        this.converged = converged;
    }

    /** @return a short phrase for reports */
    public String description() {
        return description;
    }

    /** @return whether stopping for this reason counts as converged */
    public boolean converged() {
        return converged;
    }
}
