package io.github.gdlogistic.core.data;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnMomentsTest {

    /** Row by row, rows of weight 0 left out: what the scalar loop must add up. */
    private static double reference(Dataset data, int from, int to, double[] shift, double[] sums,
            double[] squares) {
        double weight = 0;
        for (int i = from; i < to; i++) {
            double w = data.weight(i);
            if (w == 0) {
                continue;
            }
            weight += w;
            double[] row = data.row(i);
            for (int j = 0; j < row.length; j++) {
                double centered = row[j] - shift[j];
                sums[j] += w * centered;
                squares[j] += w * centered * centered;
            }
        }
        return weight;
    }

    @Test
    void wholeBlocksAddUpAsRowByRow() {
        int rows = 203;
        int features = 7;
        Random random = new Random(4);
        double[] values = new double[rows * features];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < features; j++) {
                values[i * features + j] = 100 * j + random.nextGaussian() * (1 + j);
            }
            weights[i] = i % 29 == 0 ? 0 : 0.25 + random.nextDouble();
        }
        Dataset data = Dataset.fromRowMajor(values, rows, features, new int[rows], weights, 2);
        double[] shift = data.row(0);
        // ranges starting and ending inside stored blocks, and blocks with and without a row of weight 0
        for (int[] range : new int[][] {{0, rows}, {3, 197}, {8, 16}, {5, 7}, {24, 120}}) {
            double[] sums = new double[features];
            double[] squares = new double[features];
            double[] expectedSums = new double[features];
            double[] expectedSquares = new double[features];
            double weight = ColumnMoments.SCALAR.accumulate(data.valuesUnsafe(), features, data.weightsUnsafe(),
                    range[0], range[1], shift, sums, squares);
            double expectedWeight = reference(data, range[0], range[1], shift, expectedSums, expectedSquares);
            String what = "rows " + range[0] + ".." + range[1];
            assertEquals(expectedWeight, weight, 0.0, what + ": weights in row order");
            for (int j = 0; j < features; j++) {
                assertEquals(expectedSums[j], sums[j], 1e-12 * expectedSquares[j], what + ", sum " + j);
                assertEquals(expectedSquares[j], squares[j], 1e-12 * expectedSquares[j], what + ", squares " + j);
            }
        }
    }

    @Test
    void aRowOfWeightZeroAddsNothingEvenWhenItsDistanceOverflows() {
        int rows = 16;
        double[] values = new double[rows];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            values[i] = 1e308;
            weights[i] = 1;
        }
        values[3] = -1e308; // minus the shift 1e308 overflows to -infinity
        weights[3] = 0;
        Dataset data = Dataset.fromRowMajor(values, rows, 1, new int[rows], weights, 2);
        double[] sums = new double[1];
        double[] squares = new double[1];
        double weight = ColumnMoments.SCALAR.accumulate(data.valuesUnsafe(), 1, data.weightsUnsafe(), 0, rows,
                new double[] {1e308}, sums, squares);
        assertEquals(15, weight, 0.0);
        assertTrue(Double.isFinite(sums[0]) && Double.isFinite(squares[0]),
                "the weightless row left out, not 0 x infinity: " + sums[0] + ", " + squares[0]);
    }
}
