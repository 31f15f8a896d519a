package io.github.gdlogistic.core.optim;

import java.io.Serializable;

/**
 * When a run ends, decided from its recorded losses and the latest gradient norm alone (a pure function: it keeps no
 * state, so it can be asked again after a run is resumed). In this order:
 * <ol>
 * <li>{@link Stop#DIVERGED}: a non-finite loss, a loss above {@value #EXPLOSION_FACTOR} times the starting loss, or
 * {@value #RISING_LIMIT} rises in a row above the starting loss;</li>
 * <li>{@link Stop#GRADIENT_TOLERANCE}: the gradient max-norm at or below the gradient tolerance;</li>
 * <li>after a step that found no decrease: {@link Stop#NO_PROGRESS} with a small gradient, else
 * {@link Stop#STALLED};</li>
 * <li>after a step that moved: the relative loss change at or below the loss tolerance ends the run, as
 * {@link Stop#LOSS_TOLERANCE} when the gradient is small, else {@link Stop#STALLED} (a restart, which does not move,
 * is not judged by its loss change);</li>
 * <li>{@link Stop#MAX_ITERATIONS} at the iteration limit.</li>
 * </ol>
 * A gradient counts as small when it is at or below the gradient tolerance or at most {@value #STALL_RATIO} times
 * its value at the start: "converged" always means a small gradient.
 */
public final class StoppingRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A loss this many times the starting loss is divergence. */
    public static final double EXPLOSION_FACTOR = 100;
    /** This many rises in a row above the starting loss are divergence. */
    public static final int RISING_LIMIT = 5;
    /** A loss-based stop with a gradient above this fraction of the starting gradient is a stall. */
    public static final double STALL_RATIO = 1e-3;

    private final int maxIterations;
    private final double lossTolerance;
    private final double gradientTolerance;

    /**
     * @param maxIterations iteration limit, &gt;= 1
     * @param lossTolerance relative loss-change tolerance, &gt;= 0
     * @param gradientTolerance gradient max-norm tolerance, &gt;= 0
     */
    public StoppingRule(int maxIterations, double lossTolerance, double gradientTolerance) {
        this.maxIterations = maxIterations;
        this.lossTolerance = lossTolerance;
        this.gradientTolerance = gradientTolerance;
    }

    /** @return the iteration limit */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * @param loss the objective at the starting point
     * @param stationarity the gradient max-norm there
     * @return why to stop before the first iteration, or {@code null} to start
     */
    public Stop atStart(double loss, double stationarity) {
        if (!Double.isFinite(loss)) {
            return Stop.DIVERGED;
        }
        return stationarity <= gradientTolerance ? Stop.GRADIENT_TOLERANCE : null;
    }

    /**
     * @param outcome what the last step did
     * @param losses the objective at the start ({@code losses[0]}) and after every iteration, the last one being
     *        the iteration just done ({@code losses.length - 1} iterations in all)
     * @param count how many entries of {@code losses} are in use (at least 2)
     * @param startStationarity the gradient max-norm at the start
     * @param stationarity the gradient max-norm now
     * @return why to stop, or {@code null} to go on
     */
    public Stop after(StepOutcome outcome, double[] losses, int count, double startStationarity,
            double stationarity) {
        int iteration = count - 1;
        double start = losses[0];
        double loss = losses[iteration];
        double previous = losses[iteration - 1];
        if (!Double.isFinite(loss) || loss > EXPLOSION_FACTOR * start || risesInARow(losses, count) >= RISING_LIMIT) {
            return Stop.DIVERGED;
        }
        if (stationarity <= gradientTolerance) {
            return Stop.GRADIENT_TOLERANCE;
        }
        boolean small = stationarity <= STALL_RATIO * startStationarity;
        if (outcome == StepOutcome.NO_DECREASE) {
            return small ? Stop.NO_PROGRESS : Stop.STALLED;
        }
        if (outcome == StepOutcome.MOVED) {
            double change = Math.abs(previous - loss);
            double scale = Math.max(Math.abs(previous), Math.abs(loss));
            if (loss <= previous && change <= lossTolerance * scale) {
                return small ? Stop.LOSS_TOLERANCE : Stop.STALLED;
            }
        }
        return iteration >= maxIterations ? Stop.MAX_ITERATIONS : null;
    }

    private static int risesInARow(double[] losses, int count) {
        int rises = 0;
        for (int k = count - 1; k >= 1 && losses[k] > losses[k - 1] && losses[k] > losses[0]; k--) {
            rises++;
        }
        return rises;
    }
}
