package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.data.BlockLayout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Training rows as the host has them: per attribute a raw value (numeric value, or the index of a nominal value as a
 * double; {@code NaN} for missing), a class index ({@code -1} for a missing class) and an instance weight. Build it
 * with {@link #builder}. Immutable once built. The values are stored like a {@link io.github.gdlogistic.core.data.Dataset}'s
 * ({@link BlockLayout}), so that a table of numeric attributes can be trained on without copying them.
 */
public final class RawTable {

    private final List<AttributeSpec> attributes;
    private final List<String> classValues;
    private final double[] values;
    private final int[] classes;
    private final double[] weights;
    private final int rows;
    private final boolean missingValues;
    private final LabelledSums labelledSums;

    private RawTable(Builder builder) {
        this.labelledSums = builder.labelledSums.copy(); // the builder may go on adding rows
        this.attributes = builder.attributes;
        this.classValues = builder.classValues;
        this.rows = builder.rows;
        this.missingValues = builder.missingValues;
        int size = BlockLayout.length(rows, attributes.size());
        // The builder's arrays are handed over when they are full (the usual case with a row count given up front).
        this.values = builder.values.length == size ? builder.values : Arrays.copyOf(builder.values, size);
        this.classes = builder.classes.length == rows ? builder.classes : Arrays.copyOf(builder.classes, rows);
        this.weights = builder.weights.length == rows ? builder.weights : Arrays.copyOf(builder.weights, rows);
    }

    /**
     * @param attributes the input attributes
     * @param classValues the class values, in the order the host indexes them
     * @return an empty builder
     */
    public static Builder builder(List<AttributeSpec> attributes, List<String> classValues) {
        return new Builder(attributes, classValues, 16);
    }

    /**
     * @param attributes the input attributes
     * @param classValues the class values, in the order the host indexes them
     * @param expectedRows how many rows will be added (room is made for them at once; more are allowed)
     * @return an empty builder
     */
    public static Builder builder(List<AttributeSpec> attributes, List<String> classValues, int expectedRows) {
        if (expectedRows < 0) {
            throw new IllegalArgumentException("Expected number of rows must be >= 0, but was " + expectedRows);
        }
        return new Builder(attributes, classValues, expectedRows);
    }

    /** @return the input attributes */
    public List<AttributeSpec> attributes() {
        return attributes;
    }

    /** @return the class values */
    public List<String> classValues() {
        return classValues;
    }

    /** @return number of rows, including rows with a missing class */
    public int rows() {
        return rows;
    }

    /**
     * @param row row index
     * @param attribute attribute index
     * @return the raw value, NaN when missing
     */
    public double value(int row, int attribute) {
        return values[BlockLayout.index(row, attribute, attributes.size())];
    }

    /**
     * Copies one row's raw values.
     *
     * @param row row index
     * @param out receives one value per attribute
     * @param offset where in {@code out} to write
     */
    public void copyRow(int row, double[] out, int offset) {
        BlockLayout.copyRow(values, attributes.size(), row, out, offset);
    }

    /** @return the summed instance weight of the rows that have a class value */
    public double labelledWeight() {
        double total = 0;
        for (int i = 0; i < rows; i++) {
            if (classes[i] >= 0) {
                total += weights[i];
            }
        }
        return total;
    }

    /** @return whether any input value is missing (NaN) */
    public boolean hasMissingValues() {
        return missingValues;
    }

    /** @return the values themselves ({@link BlockLayout}), shared, not copied: callers must not modify them */
    double[] valuesUnsafe() {
        return values;
    }

    /**
     * @return the encoder's statistics of the labelled rows, added up as the rows were added; valid only when no
     *         value is missing ({@link #hasMissingValues()})
     */
    LabelledSums labelledSums() {
        return labelledSums;
    }

    /** @return the class indices themselves, shared, not copied: callers must not modify them */
    int[] classesUnsafe() {
        return classes;
    }

    /** @return the instance weights themselves, shared, not copied: callers must not modify them */
    double[] weightsUnsafe() {
        return weights;
    }

    /**
     * @param row row index
     * @return the class index, -1 when missing
     */
    public int classIndex(int row) {
        return classes[row];
    }

    /**
     * @param row row index
     * @return the instance weight
     */
    public double weight(int row) {
        return weights[row];
    }

    /** Collects rows; validates each as it is added. */
    public static final class Builder {
        private final List<AttributeSpec> attributes;
        private final List<String> classValues;
        private final int[] nominalSizes;
        private final int[] nominalIndices;
        private double[] values;
        private int[] classes;
        private double[] weights;
        private int rows;
        private boolean missingValues;
        private final LabelledSums labelledSums;

        private Builder(List<AttributeSpec> attributes, List<String> classValues, int capacity) {
            if (attributes == null || classValues == null) {
                throw new IllegalArgumentException("Attributes and class values must be given, but got "
                        + attributes + " and " + classValues);
            }
            this.attributes = Collections.unmodifiableList(new ArrayList<>(attributes));
            this.classValues = Collections.unmodifiableList(new ArrayList<>(classValues));
            this.nominalSizes = new int[attributes.size()];
            int nominal = 0;
            for (int j = 0; j < nominalSizes.length; j++) {
                nominalSizes[j] = attributes.get(j).isNominal() ? attributes.get(j).values().size() : -1;
                nominal += nominalSizes[j] >= 0 ? 1 : 0;
            }
            this.nominalIndices = new int[nominal];
            for (int j = 0, k = 0; j < nominalSizes.length; j++) {
                if (nominalSizes[j] >= 0) {
                    nominalIndices[k++] = j;
                }
            }
            this.values = new double[BlockLayout.length(capacity, attributes.size())];
            this.labelledSums = new LabelledSums(this.attributes);
            this.classes = new int[capacity];
            this.weights = new double[capacity];
        }

        /**
         * Adds a row. The raw array is copied.
         *
         * @param raw one raw value per attribute (NaN = missing)
         * @param classIndex index into the class values, or -1 when the class is missing
         * @param weight instance weight, finite and &gt;= 0
         * @return this builder
         * @throws IllegalArgumentException naming the attribute and the value when a value cannot be used
         */
        public Builder addRow(double[] raw, int classIndex, double weight) {
            int d = attributes.size();
            if (raw == null || raw.length != d) {
                throw new IllegalArgumentException("Row " + rows + " has " + (raw == null ? "no" : raw.length)
                        + " values; expected one per attribute (" + d + ")");
            }
            // A branch-free scan for NaN and infinities first (v - v is +0.0, all bits zero, for every finite v
            // and NaN for those); the checks that name the value run only for a row that has one, and only nominal
            // attributes need the index check.
            long nonFinite = 0;
            for (int j = 0; j < d; j++) {
                nonFinite |= Double.doubleToRawLongBits(raw[j] - raw[j]);
            }
            if (nonFinite != 0) {
                for (int j = 0; j < d; j++) {
                    double v = raw[j];
                    if (Double.isInfinite(v)) {
                        throw new IllegalArgumentException("Attribute '" + attributes.get(j).name() + "' is " + v
                                + " in row " + rows + "; expected a finite number or a missing value");
                    }
                    if (v != v) {
                        missingValues = true;
                    }
                }
            }
            for (int j : nominalIndices) {
                double v = raw[j];
                int size = nominalSizes[j];
                if (!Double.isNaN(v) && (v != Math.rint(v) || v < 0 || v >= size)) {
                    throw new IllegalArgumentException("Attribute '" + attributes.get(j).name() + "' has value index "
                            + v + " in row " + rows + "; expected an index in [0, " + size + ")");
                }
            }
            if (classIndex < -1 || classIndex >= classValues.size()) {
                throw new IllegalArgumentException("Class index " + classIndex + " in row " + rows
                        + " is out of range; expected -1 (missing) or an index in [0, " + classValues.size() + ")");
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("Instance weight " + weight + " in row " + rows
                        + " is not usable; expected a finite number >= 0");
            }
            if (BlockLayout.length(rows + 1, d) > values.length) {
                // whole blocks stay where they are when the array grows
                int capacity = (int) Math.min(Math.max(16, 2L * rows + 1), Math.max(rows + 1, BlockLayout.maxRows(d)));
                values = Arrays.copyOf(values, BlockLayout.length(capacity, d));
            }
            if (rows == classes.length) {
                int capacity = (int) Math.min(Math.max(16, 2L * rows), Integer.MAX_VALUE - 8);
                classes = Arrays.copyOf(classes, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
            BlockLayout.setRow(values, d, rows, raw, 0);
            if (classIndex >= 0 && !missingValues) {
                labelledSums.add(raw, weight, nominalIndices);
            }
            classes[rows] = classIndex;
            weights[rows] = weight;
            rows++;
            return this;
        }

        /** @return the table */
        public RawTable build() {
            return new RawTable(this);
        }
    }

    /**
     * What {@link FeatureEncoder#fit} needs of a table without missing values, added up while the rows are added
     * (so that fitting the encoder takes no pass over the values): per attribute the weighted sum of the labelled
     * rows' values and per nominal value its summed weight, with the encoder's weights
     * ({@link FeatureEncoder#statisticsWeight}), in row order.
     */
    static final class LabelledSums {
        final double[] sums;
        final double[][] counts;
        int rows;
        double total;

        private LabelledSums(List<AttributeSpec> attributes) {
            this(new double[attributes.size()], new double[attributes.size()][]);
            for (int a = 0; a < counts.length; a++) {
                counts[a] = new double[Math.max(attributes.get(a).values().size(), 1)];
            }
        }

        private LabelledSums(double[] sums, double[][] counts) {
            this.sums = sums;
            this.counts = counts;
        }

        private LabelledSums copy() {
            LabelledSums copy = new LabelledSums(sums.clone(), counts.clone());
            for (int a = 0; a < counts.length; a++) {
                copy.counts[a] = counts[a].clone();
            }
            copy.rows = rows;
            copy.total = total;
            return copy;
        }

        private void add(double[] raw, double weight, int[] nominalIndices) {
            double w = FeatureEncoder.statisticsWeight(weight);
            for (int a = 0; a < sums.length; a++) {
                sums[a] += w * raw[a];
            }
            for (int a : nominalIndices) {
                counts[a][(int) raw[a]] += w;
            }
            rows++;
            total += w;
        }
    }
}
