package io.github.gdlogistic.spark;

import io.github.gdlogistic.core.DistributedTraining;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.DataSummary;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.objective.LogLossObjective;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * The rows of one partition in the core's block layout (eight rows at a time, feature by feature), with labels and
 * instance weights, checked as they are read: what Spark caches once and every evaluation runs on. The core's
 * objective over them is built on first use per fit and kept (not serialized).
 */
final class PartitionBlocks implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Labels are class indices; more classes than this is surely a regression target or an id. */
    static final int MAX_CLASSES = 1 << 16;

    private final int rows;
    private final int features;
    private final double[] values;
    private final int[] labels;
    private final double[] weights;
    private final int maxLabel;
    private transient LogLossObjective objective;
    private transient double[] objectiveClassWeights;

    private PartitionBlocks(int rows, int features, double[] values, int[] labels, double[] weights, int maxLabel) {
        this.rows = rows;
        this.features = features;
        this.values = values;
        this.labels = labels;
        this.weights = weights;
        this.maxLabel = maxLabel;
    }

    /**
     * Reads a partition's rows: column 0 the features vector, 1 the label (double), 2 the instance weight (double).
     *
     * @param partition the partition's index, for messages
     * @param input the rows
     * @param columns the user's column names (features, label, weight) for messages
     * @return the partition's blocks
     * @throws IllegalArgumentException naming the column, value and row for a null, NaN or infinite feature, a
     *         vector of another size, a label that is not a class index, or a weight that is negative or not finite
     */
    static PartitionBlocks read(int partition, Iterator<Row> input, String[] columns) {
        int features = -1;
        int count = 0;
        double[] values = new double[0];
        int[] labels = new int[16];
        double[] weights = new double[16];
        int maxLabel = -1;
        while (input.hasNext()) {
            Row row = input.next();
            String where = "row " + count + " of partition " + partition;
            Vector x = row.isNullAt(0) ? null : (Vector) row.get(0);
            if (x == null) {
                throw new IllegalArgumentException("Column '" + columns[0] + "' is null in " + where
                        + "; expected a vector of features");
            }
            if (features < 0) {
                features = x.size();
            } else if (x.size() != features) {
                throw new IllegalArgumentException("Column '" + columns[0] + "' holds a vector of size " + x.size()
                        + " in " + where + ", but " + features + " in the rows before; expected one size");
            }
            if (count == labels.length) {
                labels = Arrays.copyOf(labels, 2 * count);
                weights = Arrays.copyOf(weights, 2 * count);
            }
            if (BlockLayout.length(count + 1, features) > values.length) {
                values = Arrays.copyOf(values, BlockLayout.length(Math.max(2 * count, BlockLayout.BLOCK_ROWS),
                        features));
            }
            store(x, values, count, features, columns[0], where);
            labels[count] = classIndex(row, columns[1], where);
            maxLabel = Math.max(maxLabel, labels[count]);
            weights[count] = weight(row, columns[2], where);
            count++;
        }
        return new PartitionBlocks(count, Math.max(features, 0),
                Arrays.copyOf(values, BlockLayout.length(count, Math.max(features, 0))),
                Arrays.copyOf(labels, count), Arrays.copyOf(weights, count), maxLabel);
    }

    private static void store(Vector x, double[] values, int row, int features, String column, String where) {
        int at = BlockLayout.rowStart(row, features);
        if (x instanceof SparseVector) {
            SparseVector sparse = (SparseVector) x;
            int[] indices = sparse.indices();
            double[] nonZeros = sparse.values();
            for (int k = 0; k < indices.length; k++) {
                values[at + indices[k] * BlockLayout.BLOCK_ROWS] = finite(nonZeros[k], indices[k], column, where);
            }
            return;
        }
        for (int j = 0; j < features; j++) {
            values[at + j * BlockLayout.BLOCK_ROWS] = finite(x.apply(j), j, column, where);
        }
    }

    private static double finite(double value, int index, String column, String where) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Column '" + column + "' has " + value + " at index " + index
                    + " in " + where + "; expected finite feature values (impute or drop missing values first)");
        }
        return value;
    }

    private static int classIndex(Row row, String column, String where) {
        double label = row.isNullAt(1) ? Double.NaN : row.getDouble(1);
        if (!(label >= 0 && label < MAX_CLASSES && label == Math.rint(label))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Column '%s' has the label %s in %s; "
                    + "expected class indices 0, 1, 2, ... (whole numbers from 0 to %d; use StringIndexer for "
                    + "other labels)", column, row.isNullAt(1) ? "null" : Double.toString(label), where,
                    MAX_CLASSES - 1));
        }
        return (int) label;
    }

    private static double weight(Row row, String column, String where) {
        double weight = row.isNullAt(2) ? Double.NaN : row.getDouble(2);
        if (!(weight >= 0 && weight < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Column '" + column + "' has the weight "
                    + (row.isNullAt(2) ? "null" : Double.toString(weight)) + " in " + where
                    + "; expected a finite instance weight >= 0");
        }
        return weight;
    }

    /** @return number of rows */
    int rows() {
        return rows;
    }

    /** @return vector size, 0 for an empty partition */
    int features() {
        return features;
    }

    /** @return the largest label, -1 for an empty partition */
    int maxLabel() {
        return maxLabel;
    }

    private Dataset dataset(int numClasses) {
        return new Dataset(values, rows, features, labels, weights, numClasses);
    }

    /**
     * @param numClasses number of classes of the whole data
     * @return the partition's summary, or {@code null} when it has no rows
     */
    DataSummary summary(int numClasses) {
        return rows == 0 ? null : DataSummary.of(dataset(numClasses));
    }

    /**
     * The data term's sums of this partition at raw coefficients, by the core's kernels.
     *
     * @param raw raw coefficients
     * @param classWeights weight per class
     * @param numClasses number of classes
     * @param config the configuration
     * @param totalRows the rows of all partitions (the core chooses the loops by the size of the whole)
     * @return {loss sum, gradient sums...}, or {@code null} when the partition has no rows
     */
    synchronized double[] sums(double[] raw, double[] classWeights, int numClasses, TrainingConfig config,
            long totalRows) {
        if (rows == 0) {
            return null;
        }
        if (objective == null || !Arrays.equals(objectiveClassWeights, classWeights)) {
            objective = DistributedTraining.partObjective(dataset(numClasses), classWeights, config, totalRows);
            objectiveClassWeights = classWeights.clone();
        }
        double[] result = new double[raw.length + 1];
        double[] gradient = new double[raw.length];
        result[0] = objective.sums(raw, gradient);
        System.arraycopy(gradient, 0, result, 1, raw.length);
        return result;
    }
}
