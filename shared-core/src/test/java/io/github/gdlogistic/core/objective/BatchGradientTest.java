package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mini-batch gradients, as the solvers ask for them one batch after another on one objective, whose working arrays
 * are reused from batch to batch: each equals, bit for bit, the gradient of {@code batchValueAndGradient} and the
 * gradient of the same batch on a fresh objective (fresh arrays), for the vector and the scalar loops (the vector
 * loops to the last bits: their exp and log may be compiled between two calls), batches of whole stored blocks, of
 * gathered rows and of both, in sizes that shrink and grow.
 */
class BatchGradientTest {

    /**
     * {from, to} positions of {@link #rowOrder}: whole blocks, gathered rows, both in one batch, odd sizes, a large
     * batch then small ones, the last rows.
     */
    private static final int[][] BATCHES = {{0, 32}, {32, 61}, {61, 296}, {296, 336}, {336, 339}, {339, 480},
        {480, 487}};

    @ParameterizedTest(name = "{0} features, {1} classes, vector loops {2}")
    @CsvSource({"5, 2, true", "5, 2, false", "20, 2, true", "50, 2, false", "9, 3, true", "9, 3, false",
        "50, 10, true", "17, 4, false"})
    void reusedArraysGiveTheGradientOfAFreshObjective(int features, int classes, boolean vector) {
        int rows = 500;
        Dataset data = KernelEquivalenceTest.randomData(rows, features, classes, 7L * features + classes);
        LogLossObjective objective = objective(data, classes, vector);
        Random random = new Random(features);
        double[] point = new double[objective.dimension()];
        for (int k = 0; k < point.length; k++) {
            point[k] = 0.5 * random.nextGaussian();
        }
        int[] order = rowOrder(rows, random);
        for (int[] batch : BATCHES) {
            double[] gradient = new double[point.length];
            objective.batchGradient(point, gradient, order, batch[0], batch[1]);
            double[] withValue = new double[point.length];
            objective.batchValueAndGradient(point, withValue, order, batch[0], batch[1]);
            double[] fresh = new double[point.length];
            objective(data, classes, vector).batchGradient(point, fresh, order, batch[0], batch[1]);
            String where = "rows " + batch[0] + ".." + batch[1];
            // the vector loops' exp and log round differently before and after the JIT compiles them (the vector
            // API's intrinsics against its plain Java lanes), which can happen between two of these calls when the
            // tests before have half warmed them up: bit for bit on the scalar loops, to the last bits on the vector
            double tolerance = vector ? 1e-13 * largest(withValue) : 0.0;
            assertArrayEquals(withValue, gradient, tolerance, "batchGradient, " + where);
            assertArrayEquals(fresh, gradient, tolerance, "fresh objective, " + where);
            // the next batch starts from another point
            for (int k = 0; k < point.length; k++) {
                point[k] -= 0.1 * gradient[k];
            }
        }
    }

    private static double largest(double[] values) {
        double largest = 0;
        for (double value : values) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }

    /** Rows 32..303 shuffled, the others in place (whole stored blocks where a batch holds 8 of them in a row). */
    private static int[] rowOrder(int rows, Random random) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = 303; i > 32; i--) {
            int j = 32 + random.nextInt(i - 31);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** The objective these tests read: class weights 0.5, 1.5, ..., standardized, lambda 0.01, sequential blocks. */
    static LogLossObjective objective(Dataset data, int classes, boolean vector) {
        double[] classWeights = new double[classes];
        for (int c = 0; c < classes; c++) {
            classWeights[c] = 0.5 + c;
        }
        RowBlocks blocks = RowBlocks.sequential(data.rows());
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        LogLossObjective objective = classes == 2
                ? new BinaryLogLoss(data, classWeights, scaling, 0.01, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, 0.01, true, blocks);
        assertTrue(objective.useVectorLoops(vector) == vector, "the vector loops load in the test JVM");
        return objective;
    }
}
