package io.github.gdlogistic.knime.adapter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.LearningRateSchedule;
import io.github.gdlogistic.core.NamedOption;
import io.github.gdlogistic.core.NumericRange;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;

/**
 * The learner node's training settings and their one mapping to the core's {@link TrainingConfig.Builder}: for each
 * setting its KNIME settings key (the keys of version 1.0 stay, so saved workflows load), its kind, its default (the
 * core's), its allowed range (the core's), the builder call it makes, and how the dialog shows it (label, tooltip
 * hint, readable names of a choice's values). The node's settings models and dialog are made from this list; the
 * values are given by key, as the settings models hold them. Which settings apply to which values of the others is
 * said by {@link DialogRules}.
 */
public final class TrainingSettings {

    /** What kind of value a setting holds (and so which KNIME settings model stores it). */
    public enum Kind {
        /** A string (a choice by its core option name, or free text). */
        TEXT,
        /** A double. */
        REAL,
        /** An int. */
        WHOLE,
        /** A boolean. */
        FLAG
    }

    /** One training setting of the learner node. Immutable. */
    public static final class Setting {
        private final String key;
        private final Kind kind;
        private final Object defaultValue;
        private final NumericRange range;
        private final boolean addedAfterVersion1;
        private final String label;
        private final String hint;
        private final BiConsumer<TrainingConfig.Builder, Object> apply;

        private Setting(String key, Kind kind, Object defaultValue, NumericRange range, boolean addedAfterVersion1,
                String label, String hint, BiConsumer<TrainingConfig.Builder, Object> apply) {
            this.key = key;
            this.kind = kind;
            this.defaultValue = defaultValue;
            this.range = range;
            this.addedAfterVersion1 = addedAfterVersion1;
            this.label = label;
            this.hint = hint;
            this.apply = apply;
        }

        /** @return the KNIME settings key */
        public String key() {
            return key;
        }

        /** @return the kind of value */
        public Kind kind() {
            return kind;
        }

        /** @return the default value: a String, Double, Integer or Boolean as {@link #kind()} says */
        public Object defaultValue() {
            return defaultValue;
        }

        /** @return the core's allowed range of a numeric setting; empty when any value of its type is allowed */
        public Optional<NumericRange> range() {
            return Optional.ofNullable(range);
        }

        /**
         * @return whether the setting was added after version 1.0: workflows saved before do not have it, and it
         *         then keeps its default when they are loaded
         */
        public boolean addedAfterVersion1() {
            return addedAfterVersion1;
        }

        /** @return the dialog's label, the same as the option's name in the node description */
        public String label() {
            return label;
        }

        /** @return a one-line hint for the dialog's tooltip */
        public String hint() {
            return hint;
        }

        /**
         * @return for a choice, its values (the core's option names, stored in the settings) mapped to readable
         *         names, in the order the dialog lists them; empty for any other setting
         */
        public Map<String, String> choices() {
            return CHOICES.getOrDefault(key, Map.of());
        }
    }

    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults();

    /** Settings key of the class weighting. */
    public static final String CLASS_WEIGHTING = "classWeighting";

    /** Settings key of the custom class weights (text, one weight per target value). */
    public static final String CLASS_WEIGHTS = "classWeights";

    /**
     * Settings key of "Calculate statistics for coefficients" (added after version 1.0: workflows saved before load
     * with it ticked, as they computed the statistics).
     */
    public static final String COEFFICIENT_STATISTICS = "coefficientStatistics";

    /** The training settings, in the order the dialog shows them. */
    public static final List<Setting> ALL = List.of(
            new Setting("solver", Kind.TEXT, DEFAULTS.solver().optionName(), null, false, "Solver",
                "The optimization algorithm; the options below that do not apply to it are disabled",
                (builder, value) -> builder.solver(Solver.fromName((String) value))),
            new Setting("learningRate", Kind.REAL, DEFAULTS.learningRate(), TrainingConfig.LEARNING_RATE_RANGE, false,
                "Learning rate", "Step size of every solver but the automatic one (> 0)",
                (builder, value) -> builder.learningRate((Double) value)),
            new Setting("schedule", Kind.TEXT, DEFAULTS.schedule().optionName(), null, true,
                "Learning-rate schedule", "How the learning rate changes from epoch to epoch (not the automatic solver)",
                (builder, value) -> builder.schedule(LearningRateSchedule.fromName((String) value))),
            new Setting("decay", Kind.REAL, DEFAULTS.decay(), TrainingConfig.DECAY_RANGE, true,
                "Learning-rate decay", "Parameter of the inverse and exponential schedules (>= 0)",
                (builder, value) -> builder.decay((Double) value)),
            new Setting("batchSize", Kind.WHOLE, DEFAULTS.miniBatchSize(), TrainingConfig.MINI_BATCH_SIZE_RANGE, false,
                "Mini-batch size", "Rows per step of the mini-batch solvers (sgd, momentum, nesterov, adam)",
                (builder, value) -> builder.miniBatchSize((Integer) value)),
            new Setting("momentum", Kind.REAL, DEFAULTS.momentum(), TrainingConfig.MOMENTUM_RANGE, true,
                "Momentum", "Momentum of the momentum and Nesterov solvers, in [0, 1)",
                (builder, value) -> builder.momentum((Double) value)),
            new Setting("beta1", Kind.REAL, DEFAULTS.beta1(), TrainingConfig.MOMENTUM_RANGE, true,
                "Adam beta1", "Adam's decay rate of the first-moment estimate, in [0, 1)",
                (builder, value) -> builder.beta1((Double) value)),
            new Setting("beta2", Kind.REAL, DEFAULTS.beta2(), TrainingConfig.MOMENTUM_RANGE, true,
                "Adam beta2", "Adam's decay rate of the second-moment estimate, in [0, 1)",
                (builder, value) -> builder.beta2((Double) value)),
            new Setting("epsilon", Kind.REAL, DEFAULTS.epsilon(), TrainingConfig.EPSILON_RANGE, true,
                "Adam epsilon", "Adam's small constant in the step's denominator (> 0)",
                (builder, value) -> builder.epsilon((Double) value)),
            new Setting("maxIterations", Kind.WHOLE, DEFAULTS.maxIterations(), TrainingConfig.MAX_ITERATIONS_RANGE,
                false, "Maximum iterations",
                "Iterations (full batch) or epochs (mini-batch); reaching it gives a 'did not converge' warning",
                (builder, value) -> builder.maxIterations((Integer) value)),
            new Setting("tolerance", Kind.REAL, DEFAULTS.lossTolerance(), TrainingConfig.LOSS_TOLERANCE_RANGE, false,
                "Loss tolerance", "Converged when the relative change of the loss falls below this value (>= 0)",
                (builder, value) -> builder.lossTolerance((Double) value)),
            new Setting("gradientTolerance", Kind.REAL, DEFAULTS.gradientTolerance(),
                TrainingConfig.GRADIENT_TOLERANCE_RANGE, true, "Gradient tolerance",
                "Converged when the largest gradient component falls below this value (>= 0)",
                (builder, value) -> builder.gradientTolerance((Double) value)),
            new Setting("seed", Kind.WHOLE, (int) DEFAULTS.seed(), null, false, "Random seed",
                "Order of the mini-batches and the tuning hold-out rows (same seed, same model)",
                (builder, value) -> builder.seed((Integer) value)),
            new Setting("threads", Kind.WHOLE, DEFAULTS.threads(), TrainingConfig.THREADS_RANGE, true, "Number of threads",
                "0 = all processors; the model is the same for any number",
                (builder, value) -> builder.threads((Integer) value)),
            new Setting("lambda", Kind.REAL, DEFAULTS.lambda(), TrainingConfig.LAMBDA_RANGE, false,
                "Regularization strength (lambda)",
                "Penalty weight; 0 = none (then binary models get standard errors, z-scores and p-values)",
                (builder, value) -> builder.lambda((Double) value)),
            new Setting("alpha", Kind.REAL, DEFAULTS.alpha(), TrainingConfig.ALPHA_RANGE, false,
                "Elastic-net mix (alpha)", "0 = ridge (L2), 1 = lasso (L1); only with lambda > 0",
                (builder, value) -> builder.alpha((Double) value)),
            new Setting(COEFFICIENT_STATISTICS, Kind.FLAG, DEFAULTS.coefficientStatistics(), null, true,
                "Calculate statistics for coefficients",
                "Standard errors, z-scores and p-values (binary, lambda 0); with many features as costly as training",
                (builder, value) -> builder.coefficientStatistics((Boolean) value)),
            new Setting("fitIntercept", Kind.FLAG, DEFAULTS.fitIntercept(), null, false, "Fit intercept",
                "Fit an intercept (never penalized)", (builder, value) -> builder.fitIntercept((Boolean) value)),
            new Setting("standardize", Kind.FLAG, DEFAULTS.standardize(), null, false,
                "Standardize features internally",
                "Train on standardized features; coefficients are reported in original units either way",
                (builder, value) -> builder.standardize((Boolean) value)),
            // the class weighting and its custom weights are applied together (see toConfig)
            new Setting(CLASS_WEIGHTING, Kind.TEXT, DEFAULTS.classWeighting().optionName(), null, false,
                "Class weighting", "Balanced: every class gets the same total weight", (builder, value) -> { }),
            new Setting(CLASS_WEIGHTS, Kind.TEXT, "", null, true, "Custom class weights",
                "With custom class weighting: one weight per target value in sorted order, e.g. 1,5",
                (builder, value) -> { }),
            new Setting("threshold", Kind.REAL, DEFAULTS.threshold(), TrainingConfig.THRESHOLD_RANGE, false,
                "Decision threshold", "Binary: the positive class is predicted when its probability reaches it",
                (builder, value) -> builder.threshold((Double) value)),
            new Setting("thresholdMetric", Kind.TEXT, DEFAULTS.thresholdMetric().optionName(), null, false,
                "Threshold tuning metric", "Binary: choose the threshold that maximizes this metric after training",
                (builder, value) -> builder.thresholdMetric(ThresholdMetric.fromName((String) value))),
            new Setting("thresholdHoldout", Kind.REAL, DEFAULTS.thresholdHoldout(),
                TrainingConfig.THRESHOLD_HOLDOUT_RANGE, true, "Threshold tuning hold-out fraction",
                "Fraction of rows held out for tuning (0 = tune on the training rows); the model is refitted on all",
                (builder, value) -> builder.thresholdHoldout((Double) value)),
            new Setting("positiveClass", Kind.TEXT, "", null, true, "Positive class",
                "Binary: the target value the model describes; empty = the second in sorted order",
                (builder, value) -> builder.positiveClass((String) value)));

    /** The readable names of the values of the choice settings, by key: value (core option name) to name. */
    private static final Map<String, Map<String, String>> CHOICES = Map.of(
            "solver", names(Solver.AUTO, "Automatic (L-BFGS, no tuning)", Solver.GD, "Gradient descent (full batch)",
                Solver.SGD, "Stochastic gradient descent (mini-batch)", Solver.MOMENTUM, "Momentum (mini-batch)",
                Solver.NESTEROV, "Nesterov momentum (mini-batch)", Solver.ADAM, "Adam (mini-batch)"),
            "schedule", names(LearningRateSchedule.CONSTANT, "Constant", LearningRateSchedule.INVERSE_SCALING,
                "Inverse scaling", LearningRateSchedule.EXPONENTIAL, "Exponential decay"),
            CLASS_WEIGHTING, names(ClassWeighting.NONE, "None", ClassWeighting.BALANCED, "Balanced",
                ClassWeighting.CUSTOM, "Custom"),
            "thresholdMetric", names(ThresholdMetric.NONE, "None (keep the decision threshold)",
                ThresholdMetric.ACCURACY, "Accuracy", ThresholdMetric.F1, "F1 score",
                ThresholdMetric.BALANCED_ACCURACY, "Balanced accuracy", ThresholdMetric.MCC,
                "Matthews correlation coefficient"));

    private TrainingSettings() {
    }

    /** @return every setting's default value by key, in the order of {@link #ALL} */
    public static Map<String, Object> defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Setting setting : ALL) {
            values.put(setting.key(), setting.defaultValue());
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Maps the settings' values to the core configuration; the core validates every value.
     *
     * @param values every setting's value by key (String, Double, Integer or Boolean, as the setting's kind says)
     * @return the configuration
     * @throws IllegalArgumentException with the core's message, naming the value and what was expected, or naming a
     *         setting whose value is missing or of the wrong type
     */
    public static TrainingConfig toConfig(Map<String, ?> values) {
        TrainingConfig.Builder builder = TrainingConfig.builder();
        for (Setting setting : ALL) {
            Object value = values.get(setting.key());
            if (value == null || !expectedType(setting.kind()).isInstance(value)) {
                throw new IllegalArgumentException("The setting '" + setting.key() + "' is "
                        + (value == null ? "missing" : "'" + value + "', not a " + setting.kind()) + "; expected a "
                        + expectedType(setting.kind()).getSimpleName());
            }
            setting.apply.accept(builder, value);
        }
        builder.classWeighting(ClassWeighting.fromName((String) values.get(CLASS_WEIGHTING)),
                (String) values.get(CLASS_WEIGHTS));
        return builder.build();
    }

    /**
     * @param key a setting's key
     * @return the setting with this key
     * @throws IllegalArgumentException when no setting has the key
     */
    public static Setting setting(String key) {
        for (Setting setting : ALL) {
            if (setting.key().equals(key)) {
                return setting;
            }
        }
        throw new IllegalArgumentException("No training setting has the key '" + key + "'");
    }

    private static Map<String, String> names(Object... optionsAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < optionsAndNames.length; i += 2) {
            names.put(((NamedOption) optionsAndNames[i]).optionName(), (String) optionsAndNames[i + 1]);
        }
        return Collections.unmodifiableMap(names);
    }

    private static Class<?> expectedType(Kind kind) {
        switch (kind) {
            case REAL:
                return Double.class;
            case WHOLE:
                return Integer.class;
            case FLAG:
                return Boolean.class;
            default:
                return String.class;
        }
    }
}
