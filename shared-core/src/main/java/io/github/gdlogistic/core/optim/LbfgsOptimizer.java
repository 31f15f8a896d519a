package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.objective.DifferentiableFunction;

/**
 * Limited-memory BFGS for smooth objectives: the search direction comes from the last {@link #MEMORY} pairs of
 * parameter and gradient changes (two-loop recursion), and the step length from a line search that satisfies the
 * weak Wolfe conditions (sufficient decrease and curvature), found by doubling and bisection. It needs no learning
 * rate: the first step is scaled by the gradient norm and every later trial step starts at 1.
 *
 * <p>Lifecycle: {@link #minimize} evaluates the start, then repeats direction, line search, memory update and the
 * {@link Progress} stopping rule. If a line search cannot decrease the loss, the memory is dropped and steepest
 * descent is tried once; if that fails too, the run stops with {@link StopReason#NO_PROGRESS} (machine precision
 * reached) or {@link StopReason#STALLED} (gradient still large), as {@link Progress#noDecreaseFound} decides.
 */
public final class LbfgsOptimizer {

    /** Number of correction pairs kept. */
    public static final int MEMORY = 10;
    private static final double SUFFICIENT_DECREASE = 1e-4;
    private static final double CURVATURE = 0.9;
    private static final int MAX_LINE_SEARCH_STEPS = 50;

    /**
     * @param function the objective
     * @param start starting parameters (not modified)
     * @param progress the stopping rule and record
     * @return the result
     */
    public OptimizationResult minimize(DifferentiableFunction function, double[] start, Progress progress) {
        int n = function.dimension();
        double[] point = start.clone();
        double[] gradient = new double[n];
        double loss = function.valueAndGradient(point, gradient);
        StopReason stop = progress.start(loss, maxNorm(gradient));
        double[][] s = new double[MEMORY][n];
        double[][] y = new double[MEMORY][n];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int newest = -1;
        double[] direction = new double[n];
        double[] alphaCoefficients = new double[MEMORY];
        double[] trialPoint = new double[n];
        double[] trialGradient = new double[n];
        int iteration = 0;
        while (stop == null) {
            iteration++;
            boolean steepest = stored == 0;
            computeDirection(gradient, s, y, rho, stored, newest, direction, alphaCoefficients);
            double slope = dot(gradient, direction);
            if (!(slope < 0)) {
                steepest = true;
                stored = 0;
                for (int i = 0; i < n; i++) {
                    direction[i] = -gradient[i];
                }
                slope = dot(gradient, direction);
            }
            double initialStep = steepest ? Math.min(1.0, 1.0 / Math.max(norm(gradient), 1e-300)) : 1.0;
            double step = lineSearch(function, point, loss, gradient, direction, slope, initialStep,
                    trialPoint, trialGradient);
            if (Double.isNaN(step)) {
                if (!steepest) {
                    stored = 0;
                    iteration--;
                    continue;
                }
                stop = progress.noDecreaseFound(iteration, loss, maxNorm(gradient));
                break;
            }
            double previousLoss = loss;
            double trialLoss = lastTrialLoss;
            double sy = 0;
            double yy = 0;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double si = trialPoint[i] - point[i];
                double yi = trialGradient[i] - gradient[i];
                sy += si * yi;
                yy += yi * yi;
                ss += si * si;
            }
            if (sy > 1e-12 * Math.sqrt(yy * ss)) {
                newest = (newest + 1) % MEMORY;
                for (int i = 0; i < n; i++) {
                    s[newest][i] = trialPoint[i] - point[i];
                    y[newest][i] = trialGradient[i] - gradient[i];
                }
                rho[newest] = 1.0 / sy;
                stored = Math.min(stored + 1, MEMORY);
            }
            System.arraycopy(trialPoint, 0, point, 0, n);
            System.arraycopy(trialGradient, 0, gradient, 0, n);
            loss = trialLoss;
            stop = progress.afterIteration(iteration, previousLoss, loss, maxNorm(gradient));
        }
        return new OptimizationResult(point, loss, maxNorm(gradient), iteration, stop, progress.history());
    }

    private double lastTrialLoss;

    /**
     * Weak Wolfe line search by doubling and bisection. On success the accepted point, gradient and loss are left in
     * {@code trialPoint}, {@code trialGradient} and {@link #lastTrialLoss}.
     *
     * @return the accepted step, or NaN when no decrease was found
     */
    private double lineSearch(DifferentiableFunction function, double[] point, double loss, double[] gradient,
            double[] direction, double slope, double initialStep, double[] trialPoint, double[] trialGradient) {
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        double step = initialStep;
        double bestDecreasingStep = Double.NaN;
        for (int attempt = 0; attempt < MAX_LINE_SEARCH_STEPS; attempt++) {
            for (int i = 0; i < point.length; i++) {
                trialPoint[i] = point[i] + step * direction[i];
            }
            double trialLoss = function.valueAndGradient(trialPoint, trialGradient);
            if (!Double.isFinite(trialLoss) || trialLoss > loss + SUFFICIENT_DECREASE * step * slope) {
                high = step;
            } else if (dot(trialGradient, direction) < CURVATURE * slope) {
                low = step;
                bestDecreasingStep = step;
                if (trialLoss < loss) {
                    lastTrialLoss = trialLoss;
                }
            } else {
                lastTrialLoss = trialLoss;
                return step;
            }
            step = Double.isInfinite(high) ? 2 * low : 0.5 * (low + high);
            if (high - low < 1e-16 * Math.max(1, high)) {
                break;
            }
        }
        if (!Double.isNaN(bestDecreasingStep)) {
            for (int i = 0; i < point.length; i++) {
                trialPoint[i] = point[i] + bestDecreasingStep * direction[i];
            }
            lastTrialLoss = function.valueAndGradient(trialPoint, trialGradient);
            if (lastTrialLoss < loss) {
                return bestDecreasingStep;
            }
        }
        return Double.NaN;
    }

    private static void computeDirection(double[] gradient, double[][] s, double[][] y, double[] rho, int stored,
            int newest, double[] direction, double[] alphaCoefficients) {
        int n = gradient.length;
        for (int i = 0; i < n; i++) {
            direction[i] = -gradient[i];
        }
        if (stored == 0) {
            return;
        }
        int index = newest;
        for (int k = 0; k < stored; k++) {
            double a = rho[index] * dot(s[index], direction);
            alphaCoefficients[index] = a;
            axpy(-a, y[index], direction);
            index = (index + MEMORY - 1) % MEMORY;
        }
        double gamma = 1.0 / (rho[newest] * dot(y[newest], y[newest]));
        for (int i = 0; i < n; i++) {
            direction[i] *= gamma;
        }
        index = (newest + MEMORY - stored + 1) % MEMORY;
        for (int k = 0; k < stored; k++) {
            double b = rho[index] * dot(y[index], direction);
            axpy(alphaCoefficients[index] - b, s[index], direction);
            index = (index + 1) % MEMORY;
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static double maxNorm(double[] a) {
        double max = 0;
        for (double value : a) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
