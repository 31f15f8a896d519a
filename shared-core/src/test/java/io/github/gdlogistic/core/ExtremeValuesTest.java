package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finite but extreme inputs: the scaling statistics, training and prediction stay finite and correct. */
class ExtremeValuesTest {

    /** Column 0 separates the classes (scaled by {@code unit}); column 1 is noise of ordinary size. */
    private static Dataset separatedByHugeColumn(double unit, int rows) {
        SplittableRandom random = new SplittableRandom(7);
        double[][] x = new double[rows][];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % 2;
            double signal = (labels[i] == 1 ? 1 : -1) * (1 + random.nextDouble());
            x[i] = new double[] {signal * unit, random.nextDouble(-1, 1)};
        }
        return Dataset.of(x, labels, 2);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e150, 1e154, 1e160, 1e200, 1e300, 1e-150, 1e-300})
    void hugeColumnIsUsedAndTheModelSeparatesTheClasses(double unit) {
        Dataset data = separatedByHugeColumn(unit, 200);
        LogisticModel model = LogisticRegressionTrainer.fit(data, TrainingConfig.defaults());
        TrainingReport report = model.report();
        assertTrue(report.converged(), report.message());
        assertTrue(model.standardizedCoefficients()[0][0] > 1, "huge column dropped: " + report.message());
        int correct = 0;
        for (int i = 0; i < data.rows(); i++) {
            double[] p = model.probabilities(data.row(i));
            assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]), java.util.Arrays.toString(p));
            correct += model.predict(data.row(i)) == data.label(i) ? 1 : 0;
        }
        assertEquals(data.rows(), correct, report.message());
    }

    @Test
    void valuesWhoseSumsWouldOverflowAreRefusedWithAdvice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogisticRegressionTrainer.fit(separatedByHugeColumn(1e307, 200), TrainingConfig.defaults()));
        assertTrue(e.getMessage().startsWith("Feature 0 has values of magnitude about 1.5"), e.getMessage());
        assertTrue(e.getMessage().contains("divide the feature"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-300, 1e-150, 1e150, 1e300})
    void scalingStatisticsAreExactlyScaledWithTheUnit(double unit) {
        // multiplying a column by a power of two scales its mean and deviation exactly by it
        double power = Math.scalb(1.0, Math.getExponent(unit));
        Dataset ordinary = separatedByHugeColumn(1, 300);
        Dataset extreme = separatedByHugeColumn(power, 300);
        for (boolean intercept : new boolean[] {true, false}) {
            FeatureScaling a = intercept ? FeatureScaling.standardizing(ordinary) : FeatureScaling.scalingOnly(ordinary);
            FeatureScaling b = intercept ? FeatureScaling.standardizing(extreme) : FeatureScaling.scalingOnly(extreme);
            assertEquals(a.mean(0) * power, b.mean(0), 1e-12 * Math.abs(a.mean(0) * power) + 1e-12 * power);
            assertEquals(a.scale(0) * power, b.scale(0), 1e-12 * a.scale(0) * power);
            assertEquals(a.scale(1), b.scale(1));
        }
    }

    @Test
    void withoutInterceptOnlyConstantColumnsAreScaledByTheirValue() {
        // column 0 has standard deviation exactly 1 (mean 2): it is not constant and keeps its deviation
        double[][] x = {{1, 5}, {3, 5}, {1, 5}, {3, 5}};
        FeatureScaling scaling = FeatureScaling.scalingOnly(Dataset.of(x, new int[] {0, 1, 0, 1}, 2));
        assertEquals(1.0, scaling.scale(0), 0.0);
        assertEquals(5.0, scaling.scale(1), 0.0, "a constant column is scaled by its root mean square");
        assertEquals(0.0, scaling.mean(0), 0.0);
    }

    @Test
    void aConstantColumnStaysConstantAtEveryMagnitude() {
        for (double value : new double[] {0, 1e-300, 3, 1e300, -1e300}) {
            double[][] x = {{value, 1}, {value, 2}, {value, 3}};
            FeatureScaling scaling = FeatureScaling.standardizing(Dataset.of(x, new int[] {0, 1, 0}, 2));
            assertEquals(value, scaling.mean(0), 0.0, "mean of constant " + value);
            assertEquals(1.0, scaling.scale(0), 0.0, "scale of constant " + value);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-300, 1e-150, 1e150, 1e300})
    void extremeUnitsGiveTheSameStandardizedModelAsOrdinaryOnes(double unit) {
        LogisticModel ordinary = LogisticRegressionTrainer.fit(separatedByHugeColumn(1, 200),
                TrainingConfig.defaults());
        LogisticModel extreme = LogisticRegressionTrainer.fit(separatedByHugeColumn(unit, 200),
                TrainingConfig.defaults());
        assertEquals(ordinary.standardizedCoefficients()[0][0], extreme.standardizedCoefficients()[0][0],
                1e-6 * Math.abs(ordinary.standardizedCoefficients()[0][0]));
        assertEquals(ordinary.report().finalLoss(), extreme.report().finalLoss(), 1e-9);
    }

    @Test
    void everyFiniteInputGivesFiniteProbabilitiesSummingToOne() {
        Dataset iris = Arff.numeric("iris.arff");
        Dataset cancer = Arff.numeric("breast-cancer-wisconsin-diagnostic.arff");
        for (Dataset data : new Dataset[] {iris, cancer}) {
            LogisticModel model = LogisticRegressionTrainer.fit(data, TrainingConfig.defaults());
            int d = data.features();
            double[][] rows = new double[6][d];
            java.util.Arrays.fill(rows[0], 1e308);
            java.util.Arrays.fill(rows[1], -Double.MAX_VALUE);
            for (int j = 0; j < d; j++) {
                rows[2][j] = j % 2 == 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
                rows[3][j] = j % 3 == 0 ? 1e300 : -1e-300;
                rows[4][j] = Double.MIN_VALUE * j;
            }
            rows[5] = data.row(0);
            double[] all = new double[rows.length * d];
            for (int r = 0; r < rows.length; r++) {
                System.arraycopy(rows[r], 0, all, r * d, d);
            }
            double[] batch = model.probabilities(all, rows.length);
            for (int r = 0; r < rows.length; r++) {
                double[] p = model.probabilities(rows[r]);
                double sum = 0;
                for (int c = 0; c < p.length; c++) {
                    assertTrue(p[c] >= 0 && p[c] <= 1, "row " + r + ": " + java.util.Arrays.toString(p));
                    assertEquals(p[c], batch[r * p.length + c], 0.0);
                    sum += p[c];
                }
                assertEquals(1.0, sum, 1e-12, "row " + r + ": " + java.util.Arrays.toString(p));
            }
        }
    }

    @Test
    void hugeInputsPickTheClassWhoseScoreGrowsFastest() {
        // two classes far apart on one feature: a value far out on either side must go to that side's class
        double[][] x = {{-1}, {-2}, {-3}, {1}, {2}, {3}, {10}, {11}, {12}};
        int[] labels = {0, 0, 0, 1, 1, 1, 2, 2, 2};
        LogisticModel model = LogisticRegressionTrainer.fit(Dataset.of(x, labels, 3), TrainingConfig.defaults());
        assertEquals(2, model.predict(new double[] {1e308}));
        assertEquals(0, model.predict(new double[] {-1e308}));
        assertEquals(1.0, model.probabilities(new double[] {Double.MAX_VALUE})[2], 0.0);
    }
}
