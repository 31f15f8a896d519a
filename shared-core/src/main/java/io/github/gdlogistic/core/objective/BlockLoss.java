package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.FeatureScaling;

import java.util.Arrays;

/**
 * The objective of a block of rows, standardized as they are added, in buffers reused from block to block: what
 * one-pass training evaluates for every block it learns. Its value and gradient are those of a
 * {@link LogLossObjective} on the same standardized rows (no class weights, intercepts free, lambda on the
 * coefficients), from the same scalar loops in the same order (bit for bit, up to {@code RowBlocks.BLOCK_ROWS} rows),
 * without a data set and an objective built per block. Not thread-safe.
 */
public final class BlockLoss implements DifferentiableFunction {

    private static final int STEP = BlockLayout.BLOCK_ROWS;

    private final int features;
    private final int classes;
    private final int outputs;
    /** The most rows, a whole number of stored blocks. */
    private final int capacity;
    /** The standardized rows in the blocked layout ({@link BlockLayout}). */
    private final double[] values;
    private final int[] labels;
    private final double[] weights;
    private final double[] unitClassWeights;
    private final StandardizedParameters parameters;
    private int rows;

    /**
     * @param rows the most rows a block holds, at least 1
     * @param features features per row
     * @param classes number of classes, at least 2 (2: one weight vector, else one per class)
     * @param lambda the L2 strength on the coefficients
     */
    public BlockLoss(int rows, int features, int classes, double lambda) {
        this.features = features;
        this.classes = classes;
        this.outputs = classes == 2 ? 1 : classes;
        this.capacity = BlockLayout.paddedRows(rows);
        this.values = new double[BlockLayout.length(capacity, features)];
        this.labels = new int[capacity];
        this.weights = new double[capacity];
        this.unitClassWeights = new double[classes];
        Arrays.fill(unitClassWeights, 1.0);
        this.parameters = new StandardizedParameters(features, outputs, FeatureScaling.identity(features), lambda,
                true);
    }

    /** Empties the block. */
    public void clear() {
        rows = 0;
    }

    /**
     * Adds one row, standardized: {@code (encoded[offset + j] - means[j]) / scales[j]}.
     *
     * @param encoded the row's encoded features
     * @param offset where they start
     * @param means the means to subtract, one per feature
     * @param scales the divisors, one per feature
     * @param label the row's class index (model order)
     * @param weight the row's weight
     * @throws IllegalStateException when the block is full
     * @throws IllegalArgumentException naming the feature when a standardized value is not finite (values near the
     *         largest double overflow); the block is unchanged then
     */
    public void add(double[] encoded, int offset, double[] means, double[] scales, int label, double weight) {
        if (rows == capacity) {
            throw new IllegalStateException("The block holds " + capacity + " rows already; clear it first");
        }
        for (int j = 0, at = BlockLayout.rowStart(rows, features); j < features; j++, at += STEP) {
            double z = (encoded[offset + j] - means[j]) / scales[j];
            if (!Double.isFinite(z)) {
                throw new IllegalArgumentException("Feature " + j + " of row " + rows + " of the block is " + z
                        + " once standardized (value " + encoded[offset + j] + ", mean " + means[j] + ", scale "
                        + scales[j] + "); expected a finite number: values this close to the largest double overflow");
            }
            values[at] = z;
        }
        labels[rows] = label;
        weights[rows] = weight;
        rows++;
    }

    @Override
    public int dimension() {
        return outputs * (features + 1);
    }

    /**
     * The weighted mean log-loss of the rows added since {@link #clear()} plus {@code lambda / 2 ||w||^2}, and its
     * gradient, at the standardized parameters {@code point}.
     */
    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        double weight = 0;
        for (int r = 0; r < rows; r++) {
            weight += weights[r];
        }
        int whole = rows / STEP * STEP;
        int padded = BlockLayout.paddedRows(rows);
        for (int r = rows; r < padded; r++) {
            // the rest of the last stored block: rows of weight 0, values 0 (as the objective pads its last rows)
            labels[r] = 0;
            weights[r] = 0;
            for (int j = 0, at = BlockLayout.rowStart(r, features); j < features; j++, at += STEP) {
                values[at] = 0;
            }
        }
        Arrays.fill(gradient, 0.0);
        // whole stored blocks, then the padded last one apart, in the objective's order
        double loss = loops(0, whole, point, gradient);
        if (whole < rows) {
            loss += loops(whole, padded, point, gradient);
        }
        return parameters.finish(point, gradient, loss, weight);
    }

    private double loops(int from, int to, double[] point, double[] gradient) {
        return outputs == 1
                ? BinaryLogLoss.scalarBlocks(values, features, labels, weights, unitClassWeights, from, to, point,
                        gradient)
                : SoftmaxLogLoss.scalarBlocks(values, features, classes, labels, weights, unitClassWeights, from, to,
                        point, gradient);
    }
}
