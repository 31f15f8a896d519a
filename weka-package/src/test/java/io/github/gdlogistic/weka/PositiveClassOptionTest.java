package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;
import weka.core.Utils;

/**
 * {@code -positive-class}: which class value a binary model describes. The distribution keeps the header's class
 * order; only the model's orientation (coefficient signs, what the threshold applies to) changes.
 */
class PositiveClassOptionTest {

    /** Lambda 0.01 (the ridge treats both classes alike) and a tight gradient tolerance. */
    private static final String PRECISE = "-lambda 0.01 -tolerance 0 -gradient-tolerance 1e-13 -max-iterations 20000";

    private static GradientDescentLogistic trained(String options, Instances data) throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions(options));
        classifier.buildClassifier(data);
        return classifier;
    }

    @Test
    void firstClassValueAsPositiveGivesTheSameDistribution() throws Exception {
        Instances diabetes = TestData.load("diabetes"); // classes neg, pos
        GradientDescentLogistic standard = trained(PRECISE, diabetes);
        GradientDescentLogistic chosen = trained(PRECISE + " -positive-class neg", diabetes);
        double[][] expected = standard.distributionsForInstances(diabetes);
        double[][] actual = chosen.distributionsForInstances(diabetes);
        for (int i = 0; i < diabetes.numInstances(); i++) {
            assertArrayEquals(expected[i], actual[i], 1e-8, "instance " + i);
            assertEquals(standard.classifyInstance(diabetes.instance(i)),
                    chosen.classifyInstance(diabetes.instance(i)), "instance " + i);
        }
        assertEquals(-standard.fittedModel().core().intercepts()[0], chosen.fittedModel().core().intercepts()[0],
                1e-6);
        assertTrue(chosen.toString().contains("positive class 'neg' (chosen)"), chosen::toString);
        assertTrue(chosen.toString().contains("-positive-class neg"), chosen::toString);
    }

    /** The threshold applies to P(positive); the distribution is rescaled so that Weka's choice is the core's. */
    @Test
    void thresholdAppliesToTheChosenClass() throws Exception {
        Instances diabetes = TestData.load("diabetes");
        GradientDescentLogistic chosen = trained("-positive-class neg -threshold 0.8", diabetes);
        GradientDescentLogistic plain = trained("", diabetes);
        int negatives = 0;
        for (int i = 0; i < diabetes.numInstances(); i++) {
            double pNeg = plain.distributionForInstance(diabetes.instance(i))[0];
            double predicted = chosen.classifyInstance(diabetes.instance(i));
            assertEquals(pNeg >= 0.8 ? 0.0 : 1.0, predicted, "instance " + i + ", P(neg) = " + pNeg);
            negatives += predicted == 0 ? 1 : 0;
        }
        assertTrue(negatives > 0 && negatives < diabetes.numInstances());
    }

    @Test
    void thresholdTuningForF1DiffersByPositiveClass() throws Exception {
        Instances diabetes = TestData.load("diabetes");
        GradientDescentLogistic forPos = trained("-threshold-metric f1", diabetes);
        GradientDescentLogistic forNeg = trained("-threshold-metric f1 -positive-class neg", diabetes);
        assertNotEquals(forPos.fittedModel().threshold(), forNeg.fittedModel().threshold());
    }

    @Test
    void unknownClassValueIsRefusedWithTheClassValues() throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions("-positive-class tested_positive"));
        Exception error = assertThrows(IllegalArgumentException.class,
                () -> classifier.buildClassifier(TestData.load("diabetes")));
        assertTrue(error.getMessage().contains("'tested_positive'") && error.getMessage().contains("[neg, pos]"),
                error::getMessage);
    }

    @Test
    void optionRoundTripsAndComesLast() throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions("-positive-class \"tested positive\" -lambda 0.1"));
        assertEquals("tested positive", classifier.getPositiveClass());
        String[] options = classifier.getOptions();
        GradientDescentLogistic copy = new GradientDescentLogistic();
        copy.setOptions(options.clone());
        assertEquals(classifier.trainingConfig(), copy.trainingConfig());
        assertEquals("-solver", options[0]);
        assertEquals("", new GradientDescentLogistic().getPositiveClass());
    }
}
