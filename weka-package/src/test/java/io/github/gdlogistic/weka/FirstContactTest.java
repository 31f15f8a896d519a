package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Option;
import weka.core.Utils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/** What a new user meets first: the option order, the help texts, the model output's layout. */
class FirstContactTest {

    private static final List<String> FIRST = List.of("-solver", "-learning-rate", "-lambda");

    @Test
    void optionStringStartsWithSolverLearningRateAndLambda() throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions("-adam-beta1 0.8 -solver adam -lambda 0.01 -num-decimal-places 3"));
        String[] options = classifier.getOptions();
        assertEquals(List.of("-solver", "adam", "-learning-rate", "0.1", "-lambda", "0.01"),
                List.of(options).subList(0, 6), Utils.joinOptions(options));
        // Weka's general options still come last, and nothing is lost or repeated.
        assertEquals("-num-decimal-places", options[options.length - 2], Utils.joinOptions(options));
        GradientDescentLogistic copy = new GradientDescentLogistic();
        copy.setOptions(options.clone());
        assertEquals(Utils.joinOptions(options), Utils.joinOptions(copy.getOptions()));
        assertEquals(0.8, copy.getAdamBeta1());
    }

    @Test
    void helpListsSolverLearningRateAndLambdaFirst() {
        List<String> names = new ArrayList<>();
        for (Option option : Collections.list(new GradientDescentLogistic().listOptions())) {
            names.add("-" + option.name());
        }
        assertEquals(FIRST, names.subList(0, 3), names::toString);
    }

    @Test
    void holdoutHelpSaysTheModelIsRefittedOnAllRows() {
        for (Option option : Collections.list(new GradientDescentLogistic().listOptions())) {
            if (option.name().equals("threshold-holdout")) {
                assertTrue(option.description().contains("refitted on all rows"), option::description);
                assertFalse(option.description().contains("trained on the rest"), option::description);
                return;
            }
        }
        throw new AssertionError("no -threshold-holdout option");
    }

    @Test
    void modelOutputShowsTheOptionsOnceAndTheLearningCurveAsShortLines() throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions("-solver gd -learning-rate 0.5 -max-iterations 200"));
        classifier.buildClassifier(TestData.load("diabetes"));
        String text = classifier.toString();
        assertEquals(1, text.split("-learning-rate", -1).length - 1, text);
        assertFalse(text.contains("Settings:"), text);
        List<String> lines = List.of(text.split("\n"));
        int options = lines.indexOf(lines.stream().filter(line -> line.startsWith("Options: ")).findFirst()
                .orElseThrow());
        for (int i = options; !lines.get(i).isEmpty(); i++) {
            assertTrue(lines.get(i).length() <= 100, "options line too long: " + lines.get(i));
        }
        int curve = lines.indexOf("Learning curve (loss at sampled iterations)");
        assertTrue(curve > 0, text);
        int points = 0;
        for (int i = curve + 2; i < lines.size() && lines.get(i).matches("\\s+\\d+\\s+\\S+"); i++) {
            assertTrue(lines.get(i).length() <= 40, lines.get(i));
            points++;
        }
        assertTrue(points >= 3 && points <= 9, text);
        assertTrue(lines.get(curve + 1 + points).trim().matches("200\\s+\\S+"), "the last iteration closes the "
                + "table:\n" + text);
    }

    @Test
    void tooltipHeadlineIsShort() {
        String info = new GradientDescentLogistic().globalInfo();
        int end = info.indexOf('.');
        assertTrue(end > 0 && end < 100, "first sentence: " + info.substring(0, Math.max(end, 0)));
        // Weka's tooltip takes the text up to the first period.
        assertTrue(info.substring(0, end).contains("gradient descent"), info);
    }

    @Test
    void packageDescriptionSpeaksUserTerms() throws IOException {
        Properties descriptor = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get(System.getProperty("gdlogistic.data.dir"))
                .resolveSibling("Description.props"))) {
            descriptor.load(in);
        }
        String description = descriptor.getProperty("Description");
        assertFalse(description.contains("toString"), description);
        assertTrue(description.contains("model output"), description);
    }
}
