package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;

/**
 * Accelerated proximal gradient descent (FISTA) for smooth part plus L1 penalty, with backtracking on the step size
 * and adaptive restart. It needs no learning rate: the step {@code 1 / L} is found by doubling {@code L} until the
 * quadratic upper bound holds, and is allowed to grow again between iterations. The momentum is restarted whenever
 * the objective goes up, which keeps the method monotone in practice and fast on strongly convex problems.
 *
 * <p>Each {@link #step}: gradient at the extrapolated point {@code y}, proximal (soft-threshold) step to {@code x+},
 * then either a restart ({@link StepOutcome#RESTARTED}: the objective rose, so the momentum is dropped and the next
 * step starts from {@code x}), no decrease at all ({@link StepOutcome#NO_DECREASE}: even a plain proximal step rose)
 * or the move to {@code x+} with extrapolation {@code y = x+ + (t - 1) / t+ * (x+ - x)}. Stationarity is the
 * max-norm of the proximal-gradient mapping at {@code x}.
 */
public final class ProximalGradientOptimizer extends Iterate {

    private static final long serialVersionUID = 1L;

    private double[] gradient;
    private double smooth;
    private double lipschitz;
    private double[] extrapolated;
    private double[] extrapolatedGradient;
    private double extrapolatedSmooth;
    private double momentum;
    private transient MiniBatchFunction function;
    private transient L1Penalty penalty;
    private transient double[] candidate;
    private transient double[] candidateGradient;

    @Override
    public void start(MiniBatchFunction function, L1Penalty penalty, double[] start) {
        int n = function.dimension();
        point = start.clone();
        gradient = new double[n];
        resume(function, penalty);
        smooth = function.valueAndGradient(point, gradient);
        loss = smooth + penalty.value(point);
        lipschitz = 1.0;
        stationarity = penalty.stationarity(point, gradient, 1.0 / lipschitz);
        extrapolated = point.clone();
        extrapolatedGradient = gradient.clone();
        extrapolatedSmooth = smooth;
        momentum = 1.0;
    }

    @Override
    public void resume(MiniBatchFunction function, L1Penalty penalty) {
        this.function = function;
        this.penalty = penalty;
        candidate = new double[point.length];
        candidateGradient = new double[point.length];
    }

    @Override
    public StepOutcome step() {
        int n = point.length;
        double candidateSmooth = backtrack();
        double candidateObjective = candidateSmooth + penalty.value(candidate);
        if (candidateObjective > loss) {
            stationarity = penalty.stationarity(point, gradient, 1.0 / lipschitz);
            if (momentum == 1.0) {
                return StepOutcome.NO_DECREASE; // even a plain proximal step cannot decrease
            }
            // Restart: drop momentum and take a plain proximal step from the current point next time.
            momentum = 1.0;
            System.arraycopy(point, 0, extrapolated, 0, n);
            System.arraycopy(gradient, 0, extrapolatedGradient, 0, n);
            extrapolatedSmooth = smooth;
            return StepOutcome.RESTARTED;
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
        loss = candidateObjective;
        momentum = nextMomentum;
        stationarity = penalty.stationarity(point, gradient, 1.0 / lipschitz);
        if (factor == 0) {
            System.arraycopy(gradient, 0, extrapolatedGradient, 0, n);
            extrapolatedSmooth = smooth;
        } else {
            extrapolatedSmooth = function.valueAndGradient(extrapolated, extrapolatedGradient);
        }
        lipschitz = Math.max(lipschitz * 0.9, 1e-12);
        return StepOutcome.MOVED;
    }

    /**
     * The proximal step from the extrapolated point with {@code L} doubled until the quadratic upper bound holds.
     *
     * @return the smooth part at the candidate, left in {@code candidate} with its gradient
     */
    private double backtrack() {
        int n = point.length;
        while (true) {
            double step = 1.0 / lipschitz;
            for (int i = 0; i < n; i++) {
                candidate[i] = extrapolated[i] - step * extrapolatedGradient[i];
            }
            penalty.applyProximal(candidate, step);
            double candidateSmooth = function.valueAndGradient(candidate, candidateGradient);
            double bound = extrapolatedSmooth;
            double squared = 0;
            for (int i = 0; i < n; i++) {
                double difference = candidate[i] - extrapolated[i];
                bound += extrapolatedGradient[i] * difference;
                squared += difference * difference;
            }
            bound += 0.5 * lipschitz * squared;
            if (Double.isFinite(candidateSmooth) && candidateSmooth <= bound + 1e-12 * Math.abs(bound)) {
                return candidateSmooth;
            }
            lipschitz *= 2;
            if (lipschitz > 1e300) {
                return candidateSmooth;
            }
        }
    }

    @Override
    public String description() {
        return "accelerated proximal gradient, FISTA";
    }
}
