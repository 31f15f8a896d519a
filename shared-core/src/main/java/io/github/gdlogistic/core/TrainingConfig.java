package io.github.gdlogistic.core;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;

/**
 * Immutable, validated training configuration. Build it with {@link #builder()}; every setter checks its value and
 * throws an {@link IllegalArgumentException} naming the value and the allowed range.
 *
 * <p>The objective these settings define is documented on
 * {@link io.github.gdlogistic.core.objective.LogLossObjective}.
 */
public final class TrainingConfig implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The default regularization strength: a light ridge on the standardized coefficients, so that separable data
     * (common with few rows and many features) still have a finite optimum and the defaults converge everywhere.
     * Set {@code lambda(0)} for the plain maximum-likelihood fit.
     */
    public static final double DEFAULT_LAMBDA = 1e-4;

    /** Allowed learning rates: finite, &gt; 0. */
    public static final NumericRange LEARNING_RATE_RANGE = NumericRange.real(0, false, Double.POSITIVE_INFINITY, false);
    /** Allowed maximum numbers of iterations or epochs: at least 1. */
    public static final NumericRange MAX_ITERATIONS_RANGE = NumericRange.atLeast(1);
    /** Allowed relative loss-change tolerances: finite, &gt;= 0. */
    public static final NumericRange LOSS_TOLERANCE_RANGE = NumericRange.real(0, true, Double.POSITIVE_INFINITY, false);
    /** Allowed gradient-norm tolerances: finite, &gt;= 0. */
    public static final NumericRange GRADIENT_TOLERANCE_RANGE = LOSS_TOLERANCE_RANGE;
    /** Allowed regularization strengths: finite, &gt;= 0. */
    public static final NumericRange LAMBDA_RANGE = LOSS_TOLERANCE_RANGE;
    /** Allowed elastic-net mixes: [0, 1]. */
    public static final NumericRange ALPHA_RANGE = NumericRange.real(0, true, 1, true);
    /** Allowed mini-batch sizes: at least 1. */
    public static final NumericRange MINI_BATCH_SIZE_RANGE = NumericRange.atLeast(1);
    /** Allowed learning-rate decays: finite, &gt;= 0. */
    public static final NumericRange DECAY_RANGE = LOSS_TOLERANCE_RANGE;
    /** Allowed momentum coefficients and Adam betas: [0, 1). */
    public static final NumericRange MOMENTUM_RANGE = NumericRange.real(0, true, 1, false);
    /** Allowed Adam epsilons: finite, &gt; 0. */
    public static final NumericRange EPSILON_RANGE = LEARNING_RATE_RANGE;
    /** Allowed decision thresholds: strictly between 0 and 1. */
    public static final NumericRange THRESHOLD_RANGE = NumericRange.real(0, false, 1, false);
    /** Allowed threshold hold-out fractions: [0, 0.9]. */
    public static final NumericRange THRESHOLD_HOLDOUT_RANGE = NumericRange.real(0, true, 0.9, true);
    /** Allowed numbers of threads: at least 0 (0 = automatic). */
    public static final NumericRange THREADS_RANGE = NumericRange.atLeast(0);

    /**
     * The values: a private copy of the builder that built this configuration, never changed afterwards (not final
     * only because {@link #readObject} sets it). Its fields are the serialized form.
     */
    private Builder values;

    private TrainingConfig(Builder builder) {
        values = builder.copy();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the defaults: the AUTO solver, lambda {@value #DEFAULT_LAMBDA}, standardization on, intercept on,
     *         coefficient statistics on
     */
    public static TrainingConfig defaults() {
        return builder().build();
    }

    /** @return a builder initialized with this configuration's values */
    public Builder toBuilder() {
        return values.copy();
    }

    /** @return the optimization algorithm */
    public Solver solver() {
        return values.solver;
    }

    /** @return the (initial) learning rate of the fixed-rate solvers */
    public double learningRate() {
        return values.learningRate;
    }

    /** @return the maximum number of iterations (full-batch solvers) or epochs (mini-batch solvers) */
    public int maxIterations() {
        return values.maxIterations;
    }

    /** @return the relative loss change below which training stops as converged */
    public double lossTolerance() {
        return values.lossTolerance;
    }

    /** @return the gradient max-norm below which training stops as converged */
    public double gradientTolerance() {
        return values.gradientTolerance;
    }

    /** @return the regularization strength lambda */
    public double lambda() {
        return values.lambda;
    }

    /** @return the elastic-net mix: 0 is pure L2 (ridge), 1 pure L1 (lasso) */
    public double alpha() {
        return values.alpha;
    }

    /** @return the mini-batch size of the mini-batch solvers */
    public int miniBatchSize() {
        return values.miniBatchSize;
    }

    /** @return the learning-rate schedule of the fixed-rate solvers */
    public LearningRateSchedule schedule() {
        return values.schedule;
    }

    /** @return the decay parameter of the learning-rate schedule */
    public double decay() {
        return values.decay;
    }

    /** @return the momentum coefficient of MOMENTUM and NESTEROV */
    public double momentum() {
        return values.momentum;
    }

    /** @return Adam's decay rate of the first-moment estimate */
    public double beta1() {
        return values.beta1;
    }

    /** @return Adam's decay rate of the second-moment estimate */
    public double beta2() {
        return values.beta2;
    }

    /** @return Adam's denominator offset */
    public double epsilon() {
        return values.epsilon;
    }

    /** @return whether an (unpenalized) intercept is fitted */
    public boolean fitIntercept() {
        return values.fitIntercept;
    }

    /** @return whether features are standardized internally (coefficients are reported in original units anyway) */
    public boolean standardize() {
        return values.standardize;
    }

    /**
     * @return whether the Wald statistics of the coefficients (standard errors, z-scores, p-values) are computed where
     *         they apply: binary models fitted without regularization (lambda 0) that have a finite optimum. They
     *         take one more pass over the data that adds up the information matrix ({@code d^2 / 2} products per row
     *         for {@code d} features), which on many features costs about as much as the fit; turn them off when
     *         only the predictions are wanted (e.g. in cross-validation). The coefficients do not depend on it.
     */
    public boolean coefficientStatistics() {
        return !values.coefficientStatisticsOff;
    }

    /** @return how classes are weighted */
    public ClassWeighting classWeighting() {
        return values.classWeighting;
    }

    /** @return a copy of the explicit class weights when {@link ClassWeighting#CUSTOM}, else {@code null} */
    public double[] classWeights() {
        return values.classWeights == null ? null : values.classWeights.clone();
    }

    /** @return the binary decision threshold on the positive-class probability */
    public double threshold() {
        return values.threshold;
    }

    /** @return the metric the binary threshold is tuned for, or {@link ThresholdMetric#NONE} */
    public ThresholdMetric thresholdMetric() {
        return values.thresholdMetric;
    }

    /** @return the fraction of the data held out for threshold tuning; 0 tunes on the training data */
    public double thresholdHoldout() {
        return values.thresholdHoldout;
    }

    /** @return the random seed (mini-batch shuffling, hold-out split) */
    public long seed() {
        return values.seed;
    }

    /**
     * @return the number of worker threads, or 0 for automatic (all available processors, as far as the data have
     *         enough rows to share); results do not depend on it
     */
    public int threads() {
        return values.threads;
    }

    /**
     * @return whether the scalar row loops run even where the vector loops are available
     *         ({@link io.github.gdlogistic.core.objective.SimdSupport}): slower on large data, bit-for-bit repeatable
     */
    public boolean scalarLoops() {
        return values.scalarLoops;
    }

    /**
     * Reads class weights written as text: numbers separated by commas and/or spaces, e.g. {@code "1,5"},
     * {@code "1.0 5.0"} or {@code "1, 5"}. Whether they are valid weights is checked by
     * {@link Builder#classWeights(double...)}.
     *
     * @param text the weights, or {@code null} or blank for none
     * @return the weights in the order written; empty for {@code null} or blank text
     * @throws IllegalArgumentException naming the text and the entry that is not a number
     */
    public static double[] parseClassWeights(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return new double[0];
        }
        String[] entries = trimmed.split("\\s*,\\s*|\\s+", -1);
        double[] weights = new double[entries.length];
        for (int i = 0; i < entries.length; i++) {
            try {
                weights[i] = Double.parseDouble(entries[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Class weights '" + trimmed + "' are not a list of numbers: entry "
                        + (i + 1) + " is '" + entries[i] + "'; expected one number per class value, separated by "
                        + "commas or spaces, e.g. 1,5", e);
            }
        }
        return weights;
    }

    /**
     * @return the host's name of the class chosen as the positive one of a binary problem; empty for the default
     *         (the second class value in the host's order)
     */
    public Optional<String> positiveClass() {
        return Optional.ofNullable(values.positiveClass);
    }

    /** @return whether the objective has an L1 part */
    public boolean hasL1() {
        return values.lambda > 0 && values.alpha > 0;
    }

    /**
     * @param other another object
     * @return whether it is a configuration with the same value in every option (class weights compared by content,
     *         numbers as {@link Double#equals} compares them)
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingConfig
                && Arrays.deepEquals(values.all(), ((TrainingConfig) other).values.all());
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values.all());
    }

    /** Reads the serialized form of this version (the builder's fields) or of 1.0 (one field per option). */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        ObjectInputStream.GetField fields = in.readFields();
        ObjectStreamClass stream = fields.getObjectStreamClass();
        Builder read = stream.getField("values") != null ? (Builder) fields.get("values", null)
                : Builder.fromVersion1(fields);
        if (read == null) {
            throw new InvalidObjectException("Damaged training configuration: its values are missing");
        }
        read.requireIntact();
        values = read.copy();
    }

    @Override
    public String toString() {
        Builder v = values;
        StringBuilder s = new StringBuilder();
        s.append("solver=").append(v.solver.optionName());
        if (v.solver.usesLearningRate()) {
            s.append(", learningRate=").append(v.learningRate);
            if (v.schedule != LearningRateSchedule.CONSTANT) {
                s.append(", schedule=").append(v.schedule.optionName()).append(", decay=").append(v.decay);
            }
        }
        if (v.solver.usesMiniBatches()) {
            s.append(", miniBatchSize=").append(v.miniBatchSize);
        }
        if (v.solver == Solver.MOMENTUM || v.solver == Solver.NESTEROV) {
            s.append(", momentum=").append(v.momentum);
        }
        if (v.solver == Solver.ADAM) {
            s.append(", beta1=").append(v.beta1).append(", beta2=").append(v.beta2).append(", epsilon=").append(v.epsilon);
        }
        s.append(", maxIterations=").append(v.maxIterations)
                .append(", lossTolerance=").append(v.lossTolerance)
                .append(", gradientTolerance=").append(v.gradientTolerance)
                .append(", lambda=").append(v.lambda)
                .append(", alpha=").append(v.alpha)
                .append(", fitIntercept=").append(v.fitIntercept)
                .append(", standardize=").append(v.standardize);
        if (v.coefficientStatisticsOff) {
            s.append(", coefficientStatistics=false");
        }
        s.append(", classWeighting=").append(v.classWeighting.optionName());
        if (v.classWeights != null) {
            s.append(Arrays.toString(v.classWeights));
        }
        s.append(", threshold=").append(v.threshold);
        if (v.thresholdMetric != ThresholdMetric.NONE) {
            s.append(", thresholdMetric=").append(v.thresholdMetric.optionName())
                    .append(", thresholdHoldout=").append(v.thresholdHoldout);
        }
        s.append(", seed=").append(v.seed).append(", threads=").append(v.threads);
        if (v.scalarLoops) {
            s.append(", scalarLoops=true");
        }
        if (v.positiveClass != null) {
            s.append(", positiveClass=").append(v.positiveClass);
        }
        return s.toString();
    }

    /**
     * Mutable builder; each setter validates its argument. It holds the options, with their defaults: a
     * configuration is a private copy of it, so an option is declared here once (field, setter), read by one
     * accessor of {@link TrainingConfig} and listed once in {@link #all()} (which gives equality).
     *
     * <p>Serializable because its fields are the serialized form of {@link TrainingConfig}. An option added later
     * reads as Java's default value (0, false, null) from configurations saved before it existed, so give it a
     * meaning where that value is the default (for example {@code null} for "not set"), or read it in a
     * {@code readObject} here.
     */
    public static final class Builder implements Serializable, Cloneable {

        private static final long serialVersionUID = 1L;

        private Solver solver = Solver.AUTO;
        private double learningRate = 0.1;
        private int maxIterations = 1000;
        private double lossTolerance = 1e-9;
        private double gradientTolerance = 1e-6;
        private double lambda = DEFAULT_LAMBDA;
        private double alpha = 0;
        private int miniBatchSize = 32;
        private LearningRateSchedule schedule = LearningRateSchedule.CONSTANT;
        private double decay = 0.01;
        private double momentum = 0.9;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private boolean fitIntercept = true;
        private boolean standardize = true;
        /**
         * Whether the coefficient statistics are skipped. Stored negated so that configurations saved before this
         * option existed, which read it as {@code false}, keep computing them as they did.
         */
        private boolean coefficientStatisticsOff;
        private ClassWeighting classWeighting = ClassWeighting.NONE;
        private double[] classWeights;
        private double threshold = 0.5;
        private ThresholdMetric thresholdMetric = ThresholdMetric.NONE;
        private double thresholdHoldout = 0;
        private long seed = 1;
        private int threads = 0;
        private boolean scalarLoops;
        private String positiveClass;

        private Builder() {
        }

        /** @return every option's value, in a fixed order, for equality and hash codes */
        private Object[] all() {
            return new Object[] {solver, learningRate, maxIterations, lossTolerance, gradientTolerance, lambda, alpha,
                miniBatchSize, schedule, decay, momentum, beta1, beta2, epsilon, fitIntercept, standardize,
                classWeighting, classWeights, threshold, thresholdMetric, thresholdHoldout, seed, threads,
                scalarLoops, positiveClass, coefficientStatisticsOff};
        }

        /**
         * Checks values read from a file, which no setter has seen: every choice present, every number finite,
         * custom class weighting with its weights.
         *
         * @throws InvalidObjectException naming what is damaged
         */
        private void requireIntact() throws InvalidObjectException {
            if (solver == null || schedule == null || classWeighting == null || thresholdMetric == null) {
                throw new InvalidObjectException("Damaged training configuration: a choice (solver, schedule, class "
                        + "weighting or threshold metric) is missing");
            }
            for (Object value : all()) {
                if (value instanceof Double && !Double.isFinite((Double) value)) {
                    throw new InvalidObjectException("Damaged training configuration: a number is " + value
                            + "; expected finite numbers in " + Arrays.deepToString(all()));
                }
            }
            if (classWeighting == ClassWeighting.CUSTOM && classWeights == null) {
                throw new InvalidObjectException("Damaged training configuration: custom class weighting without "
                        + "class weights");
            }
        }

        /** @return an independent copy (the class weights array is not shared) */
        private Builder copy() {
            try {
                Builder copy = (Builder) super.clone();
                copy.classWeights = classWeights == null ? null : classWeights.clone();
                return copy;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError("Builder is Cloneable", e);
            }
        }

        /**
         * The options of a configuration saved by version 1.0, which stored one field per option (with the names
         * {@code tolerance} and {@code batchSize} for {@link #lossTolerance} and {@link #miniBatchSize}); an option
         * missing there keeps its default. This list is frozen: options added later are not in such files.
         */
        private static Builder fromVersion1(ObjectInputStream.GetField fields) throws IOException {
            ObjectStreamClass stream = fields.getObjectStreamClass();
            Builder b = new Builder();
            try {
                b.solver = (Solver) version1(fields, stream, "solver", b.solver);
                b.learningRate = (double) version1(fields, stream, "learningRate", b.learningRate);
                b.maxIterations = (int) version1(fields, stream, "maxIterations", b.maxIterations);
                b.lossTolerance = (double) version1(fields, stream, "tolerance", b.lossTolerance);
                b.gradientTolerance = (double) version1(fields, stream, "gradientTolerance", b.gradientTolerance);
                b.lambda = (double) version1(fields, stream, "lambda", b.lambda);
                b.alpha = (double) version1(fields, stream, "alpha", b.alpha);
                b.miniBatchSize = (int) version1(fields, stream, "batchSize", b.miniBatchSize);
                b.schedule = (LearningRateSchedule) version1(fields, stream, "schedule", b.schedule);
                b.decay = (double) version1(fields, stream, "decay", b.decay);
                b.momentum = (double) version1(fields, stream, "momentum", b.momentum);
                b.beta1 = (double) version1(fields, stream, "beta1", b.beta1);
                b.beta2 = (double) version1(fields, stream, "beta2", b.beta2);
                b.epsilon = (double) version1(fields, stream, "epsilon", b.epsilon);
                b.fitIntercept = (boolean) version1(fields, stream, "fitIntercept", b.fitIntercept);
                b.standardize = (boolean) version1(fields, stream, "standardize", b.standardize);
                b.classWeighting = (ClassWeighting) version1(fields, stream, "classWeighting", b.classWeighting);
                b.classWeights = (double[]) version1(fields, stream, "classWeights", b.classWeights);
                b.threshold = (double) version1(fields, stream, "threshold", b.threshold);
                b.thresholdMetric = (ThresholdMetric) version1(fields, stream, "thresholdMetric", b.thresholdMetric);
                b.thresholdHoldout = (double) version1(fields, stream, "thresholdHoldout", b.thresholdHoldout);
                b.seed = (long) version1(fields, stream, "seed", b.seed);
                b.threads = (int) version1(fields, stream, "threads", b.threads);
                b.scalarLoops = (boolean) version1(fields, stream, "scalarLoops", b.scalarLoops);
            } catch (ClassCastException | IllegalArgumentException e) {
                throw new InvalidObjectException("Damaged training configuration: " + e.getMessage());
            }
            return b;
        }

        /** One stored field of a version 1.0 configuration, or the default when the file does not have it. */
        private static Object version1(ObjectInputStream.GetField fields, ObjectStreamClass stream, String name,
                Object fallback) throws IOException {
            java.io.ObjectStreamField field = stream.getField(name);
            if (field == null) {
                return fallback;
            }
            switch (field.getTypeCode()) {
                case 'D':
                    return fields.get(name, 0.0);
                case 'I':
                    return fields.get(name, 0);
                case 'J':
                    return fields.get(name, 0L);
                case 'Z':
                    return fields.get(name, false);
                default:
                    return fields.get(name, null);
            }
        }

        /**
         * @param value the solver
         * @return this builder
         */
        public Builder solver(Solver value) {
            solver = requireNonNull(value, "solver");
            return this;
        }

        /**
         * @param value learning rate, finite and &gt; 0
         * @return this builder
         */
        public Builder learningRate(double value) {
            learningRate = LEARNING_RATE_RANGE.require(value, "Learning rate");
            return this;
        }

        /**
         * @param value maximum iterations or epochs, &gt;= 1
         * @return this builder
         */
        public Builder maxIterations(int value) {
            maxIterations = (int) MAX_ITERATIONS_RANGE.require(value, "Maximum iterations");
            return this;
        }

        /**
         * @param value relative loss-change tolerance, finite and &gt;= 0
         * @return this builder
         */
        public Builder lossTolerance(double value) {
            lossTolerance = LOSS_TOLERANCE_RANGE.require(value, "Loss tolerance");
            return this;
        }

        /**
         * @param value gradient-norm tolerance, finite and &gt;= 0
         * @return this builder
         */
        public Builder gradientTolerance(double value) {
            gradientTolerance = GRADIENT_TOLERANCE_RANGE.require(value, "Gradient tolerance");
            return this;
        }

        /**
         * @param value regularization strength, finite and &gt;= 0
         * @return this builder
         */
        public Builder lambda(double value) {
            lambda = LAMBDA_RANGE.require(value, "Regularization strength lambda");
            return this;
        }

        /**
         * @param value elastic-net mix in [0, 1]
         * @return this builder
         */
        public Builder alpha(double value) {
            alpha = ALPHA_RANGE.require(value, "Elastic-net mix alpha (0 = ridge, 1 = lasso)");
            return this;
        }

        /**
         * @param value mini-batch size, &gt;= 1
         * @return this builder
         */
        public Builder miniBatchSize(int value) {
            miniBatchSize = (int) MINI_BATCH_SIZE_RANGE.require(value, "Mini-batch size");
            return this;
        }

        /**
         * @param value learning-rate schedule
         * @return this builder
         */
        public Builder schedule(LearningRateSchedule value) {
            schedule = requireNonNull(value, "schedule");
            return this;
        }

        /**
         * @param value schedule decay, finite and &gt;= 0
         * @return this builder
         */
        public Builder decay(double value) {
            decay = DECAY_RANGE.require(value, "Learning-rate decay");
            return this;
        }

        /**
         * @param value momentum coefficient in [0, 1)
         * @return this builder
         */
        public Builder momentum(double value) {
            momentum = MOMENTUM_RANGE.require(value, "Momentum");
            return this;
        }

        /**
         * @param value Adam beta1 in [0, 1)
         * @return this builder
         */
        public Builder beta1(double value) {
            beta1 = MOMENTUM_RANGE.require(value, "Adam beta1");
            return this;
        }

        /**
         * @param value Adam beta2 in [0, 1)
         * @return this builder
         */
        public Builder beta2(double value) {
            beta2 = MOMENTUM_RANGE.require(value, "Adam beta2");
            return this;
        }

        /**
         * @param value Adam epsilon, finite and &gt; 0
         * @return this builder
         */
        public Builder epsilon(double value) {
            epsilon = EPSILON_RANGE.require(value, "Adam epsilon");
            return this;
        }

        /**
         * @param value whether to fit an intercept
         * @return this builder
         */
        public Builder fitIntercept(boolean value) {
            fitIntercept = value;
            return this;
        }

        /**
         * @param value whether to standardize features internally
         * @return this builder
         */
        public Builder standardize(boolean value) {
            standardize = value;
            return this;
        }

        /**
         * @param value whether to compute the Wald statistics of the coefficients (standard errors, z-scores,
         *        p-values) where they apply, binary models with lambda 0 (default true); see
         *        {@link TrainingConfig#coefficientStatistics()}
         * @return this builder
         */
        public Builder coefficientStatistics(boolean value) {
            coefficientStatisticsOff = !value;
            return this;
        }

        /**
         * @param value NONE or BALANCED (use {@link #classWeights(double...)} for CUSTOM)
         * @return this builder
         */
        public Builder classWeighting(ClassWeighting value) {
            requireNonNull(value, "class weighting");
            if (value == ClassWeighting.CUSTOM && classWeights == null) {
                throw new IllegalArgumentException(
                        "Class weighting 'custom' needs explicit weights: call classWeights(...) instead");
            }
            classWeighting = value;
            if (value != ClassWeighting.CUSTOM) {
                classWeights = null;
            }
            return this;
        }

        /**
         * Sets the class weighting from a host's two settings, the weighting and the custom weights as text
         * ({@link TrainingConfig#parseClassWeights}), so that every host combines them the same way.
         *
         * @param value the class weighting
         * @param customWeights the custom weights as text, one per class value in the host's class order; must be
         *        given for {@link ClassWeighting#CUSTOM} and empty (or {@code null}) for the others
         * @return this builder
         * @throws IllegalArgumentException when the weights do not parse, are missing for CUSTOM or given for
         *         another weighting, naming the text and what was expected
         */
        public Builder classWeighting(ClassWeighting value, String customWeights) {
            requireNonNull(value, "class weighting");
            String text = customWeights == null ? "" : customWeights.trim();
            double[] weights = parseClassWeights(text);
            if (value == ClassWeighting.CUSTOM) {
                if (weights.length == 0) {
                    throw new IllegalArgumentException("Class weighting 'custom' needs the custom class weights, one "
                            + "per class value (e.g. 1,5), but they are empty");
                }
                return classWeights(weights);
            }
            if (weights.length > 0) {
                throw new IllegalArgumentException("Custom class weights '" + text + "' are used only with class "
                        + "weighting 'custom', but the class weighting is '" + value.optionName()
                        + "': choose 'custom' to use them, or leave the custom class weights empty");
            }
            return classWeighting(value);
        }

        /**
         * Sets explicit class weights (one per class, in class-index order) and selects {@link ClassWeighting#CUSTOM}.
         *
         * @param weights finite, non-negative weights, at least one positive
         * @return this builder
         */
        public Builder classWeights(double... weights) {
            if (weights == null || weights.length == 0) {
                throw new IllegalArgumentException("Class weights must list one weight per class, but none were given");
            }
            boolean anyPositive = false;
            for (int c = 0; c < weights.length; c++) {
                if (!(weights[c] >= 0) || Double.isInfinite(weights[c])) {
                    throw new IllegalArgumentException("Class weight " + c + " must be a finite number >= 0, but was "
                            + weights[c]);
                }
                anyPositive |= weights[c] > 0;
            }
            if (!anyPositive) {
                throw new IllegalArgumentException("At least one class weight must be > 0, but all were 0");
            }
            classWeights = weights.clone();
            classWeighting = ClassWeighting.CUSTOM;
            return this;
        }

        /**
         * @param value binary decision threshold, strictly between 0 and 1
         * @return this builder
         */
        public Builder threshold(double value) {
            threshold = THRESHOLD_RANGE.require(value, "Decision threshold");
            return this;
        }

        /**
         * @param value metric to tune the binary threshold for, or NONE
         * @return this builder
         */
        public Builder thresholdMetric(ThresholdMetric value) {
            thresholdMetric = requireNonNull(value, "threshold metric");
            return this;
        }

        /**
         * @param value fraction held out for threshold tuning, in [0, 0.9]; 0 tunes on the training data
         * @return this builder
         */
        public Builder thresholdHoldout(double value) {
            thresholdHoldout = THRESHOLD_HOLDOUT_RANGE.require(value, "Threshold hold-out fraction");
            return this;
        }

        /**
         * @param value random seed
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * @param value number of worker threads, &gt;= 1, or 0 for automatic (all available processors)
         * @return this builder
         */
        public Builder threads(int value) {
            threads = (int) THREADS_RANGE.require(value, "Number of threads (0 for automatic)");
            return this;
        }

        /**
         * @param value whether to run the scalar row loops even where the vector loops are available (for
         *              bit-for-bit repeatable results, or to compare the two)
         * @return this builder
         */
        public Builder scalarLoops(boolean value) {
            scalarLoops = value;
            return this;
        }

        /**
         * @param value the host's name of the class whose probability a binary model describes (model class 1: the
         *        coefficients are its log-odds, the threshold and threshold tuning apply to its probability); {@code
         *        null} or empty for the default, the second class value in the host's order. The tabular layer
         *        refuses a name that is not a class value, and ignores it for more than two classes.
         * @return this builder
         */
        public Builder positiveClass(String value) {
            positiveClass = value == null || value.isEmpty() ? null : value;
            return this;
        }

        /** @return the immutable configuration */
        public TrainingConfig build() {
            return new TrainingConfig(this);
        }

        private static <T> T requireNonNull(T value, String what) {
            if (value == null) {
                throw new IllegalArgumentException("The " + what + " must be given, but was null");
            }
            return value;
        }
    }
}
