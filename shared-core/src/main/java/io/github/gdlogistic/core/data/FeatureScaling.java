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

    /** Below this variance the squares may have lost precision to underflow: the column is summed again, scaled. */
    private static final double TINY_VARIANCE = 1e-200;
    /** Feature sums must stay this far below the largest double (class weights and residuals multiply them). */
    private static final double SUM_MARGIN = 1e4;

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
        double[][] meansAndDeviations = meansAndDeviations(data, blocks, moments);
        return withConstantColumns(meansAndDeviations[0], meansAndDeviations[1], true);
    }

    /**
     * The scaling from weighted means and population standard deviations computed elsewhere (for example combined
     * over the partitions of a distributed data set, see {@link DataSummary}), by the same rules as
     * {@link #standardizing} ({@code centered}) and {@link #scalingOnly} (not centered): a constant column, one whose
     * deviation is zero or at the rounding level of its mean, gets scale 1 (centered) or its root mean square; data
     * whose training sums would overflow are refused.
     *
     * @param means weighted mean per feature (not kept)
     * @param deviations population standard deviation per feature (not kept)
     * @param totalWeight the summed instance weight the moments are over
     * @param centered whether the means are subtracted (false when no intercept is fitted)
     * @return the scaling
     * @throws IllegalArgumentException for a feature whose training sums would overflow
     */
    public static FeatureScaling fromMoments(double[] means, double[] deviations, double totalWeight,
            boolean centered) {
        double[] scales = new double[means.length];
        for (int j = 0; j < means.length; j++) {
            scales[j] = scaleFor(deviations[j], means[j]);
            checkSumsStayFinite(j, means[j], Double.isNaN(scales[j]) ? 0 : scales[j], totalWeight);
        }
        return withConstantColumns(means.clone(), scales, centered);
    }

    /**
     * Replaces the NaN scale of a constant column: by 1 when centered (its standardized value is always 0), else by
     * its root mean square (its value), the means then being zeros.
     */
    private static FeatureScaling withConstantColumns(double[] means, double[] scales, boolean centered) {
        for (int j = 0; j < scales.length; j++) {
            if (Double.isNaN(scales[j])) {
                double rms = Math.abs(means[j]);
                scales[j] = centered || rms == 0 ? 1.0 : rms;
            }
        }
        return new FeatureScaling(centered ? means : new double[scales.length], scales);
    }

    /**
     * The weighted means and population standard deviations, NaN as the deviation of a constant column (one whose
     * spread is zero or at the rounding level of its mean, or every column when no row has weight).
     */
    private static double[][] meansAndDeviations(Dataset data, RowBlocks blocks, ColumnMoments moments) {
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
        if (totalWeight <= 0) {
            java.util.Arrays.fill(scales, Double.NaN);
            return new double[][] {means, scales};
        }
        for (int j = 0; j < d; j++) {
            double meanShift = sums[j] / totalWeight;
            double variance = squares[j] / totalWeight - meanShift * meanShift;
            if (Double.isFinite(meanShift) && variance > TINY_VARIANCE && variance < Double.POSITIVE_INFINITY) {
                means[j] = shift[j] + meanShift;
                scales[j] = scaleFor(Math.sqrt(variance), means[j]);
            } else {
                // squares that overflow (values near the top of the double range) or underflow (tiny spreads, and
                // constant columns): sum the column again, scaled by a power of two
                blocks.checkpoint().run(); // a pass over the rows of one column: cancellable like the others
                double[] meanAndSd = scaledMoments(data, j, totalWeight);
                means[j] = meanAndSd[0];
                scales[j] = scaleFor(meanAndSd[1], meanAndSd[0]);
            }
            checkSumsStayFinite(j, means[j], Double.isNaN(scales[j]) ? 0 : scales[j], totalWeight);
        }
        return new double[][] {means, scales};
    }

    /**
     * Training sums weighted feature values over all rows; for features of magnitude near the top of the double
     * range those sums would overflow, so such data are refused with advice instead of giving a non-finite gradient.
     */
    private static void checkSumsStayFinite(int feature, double mean, double sd, double totalWeight) {
        // sum_i w_i |x_i| <= W (|mean| + sd) by Cauchy-Schwarz; the margin leaves room for class weights
        double bound = totalWeight * (Math.abs(mean) + sd);
        if (!(bound < Double.MAX_VALUE / SUM_MARGIN)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "Feature %d has values of magnitude about %.3g (mean %.3g, standard deviation %.3g): the sums "
                            + "training needs would overflow double precision. Expected magnitudes below about %.1g "
                            + "for %.4g rows of weight; divide the feature by a power of ten before training.",
                    feature, Math.abs(mean) + sd, mean, sd, Double.MAX_VALUE / SUM_MARGIN / totalWeight,
                    totalWeight));
        }
    }

    /**
     * The divisor standardization uses for a column with this spread: the standard deviation, or 1 for a constant
     * column (zero spread, or spread at the rounding level of the mean).
     *
     * @param sd the column's population standard deviation
     * @param mean the column's mean
     * @return the scale
     */
    public static double scaleOf(double sd, double mean) {
        double scale = scaleFor(sd, mean);
        return Double.isNaN(scale) ? 1.0 : scale;
    }

    /**
     * A column's scale: its standard deviation, or NaN for a constant column, one whose spread is zero or at the
     * rounding level of its mean (a relative test, so that a feature measured in tiny units is not mistaken for a
     * constant one).
     */
    private static double scaleFor(double sd, double mean) {
        return sd > 1e-12 * Math.abs(mean) && sd > 0 ? sd : Double.NaN;
    }

    /**
     * The weighted mean and population standard deviation of one column whose squares overflow: the values are
     * multiplied by a power of two (exactly) that brings the largest to at most 1, summed, and the results scaled back.
     * Finite for every finite column.
     *
     * @return {mean, standard deviation}
     */
    private static double[] scaledMoments(Dataset data, int feature, double totalWeight) {
        double largest = 0;
        for (int i = 0; i < data.rows(); i++) {
            if (data.weight(i) != 0) {
                largest = Math.max(largest, Math.abs(data.value(i, feature)));
            }
        }
        int exponent = Math.getExponent(largest) + 1;
        double shift = 0;
        double sum = 0;
        double squares = 0;
        boolean first = true;
        for (int i = 0; i < data.rows(); i++) {
            double w = data.weight(i);
            if (w == 0) {
                continue;
            }
            double scaled = Math.scalb(data.value(i, feature), -exponent);
            if (first) {
                shift = scaled;
                first = false;
            }
            double centered = scaled - shift;
            sum += w * centered;
            squares += w * centered * centered;
        }
        double meanShift = sum / totalWeight;
        double variance = Math.max(0.0, squares / totalWeight - meanShift * meanShift);
        return new double[] {Math.scalb(shift + meanShift, exponent), Math.scalb(Math.sqrt(variance), exponent)};
    }

    /**
     * Scales without centering (population standard deviation, or root mean square for a constant column), used
     * when no intercept is fitted: centering would hide an intercept in the model.
     *
     * @param data the training data
     * @return the scaling with zero means
     */
    public static FeatureScaling scalingOnly(Dataset data) {
        double[][] meansAndDeviations = meansAndDeviations(data, RowBlocks.sequential(data.rows()),
                ColumnMoments.SCALAR);
        return withConstantColumns(meansAndDeviations[0], meansAndDeviations[1], false);
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
