package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.objective.DifferentiableFunction;
import io.github.gdlogistic.core.objective.L1Penalty;

/**
 * Accelerated proximal gradient descent (FISTA) for smooth part plus L1 penalty, with backtracking on the step size
 * and adaptive restart. It needs no learning rate: the step {@code 1 / L} is found by doubling {@code L} until the
 * quadratic upper bound holds, and is allowed to grow again between iterations. The momentum is restarted whenever
 * the objective goes up, which keeps the method monotone in practice and fast on strongly convex problems.
 *
 * <p>Each iteration: gradient at the extrapolated point {@code y}, proximal (soft-threshold) step to {@code x+},
 * restart check, extrapolation {@code y = x+ + (t - 1) / t+ * (x+ - x)}. Stationarity is measured by the max-norm
 * of the proximal-gradient mapping at {@code x+}.
 */
public final class ProximalGradientOptimizer {

    /**
     * @param function the smooth part
     * @param penalty the L1 part
     * @param start starting parameters (not modified)
     * @param progress stopping rule and record
     * @return the result
     */
    public OptimizationResult minimize(DifferentiableFunction function, L1Penalty penalty, double[] start,
            Progress progress) {
        int n = function.dimension();
        double[] point = start.clone();
        double[] gradient = new double[n];
        double smooth = function.valueAndGradient(point, gradient);
        double objective = smooth + penalty.value(point);
        double lipschitz = 1.0;
        StopReason stop = progress.start(objective, penalty.stationarity(point, gradient, 1.0 / lipschitz));
        double[] extrapolated = point.clone();
        double[] extrapolatedGradient = gradient.clone();
        double extrapolatedSmooth = smooth;
        double[] candidate = new double[n];
        double[] candidateGradient = new double[n];
        double momentum = 1.0;
        int iteration = 0;
        double stationarity = Double.POSITIVE_INFINITY;
        while (stop == null) {
            iteration++;
            double candidateSmooth;
            while (true) {
                double step = 1.0 / lipschitz;
                for (int i = 0; i < n; i++) {
                    candidate[i] = extrapolated[i] - step * extrapolatedGradient[i];
                }
                penalty.applyProximal(candidate, step);
                candidateSmooth = function.valueAndGradient(candidate, candidateGradient);
                double bound = extrapolatedSmooth;
                double squared = 0;
                for (int i = 0; i < n; i++) {
                    double difference = candidate[i] - extrapolated[i];
                    bound += extrapolatedGradient[i] * difference;
                    squared += difference * difference;
                }
                bound += 0.5 * lipschitz * squared;
                if (Double.isFinite(candidateSmooth) && candidateSmooth <= bound + 1e-12 * Math.abs(bound)) {
                    break;
                }
                lipschitz *= 2;
                if (lipschitz > 1e300) {
                    break;
                }
            }
            double candidateObjective = candidateSmooth + penalty.value(candidate);
            double previousObjective = objective;
            if (candidateObjective > objective && momentum == 1.0) {
                // even a plain proximal step cannot decrease: machine precision, or a stall
                stop = progress.noDecreaseFound(iteration, objective, penalty.stationarity(point, gradient,
                        1.0 / lipschitz));
                break;
            }
            if (candidateObjective > objective) {
                // Restart: drop momentum and take a plain proximal step from the current point next time.
                momentum = 1.0;
                System.arraycopy(point, 0, extrapolated, 0, n);
                System.arraycopy(gradient, 0, extrapolatedGradient, 0, n);
                extrapolatedSmooth = smooth;
                stop = progress.afterIteration(iteration, previousObjective, objective,
                        penalty.stationarity(point, gradient, 1.0 / lipschitz));
                if (stop == StopReason.LOSS_TOLERANCE || stop == StopReason.STALLED) {
                    stop = null; // no change because of the restart, not because of convergence
                    if (iteration >= progress.maxIterations()) {
                        stop = StopReason.MAX_ITERATIONS;
                    }
                }
                continue;
            }
            double nextMomentum = 0.5 * (1 + Math.sqrt(1 + 4 * momentum * momentum));
            double factor = (momentum - 1) / nextMomentum;
            for (int i = 0; i < n; i++) {
                double next = candidate[i];
                extrapolated[i] = next + factor * (next - point[i]);
                point[i] = next;
            }
            System.arraycopy(candidateGradient, 0, gradient, 0, n);
            smooth = candidateSmooth;
            objective = candidateObjective;
            momentum = nextMomentum;
            stationarity = penalty.stationarity(point, gradient, 1.0 / lipschitz);
            if (factor == 0) {
                System.arraycopy(gradient, 0, extrapolatedGradient, 0, n);
                extrapolatedSmooth = smooth;
            } else {
                extrapolatedSmooth = function.valueAndGradient(extrapolated, extrapolatedGradient);
            }
            lipschitz = Math.max(lipschitz * 0.9, 1e-12);
            stop = progress.afterIteration(iteration, previousObjective, objective, stationarity);
        }
        return new OptimizationResult(point, objective, penalty.stationarity(point, gradient, 1.0 / lipschitz),
                iteration, stop, progress.history());
    }
}
