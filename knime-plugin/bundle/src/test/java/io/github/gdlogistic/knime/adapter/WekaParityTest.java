package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;

/**
 * Both hosts offer the same model: every training option of the Weka classifier (its {@code @OptionMetadata} display
 * names, read from the Weka module's source, which this module cannot depend on) is a KNIME learner setting with the
 * same label, and both take their defaults from {@link TrainingConfig#defaults()}.
 */
class WekaParityTest {

    private static final Path WEKA_CLASSIFIER =
        Path.of("../../weka-package/src/main/java/weka/classifiers/functions/GradientDescentLogistic.java");

    /** Weka options that are not training settings of a KNIME learner, and why. */
    private static final Map<String, String> WEKA_ONLY = Map.of("Keep training state",
        "keeps the solver state for Weka's -continue-iterating; a KNIME learner always trains from scratch");

    /** Weka's negated flags and the KNIME setting (same core option, default ticked). */
    private static final Map<String, String> NEGATED = Map.of("Do not fit intercept", "Fit intercept",
        "Do not standardize", "Standardize features internally",
        "Do not calculate statistics for coefficients", "Calculate statistics for coefficients");

    private static List<String> wekaDisplayNames() throws IOException {
        String source = Files.readString(WEKA_CLASSIFIER, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("@OptionMetadata\\(displayName = \"([^\"]+)\"").matcher(source);
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Test
    void everyWekaTrainingOptionIsAKnimeSettingWithTheSameName() throws IOException {
        List<String> weka = wekaDisplayNames();
        assertTrue(weka.size() >= 20, "read " + weka);
        Set<String> knime = TrainingSettings.ALL.stream().map(Setting::label).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        Set<String> expectedInKnime = new TreeSet<>();
        for (String name : weka) {
            if (WEKA_ONLY.containsKey(name)) {
                continue;
            }
            String label = NEGATED.getOrDefault(name, name);
            expectedInKnime.add(label);
            if (!knime.contains(label)) {
                missing.add(name);
            }
        }
        assertEquals(Set.of(), missing, "Weka options without a KNIME setting of that name");
        assertEquals(expectedInKnime, new TreeSet<>(knime), "KNIME settings without a Weka option of that name");
    }

    /** The KNIME defaults are the core's, which the Weka classifier starts from as well. */
    @Test
    void defaultsAreTheCoresAndEverySettingMatters() {
        assertEquals(TrainingConfig.defaults(), TrainingSettings.toConfig(TrainingSettings.defaults()));
        Map<String, Object> changed = Map.ofEntries(Map.entry("solver", "adam"), Map.entry("learningRate", 0.2),
            Map.entry("schedule", "inverse"), Map.entry("decay", 0.5), Map.entry("batchSize", 7),
            Map.entry("momentum", 0.5), Map.entry("beta1", 0.5), Map.entry("beta2", 0.5), Map.entry("epsilon", 1e-3),
            Map.entry("maxIterations", 5), Map.entry("tolerance", 1e-3), Map.entry("gradientTolerance", 1e-2),
            Map.entry("seed", 9), Map.entry("threads", 2), Map.entry("lambda", 0.5), Map.entry("alpha", 0.5),
            Map.entry("fitIntercept", false), Map.entry("standardize", false),
            Map.entry("classWeighting", "balanced"), Map.entry("threshold", 0.3),
            Map.entry("thresholdMetric", "f1"), Map.entry("thresholdHoldout", 0.2),
            Map.entry("positiveClass", "b"), Map.entry("coefficientStatistics", false));
        for (Setting setting : TrainingSettings.ALL) {
            if (setting.key().equals(TrainingSettings.CLASS_WEIGHTS)) {
                assertNotEquals(TrainingConfig.defaults(), KnimeSettings.config("classWeighting", "custom",
                    "classWeights", "1 2"));
                continue;
            }
            Object value = changed.get(setting.key());
            assertTrue(value != null, "no changed value for " + setting.key());
            assertNotEquals(TrainingConfig.defaults(), KnimeSettings.config(setting.key(), value), setting.key());
        }
    }
}
