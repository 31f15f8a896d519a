package io.github.gdlogistic.weka;

import io.github.gdlogistic.core.StopReason;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weka's Aggregateable: classifiers trained on parts of the data combined into one. */
class AggregationTest {

    private static GradientDescentLogistic trainedOn(Instances data, String... options) throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(options);
        classifier.buildClassifier(data);
        return classifier;
    }

    @Test
    void partsAreCombinedByTheirTrainingWeight() throws Exception {
        Instances data = TestData.load("diabetes");
        Instances most = data.trainCV(4, 0); // three quarters
        Instances rest = data.testCV(4, 0);  // one quarter
        GradientDescentLogistic first = trainedOn(most);
        GradientDescentLogistic second = trainedOn(rest);
        double[] a = first.fittedModel().core().coefficients()[0];
        double[] b = second.fittedModel().core().coefficients()[0];
        GradientDescentLogistic combined = trainedOn(most);
        combined.aggregate(second);
        combined.finalizeAggregation();
        double[] expected = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            expected[j] = (most.numInstances() * a[j] + rest.numInstances() * b[j]) / data.numInstances();
        }
        assertArrayEquals(expected, combined.fittedModel().core().coefficients()[0], 1e-12);
        assertEquals(StopReason.AGGREGATED, combined.fittedModel().report().stopReason());
        assertTrue(combined.toString().contains("Combined from models trained on parts"), combined.toString());
        // combined again with a third part, the first two count with their joint weight
        GradientDescentLogistic third = trainedOn(rest);
        combined.aggregate(third);
        combined.finalizeAggregation();
        double[] c = third.fittedModel().core().coefficients()[0];
        double[] twice = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            twice[j] = (data.numInstances() * expected[j] + rest.numInstances() * c[j])
                    / (data.numInstances() + rest.numInstances());
        }
        assertArrayEquals(twice, combined.fittedModel().core().coefficients()[0], 1e-12);
        double[] p = combined.distributionForInstance(data.instance(0));
        assertEquals(1.0, p[0] + p[1], 1e-12);
    }

    @Test
    void partsThatDoNotMatchAreRefused() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogistic first = trainedOn(data);
        IllegalArgumentException options = assertThrows(IllegalArgumentException.class,
                () -> first.aggregate(trainedOn(data, "-lambda", "0.1")));
        assertTrue(options.getMessage().contains("same configuration"), options.getMessage());
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> trainedOn(data).aggregate(trainedOn(TestData.load("breast-cancer-wisconsin-diagnostic"))));
        assertTrue(header.getMessage().contains("attribute"), header.getMessage());
        IllegalStateException untrained = assertThrows(IllegalStateException.class,
                () -> first.aggregate(new GradientDescentLogistic()));
        assertTrue(untrained.getMessage().contains("buildClassifier"), untrained.getMessage());
    }
}
