package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every objective's analytic gradient against central finite differences. */
class GradientCheckTest {

    private static Dataset randomData(int rows, int features, int classes, boolean weighted, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * features];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * (1 + i % features) + (i % features);
        }
        int[] labels = new int[rows];
        double[] weights = weighted ? new double[rows] : null;
        for (int i = 0; i < rows; i++) {
            labels[i] = i < classes ? i : random.nextInt(classes);
            if (weighted) {
                weights[i] = 0.1 + 2 * random.nextDouble();
            }
        }
        return Dataset.fromRowMajor(values, rows, features, labels, weights, classes);
    }

    private static RowBlocks inline(Dataset data) {
        return RowBlocks.sequential(data.rows());
    }

    private static void check(LogLossObjective objective, long seed) {
        Random random = new Random(seed);
        double[] point = new double[objective.dimension()];
        for (int i = 0; i < point.length; i++) {
            point[i] = 0.5 * random.nextGaussian();
        }
        double[] gradient = new double[point.length];
        objective.valueAndGradient(point, gradient);
        double[] scratch = new double[point.length];
        double largest = 0;
        for (int i = 0; i < point.length; i++) {
            double h = 1e-6;
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (objective.valueAndGradient(plus, scratch) - objective.valueAndGradient(minus, scratch))
                    / (2 * h);
            assertEquals(numeric, gradient[i], 1e-6 * Math.max(1, Math.abs(numeric)), "coordinate " + i);
            largest = Math.max(largest, Math.abs(gradient[i]));
        }
        assertTrue(largest > 1e-3, "the check must exercise a non-trivial gradient");
    }

    @Test
    void binaryWithL2AndStandardization() {
        Dataset data = randomData(60, 4, 2, false, 1);
        check(new BinaryLogLoss(data, new double[] {1, 1}, FeatureScaling.standardizing(data), 0.3, true, inline(data)), 2);
    }

    @Test
    void binaryWeightedWithClassWeightsRawFeatures() {
        Dataset data = randomData(50, 3, 2, true, 3);
        check(new BinaryLogLoss(data, new double[] {0.7, 2.5}, FeatureScaling.identity(3), 0.0, true, inline(data)), 4);
    }

    @Test
    void binaryWithoutIntercept() {
        Dataset data = randomData(40, 3, 2, false, 5);
        check(new BinaryLogLoss(data, new double[] {1, 1}, FeatureScaling.scalingOnly(data), 0.1, false, inline(data)), 6);
    }

    @Test
    void binaryWholeBlocksAndLeftoverRowsOnTheScalarLoops() {
        // 43 rows: five whole blocks of eight (BlockLayout) and three rows one by one
        Dataset data = randomData(43, 53, 2, true, 15);
        BinaryLogLoss objective = new BinaryLogLoss(data, new double[] {1.5, 0.8}, FeatureScaling.standardizing(data),
                0.05, true, inline(data));
        objective.useVectorLoops(false);
        check(objective, 16);
    }

    @Test
    void multinomialWithL2() {
        Dataset data = randomData(80, 5, 4, false, 7);
        check(new SoftmaxLogLoss(data, new double[] {1, 1, 1, 1}, FeatureScaling.standardizing(data), 0.2, true,
                inline(data)), 8);
    }

    @Test
    void multinomialWeighted() {
        Dataset data = randomData(70, 3, 3, true, 9);
        check(new SoftmaxLogLoss(data, new double[] {1, 3, 0.5}, FeatureScaling.standardizing(data), 0.0, true,
                inline(data)), 10);
    }

    @Test
    void elasticNetAwayFromKinks() {
        // Smooth part plus L1 value: away from zero the L1 term's derivative is strength * sign(w).
        Dataset data = randomData(60, 4, 2, true, 11);
        BinaryLogLoss smooth = new BinaryLogLoss(data, new double[] {1, 1}, FeatureScaling.standardizing(data),
                0.05, true, inline(data));
        L1Penalty penalty = new L1Penalty(0.07, smooth.penalizedMask());
        double[] point = {0.8, -0.6, 0.4, -1.1, 0.3};
        double[] gradient = new double[point.length];
        smooth.valueAndGradient(point, gradient);
        double[] scratch = new double[point.length];
        for (int i = 0; i < point.length; i++) {
            double analytic = gradient[i] + (i < 4 ? 0.07 * Math.signum(point[i]) : 0);
            double h = 1e-6;
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (smooth.valueAndGradient(plus, scratch) + penalty.value(plus)
                    - smooth.valueAndGradient(minus, scratch) - penalty.value(minus)) / (2 * h);
            assertEquals(numeric, analytic, 1e-6, "coordinate " + i);
        }
    }

    @Test
    void miniBatchOfAllRowsEqualsFullObjective() {
        Dataset data = randomData(30, 3, 3, true, 13);
        SoftmaxLogLoss objective = new SoftmaxLogLoss(data, new double[] {1, 2, 1}, FeatureScaling.standardizing(data),
                0.1, true, inline(data));
        double[] point = new double[objective.dimension()];
        for (int i = 0; i < point.length; i++) {
            point[i] = 0.1 * i - 0.5;
        }
        int[] order = new int[data.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = order.length - 1 - i;
        }
        double[] full = new double[point.length];
        double[] batch = new double[point.length];
        assertEquals(objective.valueAndGradient(point, full),
                objective.batchValueAndGradient(point, batch, order, 0, order.length), 1e-12);
        for (int i = 0; i < point.length; i++) {
            assertEquals(full[i], batch[i], 1e-12);
        }
    }
}
