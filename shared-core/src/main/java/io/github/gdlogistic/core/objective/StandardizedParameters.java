package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.FeatureScaling;

/**
 * The mapping between the optimizer's parameters (coefficients on standardized features, then the intercept, per
 * weight vector) and coefficients on raw features, and the L2 part of the objective: shared by the in-memory
 * objective ({@link LogLossObjective}) and the one over externally summed data ({@link SummedLogLoss}).
 */
final class StandardizedParameters {

    private final int features;
    private final int outputs;
    /** The scaling's means and scales, as arrays for the loops. */
    private final double[] means;
    private final double[] scales;
    private final double l2Strength;
    private final boolean fitIntercept;

    StandardizedParameters(int features, int outputs, FeatureScaling scaling, double l2Strength,
            boolean fitIntercept) {
        this.features = features;
        this.outputs = outputs;
        this.means = new double[features];
        this.scales = new double[features];
        for (int j = 0; j < features; j++) {
            means[j] = scaling.mean(j);
            scales[j] = scaling.scale(j);
        }
        this.l2Strength = l2Strength;
        this.fitIntercept = fitIntercept;
    }

    double l2Strength() {
        return l2Strength;
    }

    boolean fitIntercept() {
        return fitIntercept;
    }

    int dimension() {
        return outputs * (features + 1);
    }

    /** @return which parameters carry the penalty: all coefficients, no intercept */
    boolean[] penalizedMask() {
        boolean[] mask = new boolean[dimension()];
        for (int c = 0; c < outputs; c++) {
            for (int j = 0; j < features; j++) {
                mask[c * (features + 1) + j] = true;
            }
        }
        return mask;
    }

    /** Maps standardized parameters to coefficients on raw features, same layout. */
    double[] toRaw(double[] point) {
        return toRaw(point, new double[point.length], null);
    }

    /**
     * {@link #toRaw(double[])} into a given array, the quotients on the vector loops when given (the same values).
     *
     * @param point standardized parameters
     * @param raw receives the raw coefficients in its first {@code point.length} values
     * @param kernels the vector loops, or {@code null}
     * @return {@code raw}
     */
    double[] toRaw(double[] point, double[] raw, GroupKernels kernels) {
        int stride = features + 1;
        for (int c = 0; c < outputs; c++) {
            int base = c * stride;
            // the quotients in a loop of their own, apart from the intercept's sum
            if (kernels != null) {
                kernels.divide(point, scales, base, features, raw);
            } else {
                for (int j = 0; j < features; j++) {
                    raw[base + j] = point[base + j] / scales[j];
                }
            }
            double intercept = fitIntercept ? point[base + features] : 0;
            for (int j = 0; j < features; j++) {
                intercept -= raw[base + j] * means[j];
            }
            raw[base + features] = intercept;
        }
        return raw;
    }

    /**
     * Divides the summed loss and raw gradient by the weight, maps the gradient to standardized parameters and adds
     * the L2 part.
     *
     * @return the objective value (data term plus L2)
     */
    double finish(double[] point, double[] gradient, double loss, double weight) {
        double inverse = weight > 0 ? 1.0 / weight : 0.0;
        finishGradient(point, gradient, weight, null);
        double penalty = 0;
        for (int c = 0; c < outputs; c++) {
            int base = c * (features + 1);
            for (int j = 0; j < features; j++) {
                double w = point[base + j];
                penalty += w * w;
            }
        }
        return loss * inverse + 0.5 * l2Strength * penalty;
    }

    /**
     * The gradient part of {@link #finish}: divides the summed raw gradient by the weight, maps it to standardized
     * parameters and adds the L2 part's gradient; on the vector loops when given (the same values).
     *
     * @param point standardized parameters
     * @param gradient raw gradient sums, replaced by the gradient
     * @param weight the rows' total weight
     * @param kernels the vector loops, or {@code null}
     */
    void finishGradient(double[] point, double[] gradient, double weight, GroupKernels kernels) {
        double inverse = weight > 0 ? 1.0 / weight : 0.0;
        int stride = features + 1;
        for (int c = 0; c < outputs; c++) {
            int base = c * stride;
            double interceptGradient = gradient[base + features] * inverse;
            if (kernels != null) {
                kernels.standardizeGradient(gradient, point, means, scales, base, features, inverse,
                        interceptGradient, l2Strength);
            } else {
                for (int j = 0; j < features; j++) {
                    double rawGradient = gradient[base + j] * inverse;
                    gradient[base + j] = (rawGradient - means[j] * interceptGradient) / scales[j]
                            + l2Strength * point[base + j];
                }
            }
            gradient[base + features] = fitIntercept ? interceptGradient : 0.0;
        }
    }
}
