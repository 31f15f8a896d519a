package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.DifferentiableFunction;

/**
 * A line search for the weak Wolfe conditions (sufficient decrease and curvature), by doubling and bisection. Its
 * result is a value: the accepted step and the loss there, with the accepted point and its gradient left in the
 * caller's trial arrays; or {@code null} when no decrease was found.
 */
final class WolfeLineSearch {

    static final double SUFFICIENT_DECREASE = 1e-4;
    static final double CURVATURE = 0.9;
    static final int MAX_STEPS = 50;

    /** An accepted step. */
    static final class Result {
        private final double step;
        private final double loss;

        Result(double step, double loss) {
            this.step = step;
            this.loss = loss;
        }

        /** @return the step length along the direction */
        double step() {
            return step;
        }

        /** @return the loss at the accepted point */
        double loss() {
            return loss;
        }
    }

    private WolfeLineSearch() {
    }

    /**
     * @param function the objective
     * @param point where the search starts
     * @param loss the objective there
     * @param direction a descent direction
     * @param slope the directional derivative along it (negative)
     * @param initialStep the first trial step
     * @param trialPoint receives the accepted point
     * @param trialGradient receives the gradient there
     * @return the accepted step, or {@code null} when no decrease was found
     */
    static Result search(DifferentiableFunction function, double[] point, double loss, double[] direction,
            double slope, double initialStep, double[] trialPoint, double[] trialGradient) {
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        double step = initialStep;
        double bestDecreasingStep = Double.NaN;
        for (int attempt = 0; attempt < MAX_STEPS; attempt++) {
            move(point, direction, step, trialPoint);
            double trialLoss = function.valueAndGradient(trialPoint, trialGradient);
            if (!Double.isFinite(trialLoss) || trialLoss > loss + SUFFICIENT_DECREASE * step * slope) {
                high = step;
            } else if (LbfgsOptimizer.dot(trialGradient, direction) < CURVATURE * slope) {
                low = step;
                bestDecreasingStep = step;
            } else {
                return new Result(step, trialLoss);
            }
            step = Double.isInfinite(high) ? 2 * low : 0.5 * (low + high);
            if (high - low < 1e-16 * Math.max(1, high)) {
                break;
            }
        }
        if (!Double.isNaN(bestDecreasingStep)) {
            move(point, direction, bestDecreasingStep, trialPoint);
            double trialLoss = function.valueAndGradient(trialPoint, trialGradient);
            if (trialLoss < loss) {
                return new Result(bestDecreasingStep, trialLoss);
            }
        }
        return null;
    }

    private static void move(double[] point, double[] direction, double step, double[] trialPoint) {
        for (int i = 0; i < point.length; i++) {
            trialPoint[i] = point[i] + step * direction[i];
        }
    }
}
