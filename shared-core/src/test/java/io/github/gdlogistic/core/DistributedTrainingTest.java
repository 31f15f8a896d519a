package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.DataSummary;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.SimdSupport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Training on data split into parts (as a distributed host holds them) reaches the optimum of training on all rows
 * in memory, and the same parts give the same model bit for bit.
 */
class DistributedTrainingTest {

    private static final Dataset WINE = Arff.numeric("wine.arff");
    private static final Dataset CANCER = Arff.numeric("breast-cancer-wisconsin-diagnostic.arff");

    /** The parts of {@code data}: consecutive rows, cut at the given fractions. */
    private static List<Dataset> split(Dataset data, int parts) {
        List<Dataset> result = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) data.rows() * p / parts);
            int to = (int) ((long) data.rows() * (p + 1) / parts);
            result.add(data.subset(IntStream.range(from, to).toArray()));
        }
        return result;
    }

    private static LogisticModel distributed(List<Dataset> parts, TrainingConfig config) {
        DataSummary summary = DataSummary.empty(parts.get(0).features(), parts.get(0).numClasses());
        for (Dataset part : parts) {
            summary = summary.plus(DataSummary.of(part));
        }
        double[] classWeights = LogisticRegressionTrainer.effectiveClassWeights(summary.classTotals(),
                c -> "class " + c, config);
        List<LogLossObjective> objectives = new ArrayList<>();
        for (Dataset part : parts) {
            objectives.add(DistributedTraining.partObjective(part, classWeights, config, summary.rows()));
        }
        return DistributedTraining.fit(summary, classWeights, config, (raw, gradient) -> {
            java.util.Arrays.fill(gradient, 0.0);
            double loss = 0;
            double[] partial = new double[gradient.length];
            for (LogLossObjective objective : objectives) {
                loss += objective.sums(raw, partial);
                for (int k = 0; k < gradient.length; k++) {
                    gradient[k] += partial[k];
                }
            }
            return loss;
        }, TrainingListener.NONE);
    }

    private static void assertSameOptimum(Dataset data, TrainingConfig config, int parts) {
        LogisticModel expected = LogisticRegressionTrainer.fit(data, config);
        LogisticModel actual = distributed(split(data, parts), config);
        String what = parts + " parts, " + config;
        assertTrue(actual.report().converged(), what + ": " + actual.report().message());
        double loss = expected.report().finalLoss();
        assertEquals(loss, actual.report().finalLoss(), 1e-9 * loss, what);
        // in the units the solver works in (standardized features): its gradient tolerance bounds the parameters'
        // error there, while a raw coefficient multiplies that error by 1 / (the feature's spread), 30 for some of
        // the cancer data's features, where a change of the standardization in the last bits moves it by 1e-6
        double[][] expectedCoefficients = expected.standardizedCoefficients();
        double[][] actualCoefficients = actual.standardizedCoefficients();
        for (int c = 0; c < expectedCoefficients.length; c++) {
            for (int j = 0; j < data.features(); j++) {
                assertClose(expectedCoefficients[c][j], actualCoefficients[c][j], what + ", vector " + c
                        + ", standardized coefficient " + j);
            }
            assertClose(expected.standardizedIntercepts()[c], actual.standardizedIntercepts()[c],
                    what + ", intercept " + c);
        }
    }

    /** Coefficients agree to 1e-6, relative to their size when that is above 1 (raw units can be large). */
    static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-6 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void partsRunTheLoopsTheWholeDataCallFor() {
        // a small part of large data runs the vector loops (every part's loops run on each evaluation of the
        // whole), a part of small data the scalar ones, and the scalar loops when the configuration asks for them
        double[] classWeights = {1, 1, 1}; // wine: 3 classes
        long large = SimdSupport.MIN_VALUES / WINE.features() + 1;
        assertTrue(SimdSupport.enabled(), "the test JVM runs with the vector module");
        assertTrue(DistributedTraining.partObjective(WINE, classWeights, TrainingConfig.defaults(), large)
                .usesVectorLoops());
        assertFalse(DistributedTraining.partObjective(WINE, classWeights, TrainingConfig.defaults(), WINE.rows())
                .usesVectorLoops());
        assertFalse(DistributedTraining.partObjective(WINE, classWeights,
                TrainingConfig.builder().scalarLoops(true).build(), large).usesVectorLoops());
    }

    @Test
    void partsReachTheInMemoryOptimum() {
        TrainingConfig tight = TrainingConfig.builder().gradientTolerance(1e-10).lossTolerance(0).build();
        for (int parts : new int[] {1, 3, 7}) {
            assertSameOptimum(CANCER, tight.toBuilder().lambda(1e-3).build(), parts);
            assertSameOptimum(WINE, tight.toBuilder().lambda(1e-2).alpha(0.5).build(), parts);
            assertSameOptimum(CANCER, tight.toBuilder().lambda(1e-3).classWeighting(ClassWeighting.BALANCED).build(), parts);
        }
    }

    @Test
    void samePartsGiveTheSameModelBitForBit() {
        TrainingConfig config = TrainingConfig.builder().lambda(1e-3).build();
        LogisticModel first = distributed(split(WINE, 4), config);
        LogisticModel second = distributed(split(WINE, 4), config);
        for (int c = 0; c < first.coefficients().length; c++) {
            assertArrayEquals(first.coefficients()[c], second.coefficients()[c], 0.0);
        }
        assertEquals(first.report().lossHistory().size(), second.report().lossHistory().size());
        for (int k = 0; k < first.report().lossHistory().size(); k++) {
            assertEquals(first.report().lossHistory().get(k).loss(), second.report().lossHistory().get(k).loss(),
                    0.0, "iteration " + k);
        }
        assertTrue(first.report().lossHistory().size() > 2);
    }

    @Test
    void combinedSummaryGivesTheInMemoryScaling() {
        FeatureScaling expected = FeatureScaling.standardizing(WINE);
        DataSummary summary = DataSummary.empty(WINE.features(), WINE.numClasses());
        for (Dataset part : split(WINE, 5)) {
            summary = summary.plus(DataSummary.of(part));
        }
        FeatureScaling actual = summary.scaling(true, true);
        assertArrayEquals(expected.means(), actual.means(), 1e-12 * 1000);
        for (int j = 0; j < WINE.features(); j++) {
            assertEquals(expected.scale(j), actual.scale(j), 1e-12 * expected.scale(j), "feature " + j);
        }
        assertArrayEquals(WINE.classWeightTotals(), summary.classTotals(), 0.0);
        assertEquals(WINE.rows(), summary.rows());
    }

    @Test
    void optionsThatNeedTheRowsAreRefused() {
        TrainingConfig tuned = TrainingConfig.builder().thresholdMetric(ThresholdMetric.F1).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DistributedTraining.requireSupported(tuned, 100));
        assertTrue(e.getMessage().contains("f1"), e.getMessage());
        TrainingConfig sgd = TrainingConfig.builder().solver(Solver.SGD).miniBatchSize(10).build();
        e = assertThrows(IllegalArgumentException.class, () -> DistributedTraining.requireSupported(sgd, 100));
        assertTrue(e.getMessage().contains("'sgd'"), e.getMessage());
        DistributedTraining.requireSupported(sgd.toBuilder().miniBatchSize(100).build(), 100);
    }
}
