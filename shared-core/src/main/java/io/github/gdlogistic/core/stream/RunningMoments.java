package io.github.gdlogistic.core.stream;

import io.github.gdlogistic.core.data.FeatureScaling;

import java.io.Serializable;

/**
 * Weighted means and population variances of feature columns, updated row by row (West's weighted form of Welford's
 * algorithm: no sums of squares, so no cancellation for data far from zero). The scales follow
 * {@link FeatureScaling#scaleOf}: a column constant so far has scale 1.
 */
final class RunningMoments implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double[] means;
    private final double[] squaredDeviations;
    private double totalWeight;

    /** @param features number of columns */
    RunningMoments(int features) {
        means = new double[features];
        squaredDeviations = new double[features];
    }

    /**
     * @param row the row's values
     * @param offset where the row starts
     * @param weight its weight, &gt; 0
     */
    void add(double[] row, int offset, double weight) {
        totalWeight += weight;
        double share = weight / totalWeight;
        for (int j = 0; j < means.length; j++) {
            double delta = row[offset + j] - means[j];
            means[j] += share * delta;
            squaredDeviations[j] += weight * delta * (row[offset + j] - means[j]);
        }
    }

    /**
     * @param feature column
     * @return its mean so far (0 before any row)
     */
    double mean(int feature) {
        return means[feature];
    }

    /**
     * @param feature column
     * @return the divisor of standardization: the standard deviation so far, 1 for a column constant so far
     */
    double scale(int feature) {
        if (!(totalWeight > 0)) {
            return 1.0;
        }
        double variance = Math.max(0.0, squaredDeviations[feature] / totalWeight);
        return FeatureScaling.scaleOf(Math.sqrt(variance), means[feature]);
    }
}
