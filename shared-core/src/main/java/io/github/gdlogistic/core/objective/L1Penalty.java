package io.github.gdlogistic.core.objective;

/**
 * The non-smooth part of the penalty, {@code strength * sum(|w_j|)} over the penalized coordinates (intercepts are
 * never penalized). Solvers apply it through its proximal operator, soft-thresholding, which sets coefficients to
 * exactly zero. A zero-strength penalty is a no-op.
 */
public final class L1Penalty {

    private final double strength;
    private final boolean[] penalized;

    /**
     * @param strength {@code lambda * alpha}, &gt;= 0
     * @param penalized which coordinates carry the penalty
     */
    public L1Penalty(double strength, boolean[] penalized) {
        this.strength = strength;
        this.penalized = penalized.clone();
    }

    /** @return whether the penalty does anything */
    public boolean isActive() {
        return strength > 0;
    }

    /** @return {@code lambda * alpha} */
    public double strength() {
        return strength;
    }

    /**
     * @param point parameters
     * @return the penalty value
     */
    public double value(double[] point) {
        if (strength == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < point.length; i++) {
            if (penalized[i]) {
                sum += Math.abs(point[i]);
            }
        }
        return strength * sum;
    }

    /**
     * Soft-thresholds the penalized coordinates in place: the proximal step for step size {@code step}.
     *
     * @param point parameters, modified
     * @param step the step size the smooth part was moved with
     */
    public void applyProximal(double[] point, double step) {
        if (strength == 0) {
            return;
        }
        double shrink = strength * step;
        for (int i = 0; i < point.length; i++) {
            if (penalized[i]) {
                point[i] = softThreshold(point[i], shrink);
            }
        }
    }

    /**
     * Soft-thresholds one coordinate with its own step size (Adam's per-coordinate steps).
     *
     * @param point parameters, modified
     * @param index the coordinate
     * @param step its step size
     */
    public void applyProximal(double[] point, int index, double step) {
        if (strength > 0 && penalized[index]) {
            point[index] = softThreshold(point[index], strength * step);
        }
    }

    /**
     * The max-norm of the proximal-gradient mapping {@code (x - prox(x - step * g)) / step}: zero exactly at a
     * minimizer of smooth part plus penalty; the gradient's max-norm when the penalty is off.
     *
     * @param point parameters
     * @param gradient gradient of the smooth part at {@code point}
     * @param step a step size (any positive value)
     * @return the stationarity measure
     */
    public double stationarity(double[] point, double[] gradient, double step) {
        double max = 0;
        for (int i = 0; i < point.length; i++) {
            double g = gradient[i];
            if (strength > 0 && penalized[i]) {
                double moved = softThreshold(point[i] - step * g, strength * step);
                g = (point[i] - moved) / step;
            }
            max = Math.max(max, Math.abs(g));
        }
        return max;
    }

    private static double softThreshold(double value, double shrink) {
        if (value > shrink) {
            return value - shrink;
        }
        if (value < -shrink) {
            return value + shrink;
        }
        return 0.0;
    }
}
