package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instance;
import weka.core.Instances;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Odds ratios of features in extreme units print as readable numbers, with a note saying why they are extreme. */
class OddsRatioOutputTest {

    /** A table row: name, coefficient, odds ratio, standardized coefficient. */
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+(\\S+)\\s+(> 1e308|< 1e-308|\\S+)\\s+(\\S+)$");

    private static Instances rescaled(Instances data, String attribute, double factor) {
        int index = data.attribute(attribute).index();
        for (Instance row : data) {
            if (!row.isMissing(index)) {
                row.setValue(index, row.value(index) * factor);
            }
        }
        return data;
    }

    /** @return odds-ratio text by feature name, from the binary coefficient table */
    private static java.util.Map<String, String> oddsRatios(String text) {
        java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
        List<String> lines = Arrays.asList(text.split("\n"));
        int start = lines.indexOf("Coefficients (original units)") + 2;
        for (int i = start; i < lines.size() && !lines.get(i).isEmpty() && !lines.get(i).startsWith("Note"); i++) {
            Matcher matcher = ROW.matcher(lines.get(i));
            if (matcher.matches()) {
                result.put(matcher.group(1), matcher.group(3));
            }
        }
        return result;
    }

    @Test
    void extremeOddsRatiosReadAsBoundsOrScientificWithANote() throws Exception {
        Instances diabetes = TestData.load("diabetes");
        // glucose and pressure in units of 1e-8: coefficients of about +3.5e6 and -1.3e6; pedigree in units of
        // 1/500: a coefficient of about 470, an odds ratio of about 1e204.
        rescaled(diabetes, "glucose", 1e-8);
        rescaled(diabetes, "pressure", 1e-8);
        rescaled(diabetes, "pedigree", 1.0 / 500);
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.buildClassifier(diabetes);
        String text = classifier.toString();
        assertFalse(text.contains("Infinity"), text);
        java.util.Map<String, String> odds = oddsRatios(text);
        assertEquals(8, odds.size(), text);
        assertEquals("> 1e308", odds.get("glucose"), text);
        assertEquals("< 1e-308", odds.get("pressure"), text);
        assertTrue(odds.get("pedigree").matches("[0-9]\\.[0-9]{3}e\\+20[0-9]"), text);
        // The whole column in one notation: no fixed-point 0.0000 or 1.1309 beside 1e+204.
        for (String value : odds.values()) {
            assertTrue(value.matches("[0-9]\\.[0-9]{3}e[+-][0-9]+|> 1e308|< 1e-308"), value + " in\n" + text);
        }
        assertTrue(text.contains("per unit of the feature") && text.contains("tiny or huge units"), text);
    }

    @Test
    void ordinaryOddsRatiosKeepFixedPointAndNoNote() throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.buildClassifier(TestData.load("diabetes"));
        String text = classifier.toString();
        java.util.Map<String, String> odds = oddsRatios(text);
        assertEquals(8, odds.size(), text);
        for (String value : odds.values()) {
            assertTrue(value.matches("[0-9]+\\.[0-9]{4}"), value + " in\n" + text);
        }
        assertFalse(text.contains("per unit of the feature"), text);
    }
}
