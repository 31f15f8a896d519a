package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.NumericRange;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;

/** The learner's settings map to the core configuration in one place, with the core's defaults and ranges. */
class TrainingSettingsTest {

    @Test
    void defaultsAreTheCoreDefaults() {
        assertEquals(TrainingConfig.defaults(), TrainingSettings.toConfig(TrainingSettings.defaults()));
    }

    @Test
    void everySettingReachesTheConfiguration() {
        TrainingConfig config = KnimeSettings.config("solver", "adam", "learningRate", 0.05, "maxIterations", 77,
                "tolerance", 1e-4, "lambda", 0.3, "alpha", 0.25, "batchSize", 16, "fitIntercept", false,
                "standardize", false, "classWeighting", "custom", "classWeights", "1 3", "seed", 42,
                "threshold", 0.4, "thresholdMetric", "f1", "positiveClass", "malignant",
                "coefficientStatistics", false);
        assertEquals(TrainingConfig.builder().solver(Solver.ADAM).learningRate(0.05).maxIterations(77)
                .lossTolerance(1e-4).lambda(0.3).alpha(0.25).miniBatchSize(16).fitIntercept(false).standardize(false)
                .classWeights(1, 3).seed(42).threshold(0.4).thresholdMetric(ThresholdMetric.F1).positiveClass("malignant")
                .coefficientStatistics(false).build(), config);
        assertEquals(ClassWeighting.BALANCED, KnimeSettings.config("classWeighting", "balanced").classWeighting());
    }

    /**
     * The keys of version 1.0 stay, so saved workflows load; the settings added since (the custom class weights, the
     * positive class, the coefficient statistics, ...) keep their defaults when a workflow of 1.0 is loaded.
     */
    @Test
    void settingsKeysOfVersion10AreKept() {
        assertEquals(List.of("solver", "learningRate", "batchSize", "maxIterations", "tolerance", "seed", "lambda",
                "alpha", "fitIntercept", "standardize", "classWeighting", "threshold", "thresholdMetric"),
                TrainingSettings.ALL.stream().filter(setting -> !setting.addedAfterVersion1()).map(Setting::key)
                        .collect(Collectors.toList()));
        assertEquals(List.of("schedule", "decay", "momentum", "beta1", "beta2", "epsilon", "gradientTolerance",
                "threads", "coefficientStatistics", "classWeights", "thresholdHoldout", "positiveClass"),
                TrainingSettings.ALL.stream().filter(Setting::addedAfterVersion1)
                .map(Setting::key).collect(Collectors.toList()));
    }

    /** "Calculate statistics for coefficients": ticked by default (the core's default), a new key, a flag. */
    @Test
    void coefficientStatisticsAreOnByDefaultUnderANewKey() {
        Setting statistics = setting(TrainingSettings.COEFFICIENT_STATISTICS);
        assertEquals("coefficientStatistics", statistics.key());
        assertEquals(TrainingSettings.Kind.FLAG, statistics.kind());
        assertEquals(Boolean.TRUE, statistics.defaultValue());
        assertTrue(statistics.addedAfterVersion1());
        assertEquals("Calculate statistics for coefficients", statistics.label());
        assertTrue(TrainingSettings.toConfig(TrainingSettings.defaults()).coefficientStatistics());
        assertFalse(KnimeSettings.config("coefficientStatistics", false).coefficientStatistics());
    }

    /** The dialog's bounds are the core's: an open interval ends just inside its ends. */
    @Test
    void numericBoundsAreTheCoreRanges() {
        NumericRange threshold = setting("threshold").range().orElseThrow();
        assertEquals(TrainingConfig.THRESHOLD_RANGE, threshold);
        assertTrue(threshold.smallestAllowed() > 0 && threshold.largestAllowed() < 1);
        TrainingConfig.builder().threshold(threshold.smallestAllowed()).threshold(threshold.largestAllowed());
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.builder().threshold(0));
        for (Setting setting : TrainingSettings.ALL) {
            if (setting.range().isPresent()) {
                NumericRange range = setting.range().get();
                assertTrue(range.contains(range.smallestAllowed()) && range.contains(range.largestAllowed()),
                        setting.key());
                assertTrue(range.contains(((Number) setting.defaultValue()).doubleValue()), setting.key());
            }
        }
        assertEquals(TrainingConfig.LEARNING_RATE_RANGE, setting("learningRate").range().orElseThrow());
        assertEquals(TrainingConfig.ALPHA_RANGE, setting("alpha").range().orElseThrow());
    }

    @Test
    void badValuesAreRejectedWithTheValueInTheMessage() {
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> KnimeSettings.config("learningRate", -2.0));
        assertTrue(rate.getMessage().contains("-2"), rate.getMessage());
        IllegalArgumentException solver = assertThrows(IllegalArgumentException.class,
                () -> KnimeSettings.config("solver", "newton"));
        assertTrue(solver.getMessage().contains("newton"), solver.getMessage());
        IllegalArgumentException alpha = assertThrows(IllegalArgumentException.class,
                () -> KnimeSettings.config("alpha", 1.5));
        assertTrue(alpha.getMessage().contains("1.5"), alpha.getMessage());
        IllegalArgumentException custom = assertThrows(IllegalArgumentException.class,
                () -> KnimeSettings.config("classWeighting", "custom"));
        assertTrue(custom.getMessage().contains("custom class weights"), custom.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> KnimeSettings.config("classWeighting", "custom", "classWeights", "1;5"));
        assertTrue(text.getMessage().contains("'1;5'"), text.getMessage());
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> KnimeSettings.config("classWeights", "1,5"));
        assertTrue(unused.getMessage().contains("'1,5'"), unused.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> KnimeSettings.config("maxIterations", 2.5));
        assertTrue(type.getMessage().contains("maxIterations"), type.getMessage());
        assertFalse(TrainingSettings.defaults().isEmpty());
    }

    private static Setting setting(String key) {
        return TrainingSettings.ALL.stream().filter(setting -> setting.key().equals(key)).findFirst().orElseThrow();
    }
}
