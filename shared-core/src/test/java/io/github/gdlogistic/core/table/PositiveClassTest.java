package io.github.gdlogistic.core.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;

/**
 * The positive class of a binary problem can be chosen: it becomes model class 1, so the coefficients, the
 * threshold and threshold tuning refer to it, while probabilities stay in the host's class order and are the same.
 */
class PositiveClassTest {

    /** Diabetes: classes neg, pos (default positive: pos). Not separable, so lambda 0 has a finite optimum. */
    private static final RawTable DIABETES = Arff.table("diabetes.arff");

    private static TrainingConfig.Builder precise() {
        return TrainingConfig.builder().lambda(0).lossTolerance(0).gradientTolerance(1e-13).maxIterations(20000);
    }

    /**
     * Two overlapping classes, "benign" listed first, on two well-conditioned features, so that the optimum is
     * found to near machine precision (diabetes' optimum is known to about 1e-9 only).
     */
    private static RawTable overlapping() {
        RawTable.Builder table = RawTable.builder(
                List.of(AttributeSpec.numeric("size"), AttributeSpec.numeric("shape")), List.of("benign", "malignant"));
        for (int i = 0; i < 300; i++) {
            double size = Math.sin(i);
            double shape = Math.cos(1.7 * i);
            int malignant = size + 0.5 * shape + 0.8 * Math.sin(3.1 * i) > 0.2 ? 1 : 0;
            table.addRow(new double[] {size, shape}, malignant, 1);
        }
        return table.build();
    }

    @Test
    void firstClassAsPositiveGivesTheSameProbabilitiesAndNegatedCoefficients() {
        RawTable data = overlapping();
        TabularModel standard = TabularTrainer.fit(data, precise().build());
        TabularModel chosen = TabularTrainer.fit(data, precise().positiveClass("benign").build());
        assertEquals(Optional.of("malignant"), standard.positiveClass());
        assertEquals(Optional.of("benign"), chosen.positiveClass());
        assertEquals(List.of("benign", "malignant"), chosen.classValues(), "the host's class order stays");
        double[] raw = new double[2];
        for (int i = 0; i < data.rows(); i++) {
            data.copyRow(i, raw, 0);
            assertArrayEquals(standard.probabilities(raw), chosen.probabilities(raw), 1e-9, "row " + i);
            assertEquals(standard.predict(raw), chosen.predict(raw), "row " + i);
        }
        double[][] coefficients = standard.core().coefficients();
        double[][] negated = chosen.core().coefficients();
        for (int j = 0; j < coefficients[0].length; j++) {
            assertEquals(-coefficients[0][j], negated[0][j], 1e-8, "coefficient " + j);
        }
        assertEquals(-standard.core().intercepts()[0], chosen.core().intercepts()[0], 1e-8);
        assertEquals("benign", chosen.coefficientTable().get(0).className());
    }

    /** Diabetes (classes neg, pos) with a ridge, symmetric in the two classes: the same probabilities. */
    @Test
    void theSameOnDiabetesWithARidge() {
        TabularModel standard = TabularTrainer.fit(DIABETES, precise().lambda(0.01).build());
        TabularModel chosen = TabularTrainer.fit(DIABETES, precise().lambda(0.01).positiveClass("neg").build());
        double[] raw = new double[DIABETES.attributes().size()];
        for (int i = 0; i < DIABETES.rows(); i++) {
            DIABETES.copyRow(i, raw, 0);
            assertArrayEquals(standard.probabilities(raw), chosen.probabilities(raw), 1e-8, "row " + i);
            assertEquals(standard.predict(raw), chosen.predict(raw), "row " + i);
        }
    }

    /** The threshold applies to P(positive): 0.3 on P(neg) predicts neg where P(neg) >= 0.3. */
    @Test
    void thresholdAppliesToThePositiveClass() {
        TabularModel chosen = TabularTrainer.fit(DIABETES, TrainingConfig.builder().positiveClass("neg")
                .threshold(0.3).build());
        double[] raw = new double[DIABETES.attributes().size()];
        int negative = 0;
        for (int i = 0; i < DIABETES.rows(); i++) {
            DIABETES.copyRow(i, raw, 0);
            double pNeg = chosen.probabilities(raw)[0];
            int expected = pNeg >= 0.3 ? 0 : 1;
            assertEquals(expected, chosen.predict(raw), "row " + i + ", P(neg) = " + pNeg);
            negative += expected == 0 ? 1 : 0;
        }
        assertTrue(negative > 0 && negative < DIABETES.rows());
    }

    /** Tuning for F1 maximizes the F1 of the chosen class, not of the default one. */
    @Test
    void thresholdTuningForF1FollowsThePositiveClass() {
        TrainingConfig tuned = TrainingConfig.builder().thresholdMetric(ThresholdMetric.F1).build();
        TabularModel forPos = TabularTrainer.fit(DIABETES, tuned);
        TabularModel forNeg = TabularTrainer.fit(DIABETES, tuned.toBuilder().positiveClass("neg").build());
        assertNotEquals(forPos.threshold(), forNeg.threshold());
        assertTrue(f1(forNeg, 0) > f1(forPos, 0), "F1(neg): " + f1(forNeg, 0) + " vs " + f1(forPos, 0));
        assertTrue(f1(forPos, 1) > f1(forNeg, 1), "F1(pos): " + f1(forPos, 1) + " vs " + f1(forNeg, 1));
        assertTrue(forNeg.summary().contains("positive class 'neg' (chosen)"), forNeg::summary);
        assertTrue(forPos.summary().contains("positive class 'pos' (the second class value)"), forPos::summary);
    }

    @Test
    void aNameThatIsNotAClassValueIsRefusedWithTheClassValues() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TabularTrainer.fit(DIABETES, TrainingConfig.builder().positiveClass("tested_positive").build()));
        assertEquals("The positive class 'tested_positive' is not a class value; expected one of [neg, pos]",
                error.getMessage());
    }

    @Test
    void ignoredForMoreThanTwoClassesAndSaidSo() {
        RawTable iris = Arff.table("iris.arff");
        TabularModel standard = TabularTrainer.fit(iris, TrainingConfig.defaults());
        TabularModel chosen = TabularTrainer.fit(iris, TrainingConfig.builder().positiveClass("virginica").build());
        assertArrayEquals(standard.core().coefficients(), chosen.core().coefficients());
        assertTrue(chosen.summary().contains("the positive class 'virginica' is ignored: it applies to two classes "
                + "only"), chosen::summary);
    }

    @Test
    void savedAndLoadedModelKeepsThePositiveClass() throws Exception {
        TabularModel chosen = TabularTrainer.fit(DIABETES, TrainingConfig.builder().positiveClass("neg").build());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        ModelFiles.write(chosen, bytes);
        TabularModel loaded = ModelFiles.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "memory");
        assertEquals(Optional.of("neg"), loaded.positiveClass());
        assertEquals(Optional.of("neg"), loaded.core().config().positiveClass());
        double[] raw = new double[DIABETES.attributes().size()];
        DIABETES.copyRow(0, raw, 0);
        assertArrayEquals(chosen.probabilities(raw), loaded.probabilities(raw), 0);
    }

    /** F1 of one host class over the training rows, with the model's own threshold. */
    private static double f1(TabularModel model, int hostClass) {
        double[] raw = new double[DIABETES.attributes().size()];
        int truePositives = 0;
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < DIABETES.rows(); i++) {
            DIABETES.copyRow(i, raw, 0);
            boolean predictedClass = model.predict(raw) == hostClass;
            boolean actualClass = DIABETES.classIndex(i) == hostClass;
            truePositives += predictedClass && actualClass ? 1 : 0;
            predicted += predictedClass ? 1 : 0;
            actual += actualClass ? 1 : 0;
        }
        return 2.0 * truePositives / (predicted + actual);
    }

    @Test
    void choosingThePositiveClassDoesNotChangeWhichRowsAreHeldOut() {
        // the same rows held out either way: the accuracy curve is mirrored, so the tuned thresholds add up to 1
        RawTable cancer = Arff.table("breast-cancer-wisconsin-diagnostic.arff");
        TrainingConfig.Builder tuning = TrainingConfig.builder().lambda(0.01).thresholdMetric(ThresholdMetric.ACCURACY)
                .thresholdHoldout(0.3).seed(4);
        TabularModel first = TabularTrainer.fit(cancer, tuning.positiveClass(cancer.classValues().get(0)).build());
        TabularModel second = TabularTrainer.fit(cancer, tuning.positiveClass(cancer.classValues().get(1)).build());
        assertEquals(1.0, first.threshold() + second.threshold(), 1e-6);
        assertEquals(first.thresholdCurve().get().bestValue(), second.thresholdCurve().get().bestValue(), 1e-12);
        assertEquals(first.thresholdCurve().get().thresholds().length,
                second.thresholdCurve().get().thresholds().length);
    }
}
