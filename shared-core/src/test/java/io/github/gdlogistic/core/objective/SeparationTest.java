package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LogLossObjective#separates}: 20 rows with one feature {@code x = row}, so rows 0-15 are two whole blocks of
 * eight and rows 16-19 are checked one by one; a hand-made separating model, then one wrong label in a block and one
 * among the last rows.
 */
class SeparationTest {

    private static final int ROWS = 20;

    private static Dataset data(int[] labels, int classes) {
        double[] values = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            values[i] = i;
        }
        return Dataset.fromRowMajor(values, ROWS, 1, labels, null, classes);
    }

    private static boolean separates(int[] labels, int classes, double[] point) {
        Dataset data = data(labels, classes);
        double[] classWeights = new double[classes];
        java.util.Arrays.fill(classWeights, 1.0);
        LogLossObjective objective = classes == 2
                ? new BinaryLogLoss(data, classWeights, FeatureScaling.identity(1), 0, true,
                        RowBlocks.sequential(ROWS))
                : new SoftmaxLogLoss(data, classWeights, FeatureScaling.identity(1), 0, true,
                        RowBlocks.sequential(ROWS));
        return objective.separates(point);
    }

    @Test
    void binary() {
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = i >= 10 ? 1 : 0;
        }
        double[] point = {1, -9.5};
        assertTrue(separates(labels, 2, point));
        for (int wrong : new int[] {3, 12, 18}) {
            int[] flipped = labels.clone();
            flipped[wrong] = 1 - flipped[wrong];
            assertFalse(separates(flipped, 2, point), "row " + wrong + " on the wrong side");
        }
    }

    @Test
    void multinomial() {
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = i < 7 ? 0 : i < 14 ? 1 : 2;
        }
        // scores -10 x + 65, 0, 10 x - 135: class 0 below 6.5, class 2 above 13.5, class 1 between
        double[] point = {-10, 65, 0, 0, 10, -135};
        assertTrue(separates(labels, 3, point));
        for (int wrong : new int[] {3, 9, 18}) {
            int[] flipped = labels.clone();
            flipped[wrong] = (flipped[wrong] + 1) % 3;
            assertFalse(separates(flipped, 3, point), "row " + wrong + " on the wrong side");
        }
    }
}
