package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reused block objective of one-pass training against the objective built on a data set of the same
 * standardized rows: the same value and gradient bit for bit, for full and partial blocks, binary and softmax, with
 * the buffers reused from one block to the next (a partial block after a full one must not see the full one's rows).
 */
class BlockLossTest {

    private static final double LAMBDA = 1e-3;

    @Test
    void binaryBlocksEqualTheObjectiveOnTheSameRows() {
        compare(2, 8, new int[] {8, 3, 8, 1, 5});
    }

    @Test
    void softmaxBlocksEqualTheObjectiveOnTheSameRows() {
        compare(4, 8, new int[] {8, 3, 8, 1, 5});
    }

    @Test
    void blocksLongerThanOneStoredBlockEqualTheObjective() {
        compare(2, 13, new int[] {13, 9, 13, 2});
        compare(3, 13, new int[] {13, 9, 13, 2});
    }

    @Test
    void aFullBlockRefusesAnotherRow() {
        BlockLoss block = new BlockLoss(3, 2, 2, LAMBDA);
        double[] row = {1, 2};
        double[] zeros = {0, 0};
        double[] ones = {1, 1};
        for (int i = 0; i < 8; i++) {
            block.add(row, 0, zeros, ones, 0, 1);
        }
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> block.add(row, 0, zeros, ones, 0, 1));
        assertEquals("The block holds 8 rows already; clear it first", error.getMessage());
    }

    @Test
    void aValueThatOverflowsWhenStandardizedIsRefusedNamingTheFeature() {
        BlockLoss block = new BlockLoss(8, 2, 2, LAMBDA);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> block.add(new double[] {1, 1.7e308}, 0, new double[] {0, -1.7e308}, new double[] {1, 1}, 0, 1));
        assertTrue(error.getMessage().startsWith("Feature 1 of row 0 of the block is Infinity once standardized"),
                error.getMessage());
    }

    private static void compare(int classes, int capacity, int[] blockSizes) {
        Random random = new Random(7 + classes);
        int features = 5;
        BlockLoss block = new BlockLoss(capacity, features, classes, LAMBDA);
        int outputs = classes == 2 ? 1 : classes;
        double[] point = new double[outputs * (features + 1)];
        for (int b = 0; b < blockSizes.length; b++) {
            int rows = blockSizes[b];
            double[] raw = new double[rows * features];
            double[] means = new double[features];
            double[] scales = new double[features];
            for (int j = 0; j < features; j++) {
                means[j] = 100 * random.nextGaussian();
                scales[j] = Math.pow(10, random.nextInt(5) - 2);
            }
            for (int k = 0; k < raw.length; k++) {
                raw[k] = means[k % features] + scales[k % features] * random.nextGaussian();
            }
            int[] labels = new int[rows];
            double[] weights = new double[rows];
            block.clear();
            for (int i = 0; i < rows; i++) {
                labels[i] = random.nextInt(classes);
                weights[i] = random.nextInt(4) == 0 ? 0.25 + random.nextDouble() : 1.0;
                block.add(raw, i * features, means, scales, labels[i], weights[i]);
            }
            for (int k = 0; k < point.length; k++) {
                point[k] = random.nextGaussian();
            }
            double[] expectedGradient = new double[point.length];
            double expected = objective(standardized(raw, means, scales), rows, features, labels, weights, classes)
                    .valueAndGradient(point, expectedGradient);
            double[] gradient = new double[point.length];
            Arrays.fill(gradient, Double.NaN);
            double value = block.valueAndGradient(point, gradient);
            assertEquals(expected, value, 0.0, "block " + b + " of " + rows + " rows, " + classes + " classes");
            assertArrayEquals(expectedGradient, gradient, 0.0, "block " + b + " of " + rows + " rows");
        }
    }

    private static double[] standardized(double[] raw, double[] means, double[] scales) {
        double[] out = new double[raw.length];
        for (int k = 0; k < raw.length; k++) {
            int j = k % means.length;
            out[k] = (raw[k] - means[j]) / scales[j];
        }
        return out;
    }

    private static LogLossObjective objective(double[] rowMajor, int rows, int features, int[] labels,
            double[] weights, int classes) {
        Dataset data = Dataset.fromRowMajor(rowMajor, rows, features, labels, weights, classes);
        double[] unit = new double[classes];
        Arrays.fill(unit, 1.0);
        FeatureScaling identity = FeatureScaling.identity(features);
        RowBlocks sequential = RowBlocks.sequential(rows);
        return classes == 2
                ? new BinaryLogLoss(data, unit, identity, LAMBDA, true, sequential)
                : new SoftmaxLogLoss(data, unit, identity, LAMBDA, true, sequential);
    }
}
