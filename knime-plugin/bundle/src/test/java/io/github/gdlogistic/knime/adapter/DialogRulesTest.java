package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Which dialog options are enabled for which settings, and the target never among the features. */
class DialogRulesTest {

    private static Set<String> disabled(Object... keysAndValues) {
        return DialogRules.learnerEnabled(KnimeSettings.values(keysAndValues)).entrySet().stream()
                .filter(entry -> !entry.getValue()).map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> set(String... keys) {
        return new TreeSet<>(List.of(keys));
    }

    @Test
    void everyTrainingSettingHasARule() {
        assertEquals(TrainingSettings.defaults().keySet(),
                DialogRules.learnerEnabled(TrainingSettings.defaults()).keySet());
    }

    /** Defaults: auto solver, light ridge (so no coefficient statistics), no tuning, no custom weights. */
    @Test
    void theAutomaticSolverDisablesEveryStepSetting() {
        assertEquals(set("learningRate", "schedule", "decay", "batchSize", "momentum", "beta1", "beta2", "epsilon",
                "seed", "coefficientStatistics", "classWeights", "thresholdHoldout"), disabled());
    }

    @Test
    void fullBatchGradientDescentHasARateAndScheduleButNoBatches() {
        assertEquals(set("decay", "batchSize", "momentum", "beta1", "beta2", "epsilon", "seed",
                "coefficientStatistics", "classWeights", "thresholdHoldout"), disabled("solver", "gd"));
        assertFalse(disabled("solver", "gd", "schedule", "inverse").contains("decay"));
        assertFalse(disabled("solver", "gd", "schedule", "exponential").contains("decay"));
    }

    @Test
    void miniBatchSolversHaveBatchSizeSeedAndTheirOwnParameters() {
        assertEquals(set("decay", "momentum", "beta1", "beta2", "epsilon", "coefficientStatistics", "classWeights",
                "thresholdHoldout"), disabled("solver", "sgd"));
        assertEquals(set("decay", "beta1", "beta2", "epsilon", "coefficientStatistics", "classWeights",
                "thresholdHoldout"), disabled("solver", "momentum"));
        assertEquals(disabled("solver", "momentum"), disabled("solver", "nesterov"));
        assertEquals(set("decay", "momentum", "coefficientStatistics", "classWeights", "thresholdHoldout"),
                disabled("solver", "adam"));
    }

    /** The statistics exist only for unregularized models, so their box is enabled only with lambda 0. */
    @Test
    void coefficientStatisticsOnlyWithoutLambda() {
        assertFalse(disabled("lambda", 0.0).contains("coefficientStatistics"));
        assertTrue(disabled("lambda", 0.5).contains("coefficientStatistics"));
        assertFalse(disabled("lambda", 0.0, "coefficientStatistics", false).contains("coefficientStatistics"));
    }

    @Test
    void alphaOnlyWithLambda() {
        assertTrue(disabled("lambda", 0.0).contains("alpha"));
        assertFalse(disabled("lambda", 0.5).contains("alpha"));
    }

    @Test
    void tuningSwapsTheFixedThresholdForTheHoldOut() {
        Set<String> tuning = disabled("thresholdMetric", "f1");
        assertTrue(tuning.contains("threshold"));
        assertFalse(tuning.contains("thresholdHoldout"));
        assertTrue(tuning.contains("seed"), "tuning on the training rows uses no randomness");
        assertFalse(disabled("thresholdMetric", "mcc", "thresholdHoldout", 0.2).contains("seed"),
                "the hold-out rows are drawn with the seed");
        assertFalse(disabled().contains("threshold"));
    }

    @Test
    void customWeightsOnlyWithCustomWeighting() {
        assertFalse(disabled("classWeighting", "custom").contains("classWeights"));
        assertTrue(disabled("classWeighting", "balanced").contains("classWeights"));
    }

    @Test
    void unreadableValuesCountAsDefaults() {
        assertEquals(disabled(), disabled("solver", "newton", "lambda", "x"));
    }

    @Test
    void predictorFieldsOnlyWithTheirBoxTicked() {
        assertEquals(Map.of("customPredictionName", true, "predictionName", false, "appendProbabilities", true,
                "probabilitySuffix", false, "overrideThreshold", true, "threshold", false),
                DialogRules.predictorEnabled(false, false, false));
        assertEquals(Map.of("customPredictionName", true, "predictionName", true, "appendProbabilities", true,
                "probabilitySuffix", false, "overrideThreshold", true, "threshold", false),
                DialogRules.predictorEnabled(true, false, false));
        assertTrue(DialogRules.predictorEnabled(false, true, false).get("probabilitySuffix"));
        assertTrue(DialogRules.predictorEnabled(false, false, true).get("threshold"));
    }

    @Test
    void thePredictionNameFieldShowsTheNameTheColumnWillGet() {
        assertEquals("Prediction (class)", DialogRules.shownPredictionName(false, "Prediction", "class"));
        assertEquals("My guess", DialogRules.shownPredictionName(true, "My guess", "class"));
        assertEquals("Prediction", DialogRules.shownPredictionName(false, "Prediction", null), "no model connected");
    }

    @Test
    void thePositiveClassIsChosenFromTheTargetsValues() {
        List<String> choices = DialogRules.positiveClassChoices(List.of("malignant", "benign"), "malignant");
        assertEquals(List.of("", "benign", "malignant"), choices, "the default first, then the values sorted");
        assertEquals("malignant", DialogRules.positiveClassSelection(choices, "malignant"));
        assertEquals("", DialogRules.positiveClassSelection(
            DialogRules.positiveClassChoices(List.of("yes", "no"), "malignant"), "malignant"),
            "another target's value falls back to the default");
        assertEquals(List.of("", "malignant"), DialogRules.positiveClassChoices(List.of(), "malignant"),
            "an unknown domain keeps the current choice");
        assertEquals(List.of(""), DialogRules.positiveClassChoices(List.of(), ""));
    }

    /** Whatever the filter includes (the filter itself still lists the target), the target is not a feature. */
    @Test
    void theTargetIsNeverAFeature() {
        Map<String, ColumnKind> columns = new java.util.LinkedHashMap<>();
        columns.put("radius", ColumnKind.NUMERIC);
        columns.put("class", ColumnKind.NOMINAL);
        columns.put("shape", ColumnKind.NOMINAL);
        List<String> features = InputValidation.featureColumns(List.of("radius", "class", "shape"), "class", columns)
                .stream().map(FeatureColumn::name).collect(Collectors.toList());
        assertEquals(List.of("radius", "shape"), features);
    }

    /** For every choice of target, the feature filter offers every other column and never the target. */
    @Test
    void theFeatureFilterNeverOffersTheTarget() {
        List<String> columns = List.of("radius", "texture", "class", "grade", "shape");
        for (String target : columns) {
            List<String> candidates = DialogRules.featureCandidates(columns, target);
            assertFalse(candidates.contains(target), target);
            List<String> others = columns.stream().filter(name -> !name.equals(target)).collect(Collectors.toList());
            assertEquals(others, candidates, "all other columns, in order, for target " + target);
        }
        assertEquals(columns, DialogRules.featureCandidates(columns, ""), "no target chosen yet: every column");
        assertEquals(columns, DialogRules.featureCandidates(columns, null), "no target chosen yet: every column");
    }
}
