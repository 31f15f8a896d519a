package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.gdlogistic.core.LearningRateSchedule;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;

/**
 * Which options of the two nodes' dialogs apply, given the current values of the others: the dialogs enable exactly
 * these and disable the rest. Plain Java, so that the rules are tested without KNIME. A disabled option keeps its
 * value (the core ignores it where it does not apply).
 */
public final class DialogRules {

    /** Predictor settings key: whether the prediction column gets a custom name. */
    public static final String CUSTOM_PREDICTION_NAME = "customPredictionName";
    /** Predictor settings key: the custom prediction column name. */
    public static final String PREDICTION_NAME = "predictionName";
    /** Predictor settings key: whether probability columns are appended. */
    public static final String APPEND_PROBABILITIES = "appendProbabilities";
    /** Predictor settings key: the suffix of the probability columns. */
    public static final String PROBABILITY_SUFFIX = "probabilitySuffix";
    /** Predictor settings key: whether the model's threshold is overridden. */
    public static final String OVERRIDE_THRESHOLD = "overrideThreshold";
    /** Predictor settings key: the overriding threshold. */
    public static final String THRESHOLD = "threshold";

    private DialogRules() {
    }

    /**
     * The learner's rules: the learning rate, schedule and decay for the fixed-rate solvers (every solver but the
     * automatic one; decay only with a schedule other than constant), the mini-batch size for the mini-batch solvers,
     * the momentum for momentum and Nesterov, Adam's parameters for Adam, the seed where randomness is used
     * (mini-batch order or the tuning hold-out), alpha only with lambda &gt; 0, the coefficient statistics only with
     * lambda 0 (the only models that get them), the custom class weights only with custom class weighting, the
     * decision threshold only without tuning, the hold-out fraction only with tuning.
     * Every other setting is always enabled.
     *
     * @param values the training settings' current values by key (as {@link TrainingSettings#toConfig(Map)} takes
     *            them); a value that is missing or cannot be read counts as the setting's default
     * @return every training setting's key mapped to whether it is enabled, in the order of
     *         {@link TrainingSettings#ALL}
     */
    public static Map<String, Boolean> learnerEnabled(Map<String, ?> values) {
        Solver solver = choice(values, "solver", Solver::fromName);
        boolean fixedRate = solver.usesLearningRate();
        boolean miniBatch = solver.usesMiniBatches();
        boolean tuning = choice(values, "thresholdMetric", ThresholdMetric::fromName) != ThresholdMetric.NONE;
        double lambda = number(values, "lambda");
        double holdout = number(values, "thresholdHoldout");
        LearningRateSchedule schedule = choice(values, "schedule", LearningRateSchedule::fromName);
        boolean customWeights = "custom".equals(text(values, TrainingSettings.CLASS_WEIGHTING));

        Map<String, Boolean> enabled = new LinkedHashMap<>();
        for (TrainingSettings.Setting setting : TrainingSettings.ALL) {
            enabled.put(setting.key(), true);
        }
        enabled.put("learningRate", fixedRate);
        enabled.put("schedule", fixedRate);
        enabled.put("decay", fixedRate && schedule != LearningRateSchedule.CONSTANT);
        enabled.put("batchSize", miniBatch);
        enabled.put("momentum", solver == Solver.MOMENTUM || solver == Solver.NESTEROV);
        enabled.put("beta1", solver == Solver.ADAM);
        enabled.put("beta2", solver == Solver.ADAM);
        enabled.put("epsilon", solver == Solver.ADAM);
        enabled.put("seed", miniBatch || (tuning && holdout > 0));
        enabled.put("alpha", lambda > 0);
        enabled.put(TrainingSettings.COEFFICIENT_STATISTICS, lambda == 0);
        enabled.put(TrainingSettings.CLASS_WEIGHTS, customWeights);
        enabled.put("threshold", !tuning);
        enabled.put("thresholdHoldout", tuning);
        return enabled;
    }

    /**
     * The predictor's rules: the prediction column name only when its box is ticked, the probability suffix only
     * when probability columns are appended, the threshold only when the model's threshold is overridden.
     *
     * @param customName whether "Change prediction column name" is ticked
     * @param appendProbabilities whether "Append probability columns" is ticked
     * @param overrideThreshold whether "Override the model's threshold" is ticked
     * @return the predictor's settings keys mapped to whether each is enabled (the three boxes always are)
     */
    public static Map<String, Boolean> predictorEnabled(boolean customName, boolean appendProbabilities,
            boolean overrideThreshold) {
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        enabled.put(CUSTOM_PREDICTION_NAME, true);
        enabled.put(PREDICTION_NAME, customName);
        enabled.put(APPEND_PROBABILITIES, true);
        enabled.put(PROBABILITY_SUFFIX, appendProbabilities);
        enabled.put(OVERRIDE_THRESHOLD, true);
        enabled.put(THRESHOLD, overrideThreshold);
        return enabled;
    }

    /**
     * The columns the learner's feature selection may offer and include: every column but the target. The dialog
     * hides the rest from its column filter whenever the target changes, and training drops them from whatever the
     * stored filter includes, so the target is never a feature whichever column is chosen.
     *
     * @param columns column names, in order
     * @param target the chosen target column (null or empty when none is chosen yet)
     * @return the columns without the target, in their order
     */
    public static List<String> featureCandidates(List<String> columns, String target) {
        List<String> candidates = new ArrayList<>(columns);
        candidates.removeIf(name -> name.equals(target));
        return candidates;
    }

    /**
     * What the predictor's name field shows when the dialog opens: the name the column will get. Without a custom
     * name that is {@code Prediction (<target>)}, so that ticking the box starts from it; with one, the custom name.
     *
     * @param customName whether "Change prediction column name" is ticked
     * @param storedName the stored custom name
     * @param target the model's target column, or null when no model is connected
     * @return the name to show
     */
    public static String shownPredictionName(boolean customName, String storedName, String target) {
        return customName || target == null ? storedName : PredictionColumns.predictionName(target, null);
    }

    /**
     * The choices of the learner's positive class: empty (the default: the second target value in sorted order)
     * followed by the target column's values in sorted order. When the column's domain does not list its values, the
     * current choice is kept as the only other entry.
     *
     * @param targetValues the target column's possible values from its domain, empty when unknown
     * @param current the current positive class ("" for the default)
     * @return the choices, starting with ""
     */
    public static List<String> positiveClassChoices(Collection<String> targetValues, String current) {
        List<String> choices = new ArrayList<>();
        choices.add("");
        if (targetValues.isEmpty()) {
            if (current != null && !current.isEmpty()) {
                choices.add(current);
            }
            return choices;
        }
        choices.addAll(new TreeSet<>(targetValues));
        return choices;
    }

    /**
     * @param choices the positive class choices ({@link #positiveClassChoices})
     * @param current the current positive class
     * @return the choice to select: the current one if it is still a choice (a value of the chosen target), else ""
     */
    public static String positiveClassSelection(List<String> choices, String current) {
        return choices.contains(current) ? current : "";
    }

    private interface Parser<T> {
        T parse(String name);
    }

    private static <T> T choice(Map<String, ?> values, String key, Parser<T> parser) {
        try {
            return parser.parse(text(values, key));
        } catch (IllegalArgumentException unknown) {
            // an unknown name is refused when the settings are applied; here it counts as the default
            return parser.parse((String) TrainingSettings.setting(key).defaultValue());
        }
    }

    private static String text(Map<String, ?> values, String key) {
        Object value = values.get(key);
        return value instanceof String ? (String) value : (String) TrainingSettings.setting(key).defaultValue();
    }

    private static double number(Map<String, ?> values, String key) {
        Object value = values.get(key);
        return value instanceof Number ? ((Number) value).doubleValue()
                : ((Number) TrainingSettings.setting(key).defaultValue()).doubleValue();
    }
}
