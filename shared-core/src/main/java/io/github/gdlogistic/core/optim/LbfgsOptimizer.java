package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;

/**
 * Limited-memory BFGS for smooth objectives (the L1 penalty must be inactive): the search direction comes from the
 * last {@link #MEMORY} pairs of parameter and gradient changes (two-loop recursion), and the step length from a
 * {@link WolfeLineSearch}. It needs no learning rate: the first step is scaled by the gradient norm and every later
 * trial step starts at 1.
 *
 * <p>Each {@link #step}: direction, line search, memory update. If a line search cannot decrease the loss, the
 * memory is dropped and steepest descent is tried within the same step; if that fails too, the step reports
 * {@link StepOutcome#NO_DECREASE} and leaves the iterate where it was.
 */
public final class LbfgsOptimizer extends Iterate {

    private static final long serialVersionUID = 1L;

    /** Number of correction pairs kept. */
    public static final int MEMORY = 10;

    private double[] gradient;
    private double[][] s;
    private double[][] y;
    private double[] rho;
    private int stored;
    private int newest = -1;
    private transient MiniBatchFunction function;
    private transient double[] direction;
    private transient double[] alphaCoefficients;
    private transient double[] trialPoint;
    private transient double[] trialGradient;

    @Override
    public void start(MiniBatchFunction function, L1Penalty penalty, double[] start) {
        int n = function.dimension();
        point = start.clone();
        gradient = new double[n];
        s = new double[MEMORY][n];
        y = new double[MEMORY][n];
        rho = new double[MEMORY];
        stored = 0;
        newest = -1;
        resume(function, penalty);
        loss = function.valueAndGradient(point, gradient);
        stationarity = maxNorm(gradient);
    }

    @Override
    public void resume(MiniBatchFunction function, L1Penalty penalty) {
        if (penalty.isActive()) {
            throw new IllegalArgumentException("L-BFGS minimizes smooth objectives only; an L1 penalty of strength "
                    + penalty.strength() + " needs the proximal gradient method");
        }
        this.function = function;
        int n = point.length;
        direction = new double[n];
        alphaCoefficients = new double[MEMORY];
        trialPoint = new double[n];
        trialGradient = new double[n];
    }

    @Override
    public StepOutcome step() {
        int n = point.length;
        while (true) {
            boolean steepest = stored == 0;
            computeDirection();
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
            WolfeLineSearch.Result accepted = WolfeLineSearch.search(function, point, loss, direction, slope,
                    initialStep, trialPoint, trialGradient);
            if (accepted == null) {
                if (!steepest) {
                    stored = 0; // forget the curvature pairs and try steepest descent
                    continue;
                }
                return StepOutcome.NO_DECREASE;
            }
            remember();
            System.arraycopy(trialPoint, 0, point, 0, n);
            System.arraycopy(trialGradient, 0, gradient, 0, n);
            loss = accepted.loss();
            stationarity = maxNorm(gradient);
            return StepOutcome.MOVED;
        }
    }

    /** Stores the new correction pair when its curvature is positive enough. */
    private void remember() {
        int n = point.length;
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
    }

    @Override
    public String description() {
        return "L-BFGS";
    }

    private void computeDirection() {
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
