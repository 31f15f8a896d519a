package io.github.gdlogistic.knime.adapter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.NumericRange;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;

/**
 * The learner node's training settings and their one mapping to the core's {@link TrainingConfig.Builder}: for each
 * setting its KNIME settings key (the keys of version 1.0 stay, so saved workflows load), its kind, its default (the
 * core's), its allowed range (the core's) and the builder call it makes. The node's settings models and dialog are
 * made from this list; the values are given by key, as the settings models hold them.
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
        private final BiConsumer<TrainingConfig.Builder, Object> apply;

        private Setting(String key, Kind kind, Object defaultValue, NumericRange range, boolean addedAfterVersion1,
                BiConsumer<TrainingConfig.Builder, Object> apply) {
            this.key = key;
            this.kind = kind;
            this.defaultValue = defaultValue;
            this.range = range;
            this.addedAfterVersion1 = addedAfterVersion1;
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
    }

    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults();

    /** Settings key of the class weighting. */
    public static final String CLASS_WEIGHTING = "classWeighting";

    /** Settings key of the custom class weights (text, one weight per target value). */
    public static final String CLASS_WEIGHTS = "classWeights";

    /** The training settings, in the order the dialog shows them. */
    public static final List<Setting> ALL = List.of(
            new Setting("solver", Kind.TEXT, DEFAULTS.solver().optionName(), null, false,
                (builder, value) -> builder.solver(Solver.fromName((String) value))),
            new Setting("learningRate", Kind.REAL, DEFAULTS.learningRate(), TrainingConfig.LEARNING_RATE_RANGE, false,
                (builder, value) -> builder.learningRate((Double) value)),
            new Setting("batchSize", Kind.WHOLE, DEFAULTS.miniBatchSize(), TrainingConfig.MINI_BATCH_SIZE_RANGE, false,
                (builder, value) -> builder.miniBatchSize((Integer) value)),
            new Setting("maxIterations", Kind.WHOLE, DEFAULTS.maxIterations(), TrainingConfig.MAX_ITERATIONS_RANGE,
                false, (builder, value) -> builder.maxIterations((Integer) value)),
            new Setting("tolerance", Kind.REAL, DEFAULTS.lossTolerance(), TrainingConfig.LOSS_TOLERANCE_RANGE, false,
                (builder, value) -> builder.lossTolerance((Double) value)),
            new Setting("seed", Kind.WHOLE, (int) DEFAULTS.seed(), null, false,
                (builder, value) -> builder.seed((Integer) value)),
            new Setting("lambda", Kind.REAL, DEFAULTS.lambda(), TrainingConfig.LAMBDA_RANGE, false,
                (builder, value) -> builder.lambda((Double) value)),
            new Setting("alpha", Kind.REAL, DEFAULTS.alpha(), TrainingConfig.ALPHA_RANGE, false,
                (builder, value) -> builder.alpha((Double) value)),
            new Setting("fitIntercept", Kind.FLAG, DEFAULTS.fitIntercept(), null, false,
                (builder, value) -> builder.fitIntercept((Boolean) value)),
            new Setting("standardize", Kind.FLAG, DEFAULTS.standardize(), null, false,
                (builder, value) -> builder.standardize((Boolean) value)),
            // the class weighting and its custom weights are applied together (see toConfig)
            new Setting(CLASS_WEIGHTING, Kind.TEXT, DEFAULTS.classWeighting().optionName(), null, false,
                (builder, value) -> { }),
            new Setting(CLASS_WEIGHTS, Kind.TEXT, "", null, true, (builder, value) -> { }),
            new Setting("threshold", Kind.REAL, DEFAULTS.threshold(), TrainingConfig.THRESHOLD_RANGE, false,
                (builder, value) -> builder.threshold((Double) value)),
            new Setting("thresholdMetric", Kind.TEXT, DEFAULTS.thresholdMetric().optionName(), null, false,
                (builder, value) -> builder.thresholdMetric(ThresholdMetric.fromName((String) value))),
            new Setting("positiveClass", Kind.TEXT, "", null, true,
                (builder, value) -> builder.positiveClass((String) value)));

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
