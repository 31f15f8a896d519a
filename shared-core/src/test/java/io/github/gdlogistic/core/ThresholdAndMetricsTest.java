package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.metrics.ConfusionMatrix;
import io.github.gdlogistic.core.metrics.Metrics;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.metrics.ThresholdTuner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Threshold sweep and metrics on examples small enough to check by hand. */
class ThresholdAndMetricsTest {

    // Scores sorted: 0.9(+) 0.8(+) 0.7(-) 0.6(+) 0.4(-) 0.3(+) 0.2(-) 0.1(-)
    private static final double[] SCORES = {0.9, 0.1, 0.8, 0.3, 0.7, 0.2, 0.6, 0.4};
    private static final boolean[] POSITIVE = {true, false, true, true, false, false, true, false};

    @Test
    void accuracySweepByHand() {
        ThresholdCurve curve = ThresholdTuner.tune(SCORES, POSITIVE, null, ThresholdMetric.ACCURACY, false);
        // Cuts (predict positive when score >= threshold), lowest threshold first:
        // all positive 4/8; above 0.1: 5/8; above 0.2: 6/8; above 0.3: 5/8; above 0.4: 6/8; above 0.6: 5/8;
        // above 0.7: 6/8; above 0.8: 5/8; nothing positive: 4/8.
        assertArrayEquals(new double[] {0.05, 0.15, 0.25, 0.35, 0.5, 0.65, 0.75, 0.85, 0.95}, curve.thresholds(),
                1e-12);
        assertArrayEquals(new double[] {4, 5, 6, 5, 6, 5, 6, 5, 4}, scale(curve.values(), 8), 1e-12);
        // Ties at 6/8 (0.25, 0.5, 0.75): the one nearest 0.5 wins.
        assertEquals(0.5, curve.bestThreshold(), 1e-12);
        assertEquals(0.75, curve.bestValue(), 1e-12);
    }

    @Test
    void f1AndMccSweepsByHand() {
        ThresholdCurve f1 = ThresholdTuner.tune(SCORES, POSITIVE, null, ThresholdMetric.F1, false);
        // Threshold 0.25: TP 4, FP 2, FN 0 -> F1 = 8 / 10; the best of all cuts.
        assertEquals(0.25, f1.bestThreshold(), 1e-12);
        assertEquals(0.8, f1.bestValue(), 1e-12);
        ThresholdCurve mcc = ThresholdTuner.tune(SCORES, POSITIVE, null, ThresholdMetric.MCC, false);
        // MCC at 0.5 (TP 3, FP 1, TN 3, FN 1) = (9 - 1) / sqrt(4 * 4 * 4 * 4) = 0.5; at 0.25 and 0.75 it is
        // (4*2 - 2*0) / sqrt(6*4*4*2) = 0.577 and (2*4 - 0*2) / sqrt(2*4*4*6) = 0.577.
        assertEquals(8 / Math.sqrt(192), mcc.bestValue(), 1e-12);
        assertTrue(mcc.bestThreshold() == 0.25 || mcc.bestThreshold() == 0.75);
    }

    @Test
    void weightsCountInTheSweep() {
        double[] weights = {1, 1, 1, 1, 1, 1, 1, 10};
        // The negative at 0.4 now weighs 10: every threshold above 0.4 gains 10 true negatives.
        ThresholdCurve curve = ThresholdTuner.tune(SCORES, POSITIVE, weights, ThresholdMetric.ACCURACY, false);
        assertEquals(0.5, curve.bestThreshold(), 1e-12);
        assertEquals(15.0 / 17, curve.bestValue(), 1e-12);
    }

    @Test
    void trainerTunesTheThresholdAndPredictsWithIt() {
        Dataset diabetes = Arff.numeric("diabetes.arff");
        LogisticModel model = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.builder()
                .thresholdMetric(ThresholdMetric.BALANCED_ACCURACY).build());
        ThresholdCurve curve = model.thresholdCurve().orElseThrow();
        assertEquals(curve.bestThreshold(), model.threshold(), 0.0);
        assertTrue(model.threshold() < 0.5, "balancing a 35% minority lowers the threshold: " + model.threshold());
        // The reported best value is what the model's own predictions give on the training data.
        int[] predicted = new int[diabetes.rows()];
        for (int i = 0; i < diabetes.rows(); i++) {
            predicted[i] = model.predict(diabetes.row(i));
        }
        ConfusionMatrix matrix = ConfusionMatrix.of(diabetes.labelsUnsafe(), predicted, null, 2);
        assertEquals(curve.bestValue(), (matrix.recall(0) + matrix.recall(1)) / 2, 1e-12);
        LogisticModel heldOut = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.builder()
                .thresholdMetric(ThresholdMetric.F1).thresholdHoldout(0.3).build());
        assertTrue(heldOut.thresholdCurve().orElseThrow().heldOut());
        assertEquals(heldOut.thresholdCurve().get().bestThreshold(), heldOut.threshold(), 0.0);
        // The final model is refitted on all rows: same coefficients as an untuned fit.
        LogisticModel untuned = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.defaults());
        assertArrayEquals(untuned.coefficients()[0], heldOut.coefficients()[0], 0.0);
    }

    @Test
    void confusionMatrixAndDerivedMetrics() {
        ConfusionMatrix m = ConfusionMatrix.of(new int[] {0, 0, 1, 1, 1, 2}, new int[] {0, 1, 1, 1, 0, 2}, null, 3);
        assertEquals(4.0 / 6, m.accuracy(), 1e-12);
        assertEquals(2.0 / 3, m.precision(1), 1e-12);
        assertEquals(2.0 / 3, m.recall(1), 1e-12);
        assertEquals(2.0 / 3, m.f1(1), 1e-12);
        assertEquals(0.5, m.precision(0), 1e-12);
        assertEquals(1.0, m.f1(2), 1e-12);
        assertEquals(1.0, m.count(1, 0), 0.0);
    }

    @Test
    void logLossAndAucByHand() {
        double[] probabilities = {0.8, 0.2, 0.4, 0.6, 0.5, 0.5};
        int[] actual = {0, 1, 1};
        assertEquals(-(Math.log(0.8) + Math.log(0.6) + Math.log(0.5)) / 3,
                Metrics.logLoss(probabilities, actual, null), 1e-12);
        // Positives {0.9, 0.8, 0.6, 0.3} vs negatives {0.7, 0.4, 0.2, 0.1}: 4 + 4 + 3 + 2 = 13 of 16 pairs ordered.
        assertEquals(13.0 / 16, Metrics.rocAuc(SCORES, POSITIVE, null), 1e-12);
        assertEquals(0.5, Metrics.rocAuc(new double[] {0.3, 0.3}, new boolean[] {true, false}, null), 1e-12);
    }

    private static double[] scale(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }
}
