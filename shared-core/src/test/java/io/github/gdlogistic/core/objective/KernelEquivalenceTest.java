package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.ColumnMoments;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.optim.LbfgsOptimizer;
import io.github.gdlogistic.core.optim.Minimizer;
import io.github.gdlogistic.core.optim.StoppingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vector row loops against the scalar ones: the same loss and gradient up to rounding, for feature counts that
 * exercise every tail of the vector loops, row counts that are not whole groups, instance weights (some zero),
 * class weights, the sequential pass and a shuffled mini-batch. The test JVM runs with the vector API module (see
 * the module's surefire configuration), so the vector loops must load.
 */
class KernelEquivalenceTest {

    private static Dataset randomData(int rows, int features, int classes, long seed) {
        Random random = new Random(seed);
        double[] values = new double[rows * features];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * (1 + i % 3) + (i % features) * 0.5;
        }
        int[] labels = new int[rows];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i < classes ? i : random.nextInt(classes);
            weights[i] = i % 11 == 5 ? 0.0 : 0.2 + 2 * random.nextDouble();
        }
        return Dataset.fromRowMajor(values, rows, features, labels, weights, classes);
    }

    private static LogLossObjective objective(Dataset data, int classes) {
        double[] classWeights = new double[classes];
        for (int c = 0; c < classes; c++) {
            classWeights[c] = 0.5 + c;
        }
        RowBlocks blocks = RowBlocks.sequential(data.rows());
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        return classes == 2
                ? new BinaryLogLoss(data, classWeights, scaling, 0.01, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, 0.01, true, blocks);
    }

    @ParameterizedTest(name = "{0} rows x {1} features, {2} classes")
    @CsvSource({"5000, 1, 2", "301, 3, 2", "999, 9, 2", "1200, 16, 2", "700, 17, 3", "517, 4, 2", "1000, 7, 2",
        "999, 8, 2", "2100, 20, 2", "4099, 50, 2",
        "77, 13, 2", "800, 1, 3", "403, 5, 4", "1001, 12, 3", "2051, 20, 10", "300, 50, 7", "600, 8, 4", "333, 64, 5"})
    void vectorLoopsMatchScalarLoops(int rows, int features, int classes) {
        Dataset data = randomData(rows, features, classes, 31L * rows + features);
        LogLossObjective objective = objective(data, classes);
        Random random = new Random(features);
        double[] point = new double[objective.dimension()];
        for (int k = 0; k < point.length; k++) {
            point[k] = 0.7 * random.nextGaussian();
        }
        int[] shuffled = new int[rows];
        for (int i = 0; i < rows; i++) {
            shuffled[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }

        // the whole data as stored (whole blocks, the last rows copied into a block) and as one mini-batch of all
        // rows in shuffled order (every block copied together from rows all over the data), on both loops
        objective.useVectorLoops(false);
        double[] scalarGradient = new double[point.length];
        double scalarLoss = objective.valueAndGradient(point, scalarGradient);
        double[] scalarShuffledGradient = new double[point.length];
        double scalarShuffledLoss = objective.batchValueAndGradient(point, scalarShuffledGradient, shuffled, 0, rows);

        assertTrue(objective.useVectorLoops(true),
                "the vector loops must load when the runtime has " + SimdSupport.MODULE);
        double[] vectorGradient = new double[point.length];
        double vectorLoss = objective.valueAndGradient(point, vectorGradient);
        double[] vectorShuffledGradient = new double[point.length];
        double vectorShuffledLoss = objective.batchValueAndGradient(point, vectorShuffledGradient, shuffled, 0, rows);

        assertTrue(scalarLoss > 0.05, "a non-trivial loss: " + scalarLoss);
        assertEquals(scalarLoss, vectorLoss, 1e-12 * scalarLoss, "vector loss");
        assertEquals(scalarLoss, scalarShuffledLoss, 1e-12 * scalarLoss, "scalar loss, shuffled");
        assertEquals(scalarLoss, vectorShuffledLoss, 1e-12 * scalarLoss, "vector loss, shuffled");
        for (int k = 0; k < point.length; k++) {
            double tolerance = 1e-11 * (1 + Math.abs(scalarGradient[k]));
            assertEquals(scalarGradient[k], vectorGradient[k], tolerance, "vector gradient " + k);
            assertEquals(scalarGradient[k], scalarShuffledGradient[k], tolerance, "scalar gradient, shuffled " + k);
            assertEquals(scalarGradient[k], vectorShuffledGradient[k], tolerance, "vector gradient, shuffled " + k);
        }
    }

    @Test
    void defaultChoiceFollowsTheDataSize() {
        assertTrue(SimdSupport.enabled(), SimdSupport.description());
        String lanes = System.getProperty("gdlogistic.test.lanes");
        if (lanes != null) {
            assertTrue(SimdSupport.description().contains(lanes + " doubles per register"), SimdSupport.description());
        }
        Dataset small = randomData(20000, 16, 2, 1);
        Dataset large = randomData((int) (SimdSupport.MIN_VALUES / 16) + 1, 16, 2, 2);
        assertTrue((long) small.rows() * small.features() < SimdSupport.MIN_VALUES);
        assertTrue(!objective(small, 2).usesVectorLoops(), "small data stay on the scalar loops");
        assertTrue(objective(large, 2).usesVectorLoops(), "large data use the vector loops");
        LogisticModel model = LogisticRegressionTrainer.fit(large, TrainingConfig.builder().build());
        assertTrue(model.report().solverDescription().contains("vector loops"), model.report().solverDescription());
        LogisticModel scalar = LogisticRegressionTrainer.fit(large, TrainingConfig.builder().scalarLoops(true).build());
        assertTrue(scalar.report().solverDescription().endsWith(", scalar loops"), scalar.report().solverDescription());
        LogisticModel smallFit = LogisticRegressionTrainer.fit(randomData(1000, 20, 2, 3),
                TrainingConfig.builder().build());
        assertEquals("auto (L-BFGS)", smallFit.report().solverDescription(), "small data: no word on the loops");
        assertEquals(scalar.report().finalLoss(), model.report().finalLoss(), 1e-9 * scalar.report().finalLoss());
    }

    @ParameterizedTest(name = "{0} rows x {1} features, {2} classes")
    @CsvSource({"20000, 16, 2", "6000, 45, 4"})
    void lbfgsReachesTheSameOptimumWithEitherLoops(int rows, int features, int classes) {
        Dataset data = randomData(rows, features, classes, 7);
        LogLossObjective objective = objective(data, classes);
        objective.useVectorLoops(false);
        L1Penalty none = new L1Penalty(0, objective.penalizedMask());
        LbfgsOptimizer scalar = new LbfgsOptimizer();
        Minimizer.run(scalar, new StoppingRule(500, 1e-14, 1e-9), objective, none, new double[objective.dimension()]);
        assertTrue(objective.useVectorLoops(true));
        LbfgsOptimizer vector = new LbfgsOptimizer();
        Minimizer.run(vector, new StoppingRule(500, 1e-14, 1e-9), objective, none, new double[objective.dimension()]);
        assertEquals(scalar.loss(), vector.loss(), 1e-12 * scalar.loss(), "optimum");
        for (int k = 0; k < scalar.point().length; k++) {
            assertEquals(scalar.point()[k], vector.point()[k], 1e-6 * (1 + Math.abs(scalar.point()[k])),
                    "parameter " + k);
        }
    }

    @ParameterizedTest(name = "{0} rows x {1} features")
    @CsvSource({"500, 3", "700, 8", "333, 13", "1000, 20", "257, 50", "100, 64"})
    void vectorColumnMomentsMatchTheScalarOnes(int rows, int features) {
        Dataset data = randomData(rows, features, 2, rows + features);
        ColumnMoments vector = (ColumnMoments) SimdSupport.available();
        double[] shift = data.row(0);
        double[] scalarSums = new double[features];
        double[] scalarSquares = new double[features];
        double[] vectorSums = new double[features];
        double[] vectorSquares = new double[features];
        double scalarWeight = ColumnMoments.SCALAR.accumulate(data.valuesUnsafe(), features, data.weightsUnsafe(), 3,
                rows, shift, scalarSums, scalarSquares);
        double vectorWeight = vector.accumulate(data.valuesUnsafe(), features, data.weightsUnsafe(), 3, rows, shift,
                vectorSums, vectorSquares);
        assertEquals(scalarWeight, vectorWeight, 0.0, "weights are summed the same way");
        for (int j = 0; j < features; j++) {
            assertTrue(scalarSquares[j] > 1, "a real spread in column " + j);
            assertEquals(scalarSums[j], vectorSums[j], 1e-12 * scalarSquares[j], "sum of column " + j);
            assertEquals(scalarSquares[j], vectorSquares[j], 1e-12 * scalarSquares[j], "squares of column " + j);
        }
    }
}
