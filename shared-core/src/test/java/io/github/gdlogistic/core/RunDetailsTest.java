package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.objective.SimdSupport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of a run that the reference tests do not reach: history sampling, advice, threads, statistics. */
class RunDetailsTest {

    private static final Dataset CANCER = Arff.numeric("breast-cancer-wisconsin-diagnostic.arff");

    @Test
    void longLearningCurvesAreSampledEvenlyFromStartToEnd() {
        LogisticModel model = LogisticRegressionTrainer.fit(CANCER, TrainingConfig.builder().solver(Solver.GD)
                .learningRate(1e-3).maxIterations(4500).lossTolerance(0).gradientTolerance(0).build());
        List<LossPoint> history = model.report().lossHistory();
        assertEquals(TrainingReport.MAX_HISTORY_POINTS, history.size());
        assertEquals(0, history.get(0).iteration());
        assertEquals(4500, history.get(history.size() - 1).iteration());
        assertEquals(model.report().finalLoss(), history.get(history.size() - 1).loss(), 0.0);
        for (int k = 1; k < history.size(); k++) {
            int gap = history.get(k).iteration() - history.get(k - 1).iteration();
            assertTrue(gap == 2 || gap == 3, "gap " + gap + " at " + k);
            assertTrue(history.get(k).loss() <= history.get(k - 1).loss());
        }
        LogisticModel shorter = LogisticRegressionTrainer.fit(CANCER, TrainingConfig.builder().solver(Solver.GD)
                .learningRate(1e-3).maxIterations(7).build());
        assertEquals(8, shorter.report().lossHistory().size());
        assertEquals(7, shorter.report().lossHistory().get(7).iteration());
    }

    @Test
    void divergenceAdviceAccountsForMomentum() {
        java.util.function.Function<Solver, Double> suggested = solver -> {
            TrainingDivergedException e = org.junit.jupiter.api.Assertions.assertThrows(
                    TrainingDivergedException.class, () -> LogisticRegressionTrainer.fit(CANCER, TrainingConfig
                            .builder().solver(solver).learningRate(500).momentum(0.75).miniBatchSize(10_000)
                            .lambda(0.01).build()));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("rate of about ([0-9.e+-]+)")
                    .matcher(e.getMessage());
            assertTrue(m.find(), e.getMessage());
            assertTrue(e.getMessage().startsWith("Training diverged with solver '" + solver.optionName()
                    + "' and learning rate 500.0: the loss went 0.6931 -> "), e.getMessage());
            return Double.parseDouble(m.group(1));
        };
        double plain = suggested.apply(Solver.GD);
        assertEquals(plain * (1 - 0.75), suggested.apply(Solver.MOMENTUM), 1e-3 * plain);
        assertEquals(plain * (1 - 0.75), suggested.apply(Solver.NESTEROV), 1e-3 * plain);
        TrainingDivergedException adam = org.junit.jupiter.api.Assertions.assertThrows(
                TrainingDivergedException.class, () -> LogisticRegressionTrainer.fit(CANCER, TrainingConfig.builder()
                        .solver(Solver.ADAM).learningRate(1e4).standardize(false).maxIterations(50).build()));
        assertTrue(adam.getMessage().contains("Adam usually works with 0.001 to 0.1"), adam.getMessage());
    }

    @Test
    void threadsAreOnlyUsedWhereThereAreBlocksAndWorkToShare() {
        int block = RowBlocks.BLOCK_ROWS;
        int wide = 10_000; // so much work per row that only the blocks limit the threads
        assertEquals(1, LogisticRegressionTrainer.workerThreads(4, block, wide));
        assertEquals(1, LogisticRegressionTrainer.workerThreads(4, 3 * block, wide));
        assertEquals(2, LogisticRegressionTrainer.workerThreads(4, 4 * block, wide));
        assertEquals(2, LogisticRegressionTrainer.workerThreads(2, 100 * block, wide));
        assertEquals(1, LogisticRegressionTrainer.workerThreads(1, 100 * block, wide));
        assertEquals(Math.min(Runtime.getRuntime().availableProcessors(), 50),
                LogisticRegressionTrainer.workerThreads(0, 100 * block, wide));
        // automatic: as far as the work pays; 10^5 rows of 20 features (21 coefficients, binary) stay on one
        // thread, 2 * 10^5 rows get up to two, 10^5 rows of 50 features with 10 classes (510 per row) up to 24
        int processors = Runtime.getRuntime().availableProcessors();
        assertEquals(1, LogisticRegressionTrainer.workerThreads(0, 10_000, 21));
        assertEquals(1, LogisticRegressionTrainer.workerThreads(0, 100_000, 21));
        assertEquals(Math.min(processors, 2), LogisticRegressionTrainer.workerThreads(0, 200_000, 21));
        assertEquals(Math.min(processors, 24), LogisticRegressionTrainer.workerThreads(0, 100_000, 510));
        // a configured number is used as far as there are blocks, whatever the work
        assertEquals(2, LogisticRegressionTrainer.workerThreads(2, 10_000, 21));
    }

    @Test
    void solversSayWhatTheyUse() {
        assertFalse(Solver.AUTO.usesLearningRate());
        assertFalse(Solver.AUTO.usesMiniBatches());
        assertTrue(Solver.GD.usesLearningRate());
        assertFalse(Solver.GD.usesMiniBatches());
        for (Solver solver : new Solver[] {Solver.SGD, Solver.MOMENTUM, Solver.NESTEROV, Solver.ADAM}) {
            assertTrue(solver.usesLearningRate() && solver.usesMiniBatches(), solver.toString());
        }
    }

    @Test
    void oddsRatiosAreTheExponentialsOfTheCoefficients() {
        LogisticModel model = LogisticRegressionTrainer.fit(Arff.numeric("iris.arff"), TrainingConfig.defaults());
        double[][] odds = model.oddsRatios();
        double[][] coefficients = model.coefficients();
        assertEquals(3, odds.length);
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < coefficients[c].length; j++) {
                assertEquals(Math.exp(coefficients[c][j]), odds[c][j], 0.0);
            }
        }
    }

    @Test
    void waldStandardErrorsDoNotDependOnTheThreads() throws Exception {
        int rows = 5000;
        int features = 6;
        java.util.Random random = new java.util.Random(3);
        double[] values = new double[rows * features];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            double z = 0;
            for (int j = 0; j < features; j++) {
                values[i * features + j] = random.nextGaussian();
                z += (j - 2.5) * 0.4 * values[i * features + j];
            }
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        Dataset data = Dataset.fromRowMajor(values, rows, features, labels, null, 2);
        LogisticModel model = LogisticRegressionTrainer.fit(data, TrainingConfig.builder().lambda(0).build());
        CoefficientStatistics sequential = CoefficientStatistics.compute(data, model, new double[] {1, 1}).get();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            CoefficientStatistics parallel = CoefficientStatistics.compute(data, model, new double[] {1, 1},
                    RowBlocks.parallel(rows, pool, 2)).get();
            for (int j = 0; j <= features; j++) {
                assertTrue(sequential.standardError(j) > 0);
                assertEquals(sequential.standardError(j), parallel.standardError(j), 0.0);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void waldStandardErrorsAreTheInverseInformationDiagonal() {
        Dataset diabetes = Arff.numeric("diabetes.arff");
        LogisticModel model = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.builder().lambda(0).build());
        Optional<CoefficientStatistics> statistics = CoefficientStatistics.compute(diabetes, model,
                new double[] {1, 1});
        assertTrue(statistics.isPresent());
        assertIndependentlyConfirmed(diabetes, model, new double[] {1, 1}, statistics.get());
        assertIndependentlyConfirmed(diabetes, model, new double[] {1, 1}, CoefficientStatistics.compute(diabetes,
                model, new double[] {1, 1}, RowBlocks.sequential(diabetes.rows()), SimdSupport.informationMatrix(true))
                .get());
        assertEquals(Optional.empty(), CoefficientStatistics.compute(Arff.numeric("iris.arff"),
                LogisticRegressionTrainer.fit(Arff.numeric("iris.arff"), TrainingConfig.defaults()),
                new double[] {1, 1, 1}), "multinomial models have no Wald statistics here");
        assertEquals(1.0, CoefficientStatistics.pValue(0, 1), 1e-7);
        assertEquals(0.0455, CoefficientStatistics.pValue(2, 1), 1e-4);
        assertEquals(2 - CoefficientStatistics.erfc(0.5), CoefficientStatistics.erfc(-0.5), 1e-15);
    }

    @Test
    void waldStandardErrorsWeighRowsAndClassesOverPartialBlocks() {
        // 4103 rows (a last chunk and a last block only partly filled; over two threads the ranges 0-2048,
        // 2048-4096 and 4096-4103), 13 features (the intercept's column and two zero columns fill a 4 x 4 tile),
        // rows of weight 0 and a heavier class
        int rows = 4103;
        Dataset data = Generated.weightedBinary(rows, 13, 11);
        double[] classWeights = {1, 2.5};
        LogisticModel model = LogisticRegressionTrainer.fit(data, TrainingConfig.builder().lambda(0)
                .classWeights(classWeights).build());
        assertIndependentlyConfirmed(data, model, classWeights,
                CoefficientStatistics.compute(data, model, classWeights).get());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            assertIndependentlyConfirmed(data, model, classWeights, CoefficientStatistics.compute(data, model,
                    classWeights, RowBlocks.parallel(rows, pool, 2)).get());
            // the vector loop, where the runtime has it (the tests run with the vector module)
            assertIndependentlyConfirmed(data, model, classWeights, CoefficientStatistics.compute(data, model,
                    classWeights, RowBlocks.parallel(rows, pool, 2), SimdSupport.informationMatrix(true)).get());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Checks the standard errors against an independent computation: the information matrix {@code X'WX} with an
     * intercept column, row by row, inverted by Gauss-Jordan elimination.
     */
    private static void assertIndependentlyConfirmed(Dataset data, LogisticModel model, double[] classWeights,
            CoefficientStatistics statistics) {
        int d = data.features();
        int m = d + 1;
        double[][] a = new double[m][2 * m];
        for (int i = 0; i < data.rows(); i++) {
            double[] row = java.util.Arrays.copyOf(data.row(i), m);
            row[d] = 1;
            double p = model.probabilities(data.row(i))[1];
            double s = data.weight(i) * classWeights[data.label(i)];
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < m; k++) {
                    a[j][k] += s * p * (1 - p) * row[j] * row[k];
                }
            }
        }
        for (int j = 0; j < m; j++) {
            a[j][m + j] = 1;
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double divisor = a[col][col];
            for (int k = 0; k < 2 * m; k++) {
                a[col][k] /= divisor;
            }
            for (int r = 0; r < m; r++) {
                if (r != col) {
                    double factor = a[r][col];
                    for (int k = 0; k < 2 * m; k++) {
                        a[r][k] -= factor * a[col][k];
                    }
                }
            }
        }
        for (int j = 0; j < m; j++) {
            double expected = Math.sqrt(a[j][m + j]);
            assertEquals(expected, statistics.standardError(j), 1e-9 * expected, "coefficient " + j);
        }
    }

    @Test
    void aHoldoutTakesItsFractionOfEveryClass() {
        // 30 negatives and 10 positives, hold-out 0.5: the curve is built on 15 + 5 rows (21 cut points at most)
        double[][] x = new double[40][];
        int[] labels = new int[40];
        for (int i = 0; i < 40; i++) {
            labels[i] = i < 30 ? 0 : 1;
            x[i] = new double[] {i + 0.01 * (i % 7), (i * 37 % 11) / 11.0};
        }
        LogisticModel model = LogisticRegressionTrainer.fit(Dataset.of(x, labels, 2), TrainingConfig.builder()
                .thresholdMetric(ThresholdMetric.ACCURACY).thresholdHoldout(0.5).build());
        ThresholdCurve curve = model.thresholdCurve().orElseThrow();
        assertTrue(curve.heldOut());
        assertEquals(21, curve.thresholds().length, "one cut before, between and after 20 distinct scores");
        assertEquals(curve.bestThreshold(), model.threshold(), 0.0);
    }

    @Test
    void listenersAreToldTheExtendedLimit() {
        int[] lastLimit = {0};
        TrainingListener listener = (iteration, maxIterations, loss) -> lastLimit[0] = maxIterations;
        try (TrainingRun run = TrainingRun.start(CANCER, TrainingConfig.builder().maxIterations(2).build(), listener)) {
            while (run.step()) {
                // to the limit of 2
            }
            assertEquals(2, lastLimit[0]);
            assertTrue(run.extendTo(5));
            run.step();
            assertEquals(5, lastLimit[0]);
        }
    }

    @Test
    void aFinishedRunIsTunedAndAnExtendedOneGoesOn() {
        TrainingConfig config = TrainingConfig.builder().thresholdMetric(ThresholdMetric.F1).maxIterations(3).build();
        try (TrainingRun run = TrainingRun.start(CANCER, config, TrainingListener.NONE)) {
            assertTrue(run.step());
            assertFalse(run.model().thresholdCurve().isPresent(), "no tuning while the run goes on");
            run.finish();
            assertTrue(run.model().thresholdCurve().isPresent(), "a finished run is tuned");
            assertEquals(StopReason.NOT_FINISHED, run.model().report().stopReason());
            assertTrue(run.step());
            assertFalse(run.model().thresholdCurve().isPresent(), "a step makes it a running model again");
            assertFalse(run.step(), "the limit of 3 is reached");
            assertEquals(StopReason.MAX_ITERATIONS, run.model().report().stopReason());
            assertFalse(run.extendTo(3), "a limit that is not higher does not open the run");
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> run.extendTo(0));
            assertTrue(run.extendTo(10));
            assertFalse(run.model().thresholdCurve().isPresent());
            int steps = 0;
            while (run.step()) {
                steps++;
            }
            assertEquals(10, run.iterations());
            assertEquals(6, steps);
            assertArrayEquals(LogisticRegressionTrainer.fit(CANCER, config.toBuilder().maxIterations(10).build())
                    .coefficients()[0], run.model().coefficients()[0], 0.0);
        }
    }
}
