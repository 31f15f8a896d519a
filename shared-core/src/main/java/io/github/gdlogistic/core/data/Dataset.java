package io.github.gdlogistic.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Dense training data: {@code rows x features} doubles in one array, stored in blocks of eight rows
 * ({@link BlockLayout}), one class index in {@code [0, numClasses)} and one non-negative weight per row. Immutable
 * once built: constructors copy nothing the caller keeps, and the trainer never writes to the arrays. All values are
 * validated to be finite.
 */
public final class Dataset {

    private final double[] values;
    private final int rows;
    private final int features;
    private final int[] labels;
    private final double[] weights;
    private final int numClasses;
    private final List<String> classNames;

    /**
     * Wraps (without copying) values stored in blocks ({@link BlockLayout}). The caller hands over the arrays and must
     * not change them later. {@link #fromRowMajor} takes row-major values instead.
     *
     * @param values {@code BlockLayout.length(rows, features)} finite values in blocks of eight rows
     * @param rows number of rows, &gt;= 1
     * @param features number of features, &gt;= 0
     * @param labels one class index per row, in {@code [0, numClasses)}
     * @param weights one finite weight &gt;= 0 per row, or {@code null} for all ones
     * @param numClasses number of classes, &gt;= 2
     * @throws IllegalArgumentException naming the offending value when anything is out of range or not finite
     */
    public Dataset(double[] values, int rows, int features, int[] labels, double[] weights, int numClasses) {
        if (rows < 1) {
            throw new IllegalArgumentException("The training data are empty: expected at least one row, got " + rows);
        }
        if (features < 0) {
            throw new IllegalArgumentException("Number of features must be >= 0, but was " + features);
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("Logistic regression needs at least 2 classes, but got " + numClasses);
        }
        long expected = (long) BlockLayout.paddedRows(rows) * features;
        if (values == null || expected != values.length) {
            throw new IllegalArgumentException("Expected " + expected + " values for " + rows + " rows x " + features
                    + " features (in blocks of " + BlockLayout.BLOCK_ROWS + " rows), but got "
                    + (values == null ? "null" : values.length));
        }
        if (labels == null || labels.length != rows) {
            throw new IllegalArgumentException("Expected " + rows + " class labels, but got "
                    + (labels == null ? "null" : labels.length));
        }
        if (weights != null && weights.length != rows) {
            throw new IllegalArgumentException("Expected " + rows + " instance weights, but got " + weights.length);
        }
        requireFinite(values, rows, features);
        for (int i = 0; i < rows; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("Class label of row " + i + " is " + labels[i]
                        + "; expected a class index in [0, " + numClasses + ")");
            }
        }
        double[] w = weights;
        if (w == null) {
            w = new double[rows];
            Arrays.fill(w, 1.0);
        } else {
            for (int i = 0; i < rows; i++) {
                if (!(w[i] >= 0) || Double.isInfinite(w[i])) {
                    throw new IllegalArgumentException("Weight of row " + i + " is " + w[i]
                            + "; expected a finite number >= 0");
                }
            }
        }
        this.values = values;
        this.rows = rows;
        this.features = features;
        this.labels = labels;
        this.weights = w;
        this.numClasses = numClasses;
        this.classNames = null;
    }

    private Dataset(Dataset data, List<String> classNames) {
        this.values = data.values;
        this.rows = data.rows;
        this.features = data.features;
        this.labels = data.labels;
        this.weights = data.weights;
        this.numClasses = data.numClasses;
        this.classNames = classNames;
    }

    /**
     * The same data (shared, not copied) with names for the classes, which messages then use.
     *
     * @param names one name per class index
     * @return the named dataset
     * @throws IllegalArgumentException when the number of names is not the number of classes
     */
    public Dataset withClassNames(List<String> names) {
        if (names == null || names.size() != numClasses) {
            throw new IllegalArgumentException("Expected " + numClasses + " class names, but got "
                    + (names == null ? "null" : names.size()));
        }
        return new Dataset(this, Collections.unmodifiableList(new ArrayList<>(names)));
    }

    /**
     * @param classIndex a class index
     * @return how messages name the class: its quoted name when known, else {@code class <index>}
     */
    public String className(int classIndex) {
        return classNames == null ? "class " + classIndex : "'" + classNames.get(classIndex) + "'";
    }

    /** Checks the whole array branch-free first ({@code v - v} is 0 for every finite v); names the first bad value. */
    private static void requireFinite(double[] values, int rows, int features) {
        long nonFinite = 0;
        for (double v : values) {
            nonFinite |= Double.doubleToRawLongBits(v - v);
        }
        if (nonFinite == 0) {
            return;
        }
        for (int i = 0; i < BlockLayout.paddedRows(rows); i++) {
            for (int j = 0; j < features; j++) {
                double v = values[BlockLayout.index(i, j, features)];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Feature " + j + " of row " + i + " is " + v
                            + "; expected a finite number (encode missing values before training)");
                }
            }
        }
    }

    /**
     * Copies row-major values into a dataset (the values are rearranged into blocks, in a new array).
     *
     * @param values {@code rows * features} finite values, row-major
     * @param rows number of rows, &gt;= 1
     * @param features number of features, &gt;= 0
     * @param labels one class index per row, in {@code [0, numClasses)}
     * @param weights one finite weight &gt;= 0 per row, or {@code null} for all ones
     * @param numClasses number of classes, &gt;= 2
     * @return the dataset
     * @throws IllegalArgumentException naming the offending value when anything is out of range or not finite
     */
    public static Dataset fromRowMajor(double[] values, int rows, int features, int[] labels, double[] weights,
            int numClasses) {
        if (values == null || rows < 0 || (long) rows * features != values.length) {
            throw new IllegalArgumentException("Expected " + ((long) rows * features) + " values for " + rows
                    + " rows x " + features + " features, but got " + (values == null ? "null" : values.length));
        }
        return new Dataset(BlockLayout.fromRowMajor(values, rows, features), rows, features, labels, weights,
                numClasses);
    }

    /**
     * Copies a row array into a dataset with unit weights.
     *
     * @param x rows of equal length
     * @param labels class index per row
     * @param numClasses number of classes
     * @return the dataset
     */
    public static Dataset of(double[][] x, int[] labels, int numClasses) {
        return of(x, labels, null, numClasses);
    }

    /**
     * Copies a row array into a dataset.
     *
     * @param x rows of equal length
     * @param labels class index per row
     * @param weights weight per row or {@code null}
     * @param numClasses number of classes
     * @return the dataset
     */
    public static Dataset of(double[][] x, int[] labels, double[] weights, int numClasses) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("The training data are empty: expected at least one row");
        }
        int features = x[0].length;
        double[] values = new double[BlockLayout.length(x.length, features)];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features) {
                throw new IllegalArgumentException("Row " + i + " has " + x[i].length + " features; expected "
                        + features + " like row 0");
            }
            BlockLayout.setRow(values, features, i, x[i], 0);
        }
        return new Dataset(values, x.length, features, labels == null ? null : labels.clone(),
                weights == null ? null : weights.clone(), numClasses);
    }

    /** @return number of rows */
    public int rows() {
        return rows;
    }

    /** @return number of features per row */
    public int features() {
        return features;
    }

    /** @return number of classes */
    public int numClasses() {
        return numClasses;
    }

    /**
     * @param row row index
     * @param feature feature index
     * @return the value
     */
    public double value(int row, int feature) {
        return values[BlockLayout.index(row, feature, features)];
    }

    /**
     * @param row row index
     * @return the class index of the row
     */
    public int label(int row) {
        return labels[row];
    }

    /**
     * @param row row index
     * @return the instance weight of the row
     */
    public double weight(int row) {
        return weights[row];
    }

    /**
     * @param row row index
     * @return a copy of the row's features
     */
    public double[] row(int row) {
        double[] out = new double[features];
        BlockLayout.copyRow(values, features, row, out, 0);
        return out;
    }

    /**
     * Direct access to the values, in blocks of eight rows ({@link BlockLayout}), for the solvers' hot loops. Callers
     * must not write to it.
     *
     * @return the backing array
     */
    public double[] valuesUnsafe() {
        return values;
    }

    /** @return the backing label array; callers must not write to it */
    public int[] labelsUnsafe() {
        return labels;
    }

    /** @return the backing weight array; callers must not write to it */
    public double[] weightsUnsafe() {
        return weights;
    }

    /**
     * @return total instance weight per class
     */
    public double[] classWeightTotals() {
        double[] totals = new double[numClasses];
        for (int i = 0; i < rows; i++) {
            totals[labels[i]] += weights[i];
        }
        return totals;
    }

    /**
     * A dataset of the selected rows (copied), e.g. for a hold-out split.
     *
     * @param rowIndices rows to keep
     * @return the subset
     */
    public Dataset subset(int[] rowIndices) {
        double[] v = new double[BlockLayout.length(rowIndices.length, features)];
        int[] l = new int[rowIndices.length];
        double[] w = new double[rowIndices.length];
        for (int k = 0; k < rowIndices.length; k++) {
            int i = rowIndices[k];
            BlockLayout.copyBlockedRow(values, features, i, v, k);
            l[k] = labels[i];
            w[k] = weights[i];
        }
        Dataset subset = new Dataset(v, rowIndices.length, features, l, w, numClasses);
        return classNames == null ? subset : new Dataset(subset, classNames);
    }
}
