package io.github.gdlogistic.core;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What happened during training: whether it converged and why it stopped, how many iterations it took, the final
 * loss, the learning curve and the time taken. Immutable.
 */
public final class TrainingReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many points are kept in the loss history; longer runs are sampled evenly. */
    public static final int MAX_HISTORY_POINTS = 2000;

    private final StopReason stopReason;
    private final boolean possiblySeparable;
    private final int iterations;
    private final double finalLoss;
    private final double finalGradientNorm;
    private final List<LossPoint> lossHistory;
    private final long elapsedMillis;
    private final String solverDescription;

    /**
     * @param stopReason why training stopped
     * @param possiblySeparable whether the data looked separable (unregularized, every row classified with margin)
     * @param iterations iterations or epochs performed
     * @param finalLoss the objective at the returned coefficients
     * @param finalGradientNorm the gradient max-norm there (proximal-gradient norm with L1)
     * @param lossHistory the learning curve, iteration 0 being the starting point
     * @param elapsedMillis wall-clock training time
     * @param solverDescription what ran, e.g. "auto (L-BFGS)"
     */
    public TrainingReport(StopReason stopReason, boolean possiblySeparable, int iterations, double finalLoss,
            double finalGradientNorm, List<LossPoint> lossHistory, long elapsedMillis, String solverDescription) {
        this.stopReason = stopReason;
        this.possiblySeparable = possiblySeparable;
        this.iterations = iterations;
        this.finalLoss = finalLoss;
        this.finalGradientNorm = finalGradientNorm;
        this.lossHistory = Collections.unmodifiableList(new ArrayList<>(lossHistory));
        this.elapsedMillis = elapsedMillis;
        this.solverDescription = solverDescription;
    }

    /** @return whether training reached the optimum by one of the convergence criteria */
    public boolean converged() {
        return stopReason.converged() && !possiblySeparable;
    }

    /** @return why training stopped */
    public StopReason stopReason() {
        return stopReason;
    }

    /** @return whether the unregularized training data appear linearly separable (no finite optimum) */
    public boolean possiblySeparable() {
        return possiblySeparable;
    }

    /** @return iterations (full-batch) or epochs (mini-batch) performed */
    public int iterations() {
        return iterations;
    }

    /** @return the objective value at the returned coefficients */
    public double finalLoss() {
        return finalLoss;
    }

    /** @return the gradient max-norm at the returned coefficients (of the smooth part plus L1 subgradient mapping) */
    public double finalGradientNorm() {
        return finalGradientNorm;
    }

    /** @return the learning curve (sampled evenly when longer than {@link #MAX_HISTORY_POINTS}) */
    public List<LossPoint> lossHistory() {
        return lossHistory;
    }

    /** @return wall-clock training time in milliseconds */
    public long elapsedMillis() {
        return elapsedMillis;
    }

    /** @return which algorithm ran */
    public String solverDescription() {
        return solverDescription;
    }

    /** @return one sentence: converged or not, why, and what to do about it */
    public String message() {
        if (possiblySeparable) {
            return "Did not converge: the training data appear linearly separable, so the unregularized loss keeps "
                    + "falling as the coefficients grow (stopped after " + iterations
                    + " iterations). Add regularization (lambda > 0) for a finite optimum.";
        }
        if (stopReason == StopReason.MAX_ITERATIONS) {
            return "Did not converge within " + iterations + " iterations (final loss " + format(finalLoss)
                    + ", gradient norm " + format(finalGradientNorm)
                    + "). Raise the maximum iterations, or use the auto solver.";
        }
        if (stopReason == StopReason.AGGREGATED) {
            return "Combined from models trained on parts of the data (" + solverDescription + "): an approximation "
                    + "of the optimum on all the data; the loss shown is the parts' weighted mean training loss.";
        }
        if (stopReason == StopReason.ONE_PASS) {
            return "One pass over the data: an estimate of the optimum, not checked for convergence. The loss is the "
                    + "progressive log-loss (each row predicted before it was learned).";
        }
        if (stopReason == StopReason.NOT_FINISHED) {
            return "Not finished: stopped by the caller after " + iterations + " iterations (loss " + format(finalLoss)
                    + ", gradient norm " + format(finalGradientNorm) + ").";
        }
        if (stopReason == StopReason.STALLED) {
            String advice = solverDescription.startsWith(Solver.AUTO.optionName())
                    ? "The features may be badly scaled or extreme: keep standardization on, or rescale them."
                    : "The learning rate is probably too small to make progress: raise it, or use the auto solver.";
            return "Did not converge: the loss stopped decreasing after " + iterations + " iterations while the "
                    + "gradient norm (" + format(finalGradientNorm) + ") is still large. " + advice;
        }
        return "Converged after " + iterations + " iterations (" + stopReason.description() + ").";
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }

    @Override
    public String toString() {
        return message();
    }
}
