package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;

import java.util.Arrays;

/**
 * Steps an optimizer from a start until a stopping rule ends the run, with nothing recorded or reported: the whole
 * optimization loop for callers that need no learning curve, listener or cancellation (tests, benchmarks). The
 * trainer's own loop does the same with those.
 */
public final class Minimizer {

    private Minimizer() {
    }

    /**
     * @param optimizer a fresh optimizer
     * @param rule when to stop
     * @param function the smooth part
     * @param penalty the L1 part
     * @param start the starting parameters
     * @return why the run stopped; the optimizer holds the final iterate
     */
    public static Stop run(Optimizer optimizer, StoppingRule rule, MiniBatchFunction function, L1Penalty penalty,
            double[] start) {
        optimizer.start(function, penalty, start);
        double startStationarity = optimizer.stationarity();
        Stop stop = rule.atStart(optimizer.loss(), startStationarity);
        double[] losses = new double[16];
        losses[0] = optimizer.loss();
        int count = 1;
        while (stop == null) {
            StepOutcome outcome = optimizer.step();
            if (count == losses.length) {
                losses = Arrays.copyOf(losses, 2 * count);
            }
            losses[count++] = optimizer.loss();
            stop = rule.after(outcome, losses, count, startStationarity, optimizer.stationarity());
        }
        return stop;
    }
}
