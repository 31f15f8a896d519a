package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.FeatureScaling;

/**
 * The training objective of {@link LogLossObjective} over data the core does not hold: the caller supplies the data
 * term's plain sums at raw coefficients (for example by evaluating {@link LogLossObjective#sums} on each partition of
 * a distributed data set and adding the partitions in a fixed order), this class does the rest exactly as the
 * in-memory objective: standardized parameters to raw coefficients, division by the total weight, the gradient back
 * to standardized parameters, the L2 part. Full batch only: mini-batch methods need rows it does not have.
 */
public final class SummedLogLoss implements MiniBatchFunction {

    /** The data term's sums over all rows at given raw coefficients. */
    @FunctionalInterface
    public interface Sums {

        /**
         * @param rawCoefficients coefficients on raw features, layout as the parameters (not modified)
         * @param gradient receives the summed raw-coefficient gradient (overwritten)
         * @return the summed weighted negative log-likelihood
         */
        double sums(double[] rawCoefficients, double[] gradient);
    }

    private final StandardizedParameters parameters;
    private final double totalWeight;
    private final int rows;
    private final Sums sums;

    /**
     * @param features number of features
     * @param outputs number of weight vectors: 1 (binary) or the number of classes
     * @param scaling feature standardization (identity when off)
     * @param l2Strength {@code lambda * (1 - alpha)}
     * @param fitIntercept whether intercepts are free parameters (else kept at 0)
     * @param totalWeight the sum of effective row weights S (instance weight times class weight), &gt; 0
     * @param rows number of rows (for the fixed-rate methods' full-batch test; at most {@link Integer#MAX_VALUE})
     * @param sums the data term's sums
     * @throws IllegalArgumentException when the total weight is not positive and finite
     */
    public SummedLogLoss(int features, int outputs, FeatureScaling scaling, double l2Strength, boolean fitIntercept,
            double totalWeight, int rows, Sums sums) {
        if (!(totalWeight > 0 && totalWeight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("The total row weight must be positive and finite, but was "
                    + totalWeight);
        }
        this.parameters = new StandardizedParameters(features, outputs, scaling, l2Strength, fitIntercept);
        this.totalWeight = totalWeight;
        this.rows = rows;
        this.sums = sums;
    }

    @Override
    public int dimension() {
        return parameters.dimension();
    }

    @Override
    public int rows() {
        return rows;
    }

    /** @return which parameters carry the penalty: all coefficients, no intercept */
    public boolean[] penalizedMask() {
        return parameters.penalizedMask();
    }

    /**
     * @param point standardized parameters
     * @return raw coefficients in the same layout
     */
    public double[] toRawCoefficients(double[] point) {
        return parameters.toRaw(point);
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        double loss = sums.sums(toRawCoefficients(point), gradient);
        return parameters.finish(point, gradient, loss, totalWeight);
    }

    /** @throws UnsupportedOperationException always: the rows are elsewhere */
    @Override
    public double batchValueAndGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
        throw new UnsupportedOperationException("Mini-batches need the rows in memory; this objective only has the "
                + "sums over all rows: use a full-batch method");
    }
}
