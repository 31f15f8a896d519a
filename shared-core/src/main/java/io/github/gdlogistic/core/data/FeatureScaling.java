package io.github.gdlogistic.core.data;

import java.io.Serializable;

/**
 * Per-feature centering and scaling: {@code standardized = (x - mean) / scale}. Computed from weighted training data
 * with the population standard deviation (as scikit-learn's StandardScaler); a constant feature gets scale 1, so its
 * standardized value is always 0 and its coefficient stays 0. The identity scaling (means 0, scales 1) is used when
 * standardization is off. Immutable.
 */
public final class FeatureScaling implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] means;
    private final double[] scales;

    private FeatureScaling(double[] means, double[] scales) {
        this.means = means;
        this.scales = scales;
    }

    /**
     * @param features number of features
     * @return means 0 and scales 1
     */
    public static FeatureScaling identity(int features) {
        double[] scales = new double[features];
        java.util.Arrays.fill(scales, 1.0);
        return new FeatureScaling(new double[features], scales);
    }

    /**
     * Weighted means and population standard deviations in one pass over the data, on the calling thread.
     *
     * @param data the training data
     * @return the scaling
     */
    public static FeatureScaling standardizing(Dataset data) {
        return standardizing(data, RowBlocks.sequential(data.rows()));
    }

    /**
     * Weighted means and population standard deviations in one pass over the data: sums of {@code x - k} and
     * {@code (x - k)^2} around a shift {@code k} taken from the first row, which keeps the variance free of
     * cancellation for data whose mean is far from zero, and makes a constant column's variance exactly 0. The
     * blocks are summed separately (in parallel when {@code blocks} has threads) and combined in block order.
     *
     * @param data the training data
     * @param blocks the row blocks of {@code data}
     * @return the scaling
     */
    public static FeatureScaling standardizing(Dataset data, RowBlocks blocks) {
        return standardizing(data, blocks, ColumnMoments.SCALAR);
    }

    /**
     * @param data the training data
     * @param blocks the data's row blocks, with their threads
     * @param moments the loop that sums the columns
     * @return the standardization, as {@link #standardizing(Dataset, RowBlocks)}
     */
    public static FeatureScaling standardizing(Dataset data, RowBlocks blocks, ColumnMoments moments) {
        int d = data.features();
        double[] x = data.valuesUnsafe();
        double[] w = data.weightsUnsafe();
        double[] shift = data.row(0);
        double[][] blockSums = new double[blocks.count()][d];
        double[][] blockSquares = new double[blocks.count()][d];
        double[] blockWeights = new double[blocks.count()];
        blocks.forEach(block -> blockWeights[block] = moments.accumulate(x, d, w, blocks.start(block),
                blocks.end(block), shift, blockSums[block], blockSquares[block]));
        double totalWeight = 0;
        double[] sums = new double[d];
        double[] squares = new double[d];
        for (int block = 0; block < blocks.count(); block++) {
            totalWeight += blockWeights[block];
            for (int j = 0; j < d; j++) {
                sums[j] += blockSums[block][j];
                squares[j] += blockSquares[block][j];
            }
        }
        double[] means = new double[d];
        double[] scales = new double[d];
        for (int j = 0; j < d; j++) {
            if (totalWeight <= 0) {
                scales[j] = 1.0;
                continue;
            }
            double meanShift = sums[j] / totalWeight;
            means[j] = shift[j] + meanShift;
            double variance = Math.max(0.0, squares[j] / totalWeight - meanShift * meanShift);
            double sd = Math.sqrt(variance);
            // A column whose spread is at rounding level of its mean is constant.
            scales[j] = sd > 1e-12 * Math.max(1.0, Math.abs(means[j])) ? sd : 1.0;
        }
        return new FeatureScaling(means, scales);
    }

    /**
     * Scales without centering (population standard deviation, or root mean square for a constant column), used
     * when no intercept is fitted: centering would hide an intercept in the model.
     *
     * @param data the training data
     * @return the scaling with zero means
     */
    public static FeatureScaling scalingOnly(Dataset data) {
        FeatureScaling standard = standardizing(data);
        int d = data.features();
        double[] scales = standard.scales.clone();
        double[] w = data.weightsUnsafe();
        for (int j = 0; j < d; j++) {
            if (scales[j] == 1.0) {
                double sum = 0;
                double total = 0;
                for (int i = 0; i < data.rows(); i++) {
                    double v = data.value(i, j);
                    sum += w[i] * v * v;
                    total += w[i];
                }
                double rms = total > 0 ? Math.sqrt(sum / total) : 0;
                scales[j] = rms > 0 ? rms : 1.0;
            }
        }
        return new FeatureScaling(new double[d], scales);
    }

    /** @return number of features */
    public int features() {
        return means.length;
    }

    /**
     * @param feature feature index
     * @return the mean subtracted
     */
    public double mean(int feature) {
        return means[feature];
    }

    /**
     * @param feature feature index
     * @return the divisor (population standard deviation, or 1 for constant features)
     */
    public double scale(int feature) {
        return scales[feature];
    }

    /** @return a copy of the means */
    public double[] means() {
        return means.clone();
    }

    /** @return a copy of the scales */
    public double[] scales() {
        return scales.clone();
    }
}
