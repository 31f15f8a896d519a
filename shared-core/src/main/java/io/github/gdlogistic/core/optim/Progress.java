package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.TrainingCancelledException;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.TrainingReport;

import java.util.ArrayList;
import java.util.List;

/**
 * The stopping rule and the record of one optimization run, shared by all solvers. After each iteration a solver
 * calls {@link #afterIteration}; it records the loss, informs the listener, honours cancellation, and says whether
 * and why to stop: gradient max-norm at or below the gradient tolerance, relative loss change at or below the
 * tolerance, or the iteration limit (an outcome, not an error).
 *
 * <p>A stop on the loss (its relative change at or below the tolerance, or no decrease found at all) counts as
 * convergence only when the gradient max-norm is small too: at or below the gradient tolerance, or at most
 * {@value #STALL_RATIO} times its value at the start. Otherwise the run has stalled ({@link StopReason#STALLED}),
 * which is reported as not converged: a loss that stops moving with a large gradient is not an optimum.
 *
 * <p>Cancellation: training stops with {@link TrainingCancelledException} when the listener says so or when the
 * thread that created this object (the training thread) is interrupted; its interrupt status stays set. It is
 * checked after every iteration and, through {@link #checkCancelled()}, between row blocks, possibly from worker
 * threads.
 */
public final class Progress {

    private final int maxIterations;
    private final double tolerance;
    private final double gradientTolerance;
    private final TrainingListener listener;
    private final Thread trainingThread = Thread.currentThread();
    private final List<LossPoint> history = new ArrayList<>();
    /** A loss-based stop with a gradient above this fraction of the starting gradient is a stall. */
    static final double STALL_RATIO = 1e-3;
    private double startStationarity = Double.POSITIVE_INFINITY;

    /**
     * @param maxIterations iteration limit
     * @param tolerance relative loss-change tolerance
     * @param gradientTolerance stationarity tolerance
     * @param listener progress listener
     */
    public Progress(int maxIterations, double tolerance, double gradientTolerance, TrainingListener listener) {
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.gradientTolerance = gradientTolerance;
        this.listener = listener;
    }

    /** @return the iteration limit */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Records the starting point.
     *
     * @param loss objective at the start
     * @param stationarity gradient norm at the start
     * @return {@link StopReason#GRADIENT_TOLERANCE} when the start is already optimal, else {@code null}
     */
    public StopReason start(double loss, double stationarity) {
        history.add(new LossPoint(0, loss));
        startStationarity = stationarity;
        return stationarity <= gradientTolerance ? StopReason.GRADIENT_TOLERANCE : null;
    }

    /**
     * Records an iteration and decides whether to stop.
     *
     * @param iteration one-based iteration number
     * @param previousLoss objective before the iteration
     * @param loss objective after it
     * @param stationarity gradient (mapping) max-norm after it
     * @return why to stop, or {@code null} to go on
     * @throws TrainingCancelledException when the listener asks to stop
     */
    public StopReason afterIteration(int iteration, double previousLoss, double loss, double stationarity) {
        history.add(new LossPoint(iteration, loss));
        listener.onIteration(iteration, maxIterations, loss);
        checkCancelled(iteration);
        if (stationarity <= gradientTolerance) {
            return StopReason.GRADIENT_TOLERANCE;
        }
        double change = Math.abs(previousLoss - loss);
        double scale = Math.max(Math.abs(previousLoss), Math.abs(loss));
        if (loss <= previousLoss && change <= tolerance * scale) {
            return smallGradient(stationarity) ? StopReason.LOSS_TOLERANCE : StopReason.STALLED;
        }
        if (iteration >= maxIterations) {
            return StopReason.MAX_ITERATIONS;
        }
        return null;
    }

    /**
     * Records an iteration in which no decrease of the loss could be found, and says what that means: the optimum
     * at machine precision when the gradient is small, else a stall.
     *
     * @param iteration one-based iteration number
     * @param loss objective (unchanged)
     * @param stationarity gradient (mapping) max-norm
     * @return {@link StopReason#NO_PROGRESS} or {@link StopReason#STALLED}
     * @throws TrainingCancelledException when the listener asks to stop
     */
    public StopReason noDecreaseFound(int iteration, double loss, double stationarity) {
        StopReason rule = afterIteration(iteration, loss, loss, stationarity);
        if (rule == StopReason.GRADIENT_TOLERANCE) {
            return rule;
        }
        return smallGradient(stationarity) ? StopReason.NO_PROGRESS : StopReason.STALLED;
    }

    private boolean smallGradient(double stationarity) {
        return stationarity <= gradientTolerance || stationarity <= STALL_RATIO * startStationarity;
    }

    /**
     * Checks for cancellation inside long iterations (mini-batch epochs): the listener's request or an interrupt of
     * the training thread.
     *
     * @param iteration the current iteration
     */
    public void checkCancelled(int iteration) {
        throwIfCancelled(listener, trainingThread, iteration);
    }

    /**
     * A cancellation check for work outside an optimization run (splitting the data, for example), with the same
     * meaning as {@link #checkCancelled()}.
     *
     * @param listener the run's listener
     * @return a check that throws {@link TrainingCancelledException} at iteration 0 when the listener cancels or the
     *         calling (training) thread is interrupted
     */
    public static Runnable cancellationCheck(TrainingListener listener) {
        Thread trainingThread = Thread.currentThread();
        return () -> throwIfCancelled(listener, trainingThread, 0);
    }

    private static void throwIfCancelled(TrainingListener listener, Thread trainingThread, int iteration) {
        if (listener.isCancelled() || trainingThread.isInterrupted()) {
            throw new TrainingCancelledException(iteration);
        }
    }

    /**
     * Checks for cancellation between row blocks; may be called from any thread.
     *
     * @throws TrainingCancelledException naming the last iteration recorded
     */
    public void checkCancelled() {
        checkCancelled(Math.max(0, history.size() - 1));
    }

    /** @return the learning curve so far, sampled evenly down to {@link TrainingReport#MAX_HISTORY_POINTS} */
    public List<LossPoint> history() {
        int size = history.size();
        int limit = TrainingReport.MAX_HISTORY_POINTS;
        if (size <= limit) {
            return new ArrayList<>(history);
        }
        List<LossPoint> sampled = new ArrayList<>(limit);
        for (int k = 0; k < limit; k++) {
            sampled.add(history.get((int) ((long) k * (size - 1) / (limit - 1))));
        }
        return sampled;
    }

    /** @return the losses recorded so far, for divergence checks */
    List<LossPoint> rawHistory() {
        return history;
    }
}
