package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Utils;

/** Options that used to be accepted and then silently ignored or misused. */
class OptionConflictTest {

    private static GradientDescentLogistic classifier(String options) throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions(options));
        return classifier;
    }

    @Test
    void negativeDecimalPlacesAreRefusedNamingTheValueAndTheRange() {
        Exception option = assertThrows(IllegalArgumentException.class, () -> classifier("-num-decimal-places -3"));
        assertTrue(option.getMessage().contains("-num-decimal-places") && option.getMessage().contains("-3")
                && option.getMessage().contains("0 to 16"), option::getMessage);
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        Exception setter = assertThrows(IllegalArgumentException.class, () -> classifier.setNumDecimalPlaces(17));
        assertTrue(setter.getMessage().contains("17"), setter::getMessage);
        assertEquals(4, classifier.getNumDecimalPlaces(), "a refused value must not be kept");
        Exception text = assertThrows(IllegalArgumentException.class, () -> classifier("-num-decimal-places x"));
        assertTrue(text.getMessage().contains("-num-decimal-places") && text.getMessage().contains("'x'"),
                text::getMessage);
    }

    @Test
    void decimalPlacesInRangeAreUsed() throws Exception {
        GradientDescentLogistic classifier = classifier("-num-decimal-places 0");
        assertEquals(0, classifier.getNumDecimalPlaces());
        classifier.buildClassifier(TestData.load("diabetes"));
        assertTrue(classifier.toString().contains("Coefficient"), classifier::toString);
    }

    @Test
    void classWeightsWithoutCustomWeightingAreRefusedAtTraining() throws Exception {
        for (String weighting : new String[] {"", "-class-weighting balanced "}) {
            GradientDescentLogistic classifier = classifier(weighting + "-class-weights 1,5");
            Exception error = assertThrows(IllegalArgumentException.class,
                    () -> classifier.buildClassifier(TestData.load("diabetes")));
            assertTrue(error.getMessage().contains("-class-weights 1,5")
                    && error.getMessage().contains("-class-weighting custom"), error::getMessage);
        }
        // The order in which the options are given does not matter: both orders train.
        classifier("-class-weights 1,5 -class-weighting custom").buildClassifier(TestData.load("diabetes"));
        classifier("-class-weighting custom -class-weights 1,5").buildClassifier(TestData.load("diabetes"));
    }

    @Test
    void thresholdOptionsOnAMulticlassProblemAreReportedAsNotUsed() throws Exception {
        GradientDescentLogistic multiclass = classifier("-threshold 0.3 -threshold-metric f1");
        multiclass.buildClassifier(TestData.load("iris"));
        String text = multiclass.toString();
        assertTrue(text.contains("Decision threshold: not used") && text.contains("threshold 0.3")
                && text.contains("tuning metric f1") && text.contains("two classes only"), text);

        GradientDescentLogistic plain = new GradientDescentLogistic();
        plain.buildClassifier(TestData.load("iris"));
        assertFalse(plain.toString().contains("Decision threshold"), plain::toString);

        GradientDescentLogistic binary = classifier("-threshold 0.3");
        binary.buildClassifier(TestData.load("diabetes"));
        assertTrue(binary.toString().contains("Decision threshold: 0.3"), binary::toString);
        assertFalse(binary.toString().contains("not used"), binary::toString);
    }
}
