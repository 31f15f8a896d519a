package io.github.gdlogistic.core.data;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What training needs to know about data before the first evaluation, for data held in parts (the partitions of a
 * distributed data set): the number of rows, the summed instance weight per class, and each feature's weighted mean
 * and sum of squared deviations. Each part is summarized on its own ({@link #of}) and the parts are combined in a
 * fixed order ({@link #plus}, the pairwise update of Chan, Golub and LeVeque), so the result depends only on the
 * parts and their order. Immutable and serializable.
 */
public final class DataSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long rows;
    private final double[] classTotals;
    private final double weight;
    private final double[] means;
    private final double[] squaredDeviations;

    private DataSummary(long rows, double[] classTotals, double weight, double[] means, double[] squaredDeviations) {
        this.rows = rows;
        this.classTotals = classTotals;
        this.weight = weight;
        this.means = means;
        this.squaredDeviations = squaredDeviations;
    }

    /**
     * The summary of no rows, the start of a combination.
     *
     * @param features number of features
     * @param numClasses number of classes
     * @return an empty summary
     */
    public static DataSummary empty(int features, int numClasses) {
        return new DataSummary(0, new double[numClasses], 0, new double[features], new double[features]);
    }

    /**
     * One part's summary in one pass, with the core's column loop (sums around the first row, which keeps the
     * squares free of cancellation).
     *
     * @param part the rows of one part
     * @return its summary
     */
    public static DataSummary of(Dataset part) {
        int d = part.features();
        double[] sums = new double[d];
        double[] squares = new double[d];
        double[] shift = part.row(0);
        double weight = ColumnMoments.SCALAR.accumulate(part.valuesUnsafe(), d, part.weightsUnsafe(), 0,
                part.rows(), shift, sums, squares);
        double[] means = new double[d];
        double[] deviations = new double[d];
        for (int j = 0; j < d; j++) {
            double meanShift = weight > 0 ? sums[j] / weight : 0;
            means[j] = shift[j] + meanShift;
            deviations[j] = Math.max(0.0, squares[j] - sums[j] * meanShift);
        }
        return new DataSummary(part.rows(), part.classWeightTotals(), weight, means, deviations);
    }

    /**
     * This summary combined with the next part's.
     *
     * @param next the summary of the rows after these
     * @return the summary of both
     * @throws IllegalArgumentException when the shapes differ
     */
    public DataSummary plus(DataSummary next) {
        if (next.means.length != means.length || next.classTotals.length != classTotals.length) {
            throw new IllegalArgumentException("Cannot combine a summary of " + means.length + " features and "
                    + classTotals.length + " classes with one of " + next.means.length + " features and "
                    + next.classTotals.length + " classes");
        }
        double total = weight + next.weight;
        double[] totals = classTotals.clone();
        for (int c = 0; c < totals.length; c++) {
            totals[c] += next.classTotals[c];
        }
        if (next.weight == 0 || weight == 0) {
            DataSummary weighted = weight == 0 ? next : this;
            return new DataSummary(rows + next.rows, totals, total, weighted.means.clone(),
                    weighted.squaredDeviations.clone());
        }
        double[] combinedMeans = new double[means.length];
        double[] combinedDeviations = new double[means.length];
        for (int j = 0; j < means.length; j++) {
            double delta = next.means[j] - means[j];
            combinedMeans[j] = means[j] + delta * (next.weight / total);
            combinedDeviations[j] = squaredDeviations[j] + next.squaredDeviations[j]
                    + delta * delta * (weight * next.weight / total);
        }
        return new DataSummary(rows + next.rows, totals, total, combinedMeans, combinedDeviations);
    }

    /** @return number of rows */
    public long rows() {
        return rows;
    }

    /** @return number of features */
    public int features() {
        return means.length;
    }

    /** @return number of classes */
    public int numClasses() {
        return classTotals.length;
    }

    /** @return the summed instance weight per class (a copy) */
    public double[] classTotals() {
        return classTotals.clone();
    }

    /** @return the weighted mean per feature (a copy) */
    public double[] means() {
        return means.clone();
    }

    /**
     * The feature scaling training uses, by the rules of {@link FeatureScaling}.
     *
     * @param standardize whether to standardize at all (else the identity)
     * @param centered whether means are subtracted (false when no intercept is fitted)
     * @return the scaling
     */
    public FeatureScaling scaling(boolean standardize, boolean centered) {
        if (!standardize) {
            return FeatureScaling.identity(means.length);
        }
        double[] deviations = new double[means.length];
        for (int j = 0; j < means.length; j++) {
            deviations[j] = weight > 0 ? Math.sqrt(squaredDeviations[j] / weight) : Double.NaN;
        }
        return FeatureScaling.fromMoments(means, deviations, weight, centered);
    }

    @Override
    public String toString() {
        return "DataSummary[" + rows + " rows, class totals " + Arrays.toString(classTotals) + "]";
    }
}
