package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.CoefficientStatistics;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.TrainingRun;
import io.github.gdlogistic.core.data.ColumnMoments;
import io.github.gdlogistic.core.Generated;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vector row loops against the scalar ones: the same loss and gradient up to rounding, for feature counts that
 * exercise every tail of the vector loops, row counts that are not whole groups, instance weights (some zero),
 * class weights, the sequential pass and a shuffled mini-batch; likewise the column sums of standardization and the
 * information matrix of the Wald standard errors. The test JVM runs with the vector API module (see the module's
 * surefire configuration), so the vector loops must load.
 */
class KernelEquivalenceTest {

    static Dataset randomData(int rows, int features, int classes, long seed) {
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

    @ParameterizedTest(name = "rows {1}..{2} of {0} x {3} features")
    @CsvSource({"1, 0, 1, 1", "300, 0, 300, 3", "301, 5, 301, 4", "2048, 0, 2048, 7", "2000, 13, 1990, 12",
        "517, 0, 517, 15", "1111, 3, 1111, 16", "2048, 0, 2048, 50", "700, 9, 700, 64", "129, 0, 129, 2",
        "400, 17, 18, 9", "400, 100, 103, 20"})
    void vectorInformationMatrixMatchesTheScalarOne(int rows, int from, int to, int features) {
        Dataset data = randomData(rows, features, 2, 5L * rows + features);
        InformationMatrix vector = SimdSupport.informationMatrix(true);
        assertTrue(vector != InformationMatrix.SCALAR, "the vector loop must load");
        assertTrue(SimdSupport.informationMatrix(false) == InformationMatrix.SCALAR);
        Random random = new Random(rows);
        double[] coefficients = new double[features];
        for (int j = 0; j < features; j++) {
            coefficients[j] = random.nextGaussian() / features;
        }
        double[] weights = data.weightsUnsafe().clone(); // every eleventh row has weight 0
        for (int i = 24; i < Math.min(32, rows); i++) {
            weights[i] = 0; // and a whole block
        }
        double[] classWeights = {0.5, 1.5};
        int m = features + 1;
        double[] scalarLower = new double[m * (m + 1) / 2];
        InformationMatrix.SCALAR.add(data.valuesUnsafe(), features, data.labelsUnsafe(), weights, classWeights,
                coefficients, -0.2, from, to, scalarLower);
        // the vector loop in two parts split inside a block, adding to what is there
        int middle = from + (to - from) / 2;
        double[] vectorLower = new double[scalarLower.length];
        vector.add(data.valuesUnsafe(), features, data.labelsUnsafe(), weights, classWeights, coefficients, -0.2,
                from, middle, vectorLower);
        vector.add(data.valuesUnsafe(), features, data.labelsUnsafe(), weights, classWeights, coefficients, -0.2,
                middle, to, vectorLower);
        for (int j = 0; j < m; j++) {
            for (int k = 0; k <= j; k++) {
                int at = j * (j + 1) / 2 + k;
                // |sum v x_j x_k| <= sqrt(I_jj I_kk), the scale of the rounding errors of both sums
                double scale = Math.sqrt(scalarLower[j * (j + 3) / 2] * scalarLower[k * (k + 3) / 2]);
                assertTrue(scale > 0, "a non-zero element " + j + ", " + k);
                assertEquals(scalarLower[at], vectorLower[at], 1e-13 * scale, "element " + j + ", " + k);
            }
        }
    }

    @ParameterizedTest(name = "{0} rows x {1} features")
    @CsvSource({"4103, 13", "2051, 1", "5000, 50", "777, 6", "6150, 20", "4100, 16"})
    void vectorStandardErrorsMatchTheScalarOnesForAnyThreads(int rows, int features) throws Exception {
        Dataset data = Generated.weightedBinary(rows, features, rows + features);
        double[] classWeights = {1, 2.5};
        LogisticModel model = LogisticRegressionTrainer.fit(data, TrainingConfig.builder().lambda(0)
                .classWeights(classWeights).build());
        InformationMatrix vector = SimdSupport.informationMatrix(true);
        assertTrue(vector != InformationMatrix.SCALAR, "the vector loop must load");
        CoefficientStatistics scalar = CoefficientStatistics.compute(data, model, classWeights,
                RowBlocks.sequential(rows), InformationMatrix.SCALAR).orElseThrow();
        CoefficientStatistics sequential = CoefficientStatistics.compute(data, model, classWeights,
                RowBlocks.sequential(rows), vector).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CoefficientStatistics parallel = CoefficientStatistics.compute(data, model, classWeights,
                    RowBlocks.parallel(rows, pool, 2), vector).orElseThrow();
            for (int j = 0; j <= features; j++) {
                double expected = scalar.standardError(j);
                assertTrue(expected > 0);
                assertEquals(expected, sequential.standardError(j), 1e-11 * expected, "coefficient " + j);
                assertEquals(sequential.standardError(j), parallel.standardError(j), 0.0, "threads, coefficient " + j);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRunComputesTheStandardErrorsWithTheLoopsOfItsFit() {
        Dataset large = Generated.weightedBinary((int) (SimdSupport.MIN_VALUES / 16) + 1, 16, 4);
        TrainingConfig config = TrainingConfig.builder().lambda(0).maxIterations(3).build();
        assertRunUses(SimdSupport.informationMatrix(true), InformationMatrix.SCALAR, large, config, "large data");
        assertRunUses(InformationMatrix.SCALAR, SimdSupport.informationMatrix(true), large,
                TrainingConfig.builder().lambda(0).maxIterations(3).scalarLoops(true).build(), "scalar loops asked for");
        assertRunUses(InformationMatrix.SCALAR, SimdSupport.informationMatrix(true), Generated.weightedBinary(3001, 16, 5), config,
                "small data");
    }

    /** Asserts that a run's standard errors are, bit for bit, those of the {@code expected} loop. */
    private static void assertRunUses(InformationMatrix expected, InformationMatrix other, Dataset data,
            TrainingConfig config, String message) {
        try (TrainingRun run = TrainingRun.start(data, config, TrainingListener.NONE)) {
            while (run.step()) {
                // to the limit
            }
            LogisticModel model = run.model();
            double[] ones = {1, 1};
            RowBlocks blocks = RowBlocks.sequential(data.rows());
            double[] fromRun = errors(run.coefficientStatistics(model).orElseThrow(), data.features());
            assertTrue(java.util.Arrays.equals(fromRun, errors(CoefficientStatistics.compute(data, model, ones,
                    blocks, expected).orElseThrow(), data.features())), message);
            assertTrue(!java.util.Arrays.equals(fromRun, errors(CoefficientStatistics.compute(data, model, ones,
                    blocks, other).orElseThrow(), data.features())), message + ": the loops round differently");
        }
    }

    private static double[] errors(CoefficientStatistics statistics, int features) {
        double[] errors = new double[features + 1];
        for (int j = 0; j <= features; j++) {
            errors[j] = statistics.standardError(j);
        }
        return errors;
    }
}
