package io.github.gdlogistic.core;

import java.io.Serializable;
import java.util.Arrays;

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

    private final Solver solver;
    private final double learningRate;
    private final int maxIterations;
    private final double tolerance;
    private final double gradientTolerance;
    private final double lambda;
    private final double alpha;
    private final int batchSize;
    private final LearningRateSchedule schedule;
    private final double decay;
    private final double momentum;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final boolean fitIntercept;
    private final boolean standardize;
    private final ClassWeighting classWeighting;
    private final double[] classWeights;
    private final double threshold;
    private final ThresholdMetric thresholdMetric;
    private final double thresholdHoldout;
    private final long seed;
    private final int threads;
    private final boolean scalarLoops;

    private TrainingConfig(Builder b) {
        solver = b.solver;
        learningRate = b.learningRate;
        maxIterations = b.maxIterations;
        tolerance = b.tolerance;
        gradientTolerance = b.gradientTolerance;
        lambda = b.lambda;
        alpha = b.alpha;
        batchSize = b.batchSize;
        schedule = b.schedule;
        decay = b.decay;
        momentum = b.momentum;
        beta1 = b.beta1;
        beta2 = b.beta2;
        epsilon = b.epsilon;
        fitIntercept = b.fitIntercept;
        standardize = b.standardize;
        classWeighting = b.classWeighting;
        classWeights = b.classWeights == null ? null : b.classWeights.clone();
        threshold = b.threshold;
        thresholdMetric = b.thresholdMetric;
        thresholdHoldout = b.thresholdHoldout;
        seed = b.seed;
        threads = b.threads;
        scalarLoops = b.scalarLoops;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults: the AUTO solver, lambda {@value #DEFAULT_LAMBDA}, standardization on, intercept on */
    public static TrainingConfig defaults() {
        return builder().build();
    }

    /** @return a builder initialized with this configuration's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.solver = solver;
        b.learningRate = learningRate;
        b.maxIterations = maxIterations;
        b.tolerance = tolerance;
        b.gradientTolerance = gradientTolerance;
        b.lambda = lambda;
        b.alpha = alpha;
        b.batchSize = batchSize;
        b.schedule = schedule;
        b.decay = decay;
        b.momentum = momentum;
        b.beta1 = beta1;
        b.beta2 = beta2;
        b.epsilon = epsilon;
        b.fitIntercept = fitIntercept;
        b.standardize = standardize;
        b.classWeighting = classWeighting;
        b.classWeights = classWeights == null ? null : classWeights.clone();
        b.threshold = threshold;
        b.thresholdMetric = thresholdMetric;
        b.thresholdHoldout = thresholdHoldout;
        b.seed = seed;
        b.threads = threads;
        b.scalarLoops = scalarLoops;
        return b;
    }

    /** @return the optimization algorithm */
    public Solver solver() {
        return solver;
    }

    /** @return the (initial) learning rate of the fixed-rate solvers */
    public double learningRate() {
        return learningRate;
    }

    /** @return the maximum number of iterations (full-batch solvers) or epochs (mini-batch solvers) */
    public int maxIterations() {
        return maxIterations;
    }

    /** @return the relative loss change below which training stops as converged */
    public double tolerance() {
        return tolerance;
    }

    /** @return the gradient max-norm below which training stops as converged */
    public double gradientTolerance() {
        return gradientTolerance;
    }

    /** @return the regularization strength lambda */
    public double lambda() {
        return lambda;
    }

    /** @return the elastic-net mix: 0 is pure L2 (ridge), 1 pure L1 (lasso) */
    public double alpha() {
        return alpha;
    }

    /** @return the mini-batch size of the mini-batch solvers */
    public int batchSize() {
        return batchSize;
    }

    /** @return the learning-rate schedule of the fixed-rate solvers */
    public LearningRateSchedule schedule() {
        return schedule;
    }

    /** @return the decay parameter of the learning-rate schedule */
    public double decay() {
        return decay;
    }

    /** @return the momentum coefficient of MOMENTUM and NESTEROV */
    public double momentum() {
        return momentum;
    }

    /** @return Adam's decay rate of the first-moment estimate */
    public double beta1() {
        return beta1;
    }

    /** @return Adam's decay rate of the second-moment estimate */
    public double beta2() {
        return beta2;
    }

    /** @return Adam's denominator offset */
    public double epsilon() {
        return epsilon;
    }

    /** @return whether an (unpenalized) intercept is fitted */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /** @return whether features are standardized internally (coefficients are reported in original units anyway) */
    public boolean standardize() {
        return standardize;
    }

    /** @return how classes are weighted */
    public ClassWeighting classWeighting() {
        return classWeighting;
    }

    /** @return a copy of the explicit class weights when {@link ClassWeighting#CUSTOM}, else {@code null} */
    public double[] classWeights() {
        return classWeights == null ? null : classWeights.clone();
    }

    /** @return the binary decision threshold on the positive-class probability */
    public double threshold() {
        return threshold;
    }

    /** @return the metric the binary threshold is tuned for, or {@link ThresholdMetric#NONE} */
    public ThresholdMetric thresholdMetric() {
        return thresholdMetric;
    }

    /** @return the fraction of the data held out for threshold tuning; 0 tunes on the training data */
    public double thresholdHoldout() {
        return thresholdHoldout;
    }

    /** @return the random seed (mini-batch shuffling, hold-out split) */
    public long seed() {
        return seed;
    }

    /**
     * @return the number of worker threads, or 0 for automatic (all available processors, as far as the data have
     *         enough rows to share); results do not depend on it
     */
    public int threads() {
        return threads;
    }

    /**
     * @return whether the scalar row loops run even where the vector loops are available
     *         ({@link io.github.gdlogistic.core.objective.SimdSupport}): slower on large data, bit-for-bit repeatable
     */
    public boolean scalarLoops() {
        return scalarLoops;
    }

    /** @return whether the objective has an L1 part */
    public boolean hasL1() {
        return lambda > 0 && alpha > 0;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append("solver=").append(solver.optionName());
        if (solver.usesLearningRate()) {
            s.append(", learningRate=").append(learningRate);
            if (schedule != LearningRateSchedule.CONSTANT) {
                s.append(", schedule=").append(schedule.optionName()).append(", decay=").append(decay);
            }
        }
        if (solver.usesMiniBatches()) {
            s.append(", batchSize=").append(batchSize);
        }
        if (solver == Solver.MOMENTUM || solver == Solver.NESTEROV) {
            s.append(", momentum=").append(momentum);
        }
        if (solver == Solver.ADAM) {
            s.append(", beta1=").append(beta1).append(", beta2=").append(beta2).append(", epsilon=").append(epsilon);
        }
        s.append(", maxIterations=").append(maxIterations)
                .append(", tolerance=").append(tolerance)
                .append(", gradientTolerance=").append(gradientTolerance)
                .append(", lambda=").append(lambda)
                .append(", alpha=").append(alpha)
                .append(", fitIntercept=").append(fitIntercept)
                .append(", standardize=").append(standardize)
                .append(", classWeighting=").append(classWeighting.optionName());
        if (classWeights != null) {
            s.append(Arrays.toString(classWeights));
        }
        s.append(", threshold=").append(threshold);
        if (thresholdMetric != ThresholdMetric.NONE) {
            s.append(", thresholdMetric=").append(thresholdMetric.optionName())
                    .append(", thresholdHoldout=").append(thresholdHoldout);
        }
        s.append(", seed=").append(seed).append(", threads=").append(threads);
        if (scalarLoops) {
            s.append(", scalarLoops=true");
        }
        return s.toString();
    }

    /** Mutable builder; each setter validates its argument. */
    public static final class Builder {
        private Solver solver = Solver.AUTO;
        private double learningRate = 0.1;
        private int maxIterations = 1000;
        private double tolerance = 1e-9;
        private double gradientTolerance = 1e-6;
        private double lambda = DEFAULT_LAMBDA;
        private double alpha = 0;
        private int batchSize = 32;
        private LearningRateSchedule schedule = LearningRateSchedule.CONSTANT;
        private double decay = 0.01;
        private double momentum = 0.9;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private boolean fitIntercept = true;
        private boolean standardize = true;
        private ClassWeighting classWeighting = ClassWeighting.NONE;
        private double[] classWeights;
        private double threshold = 0.5;
        private ThresholdMetric thresholdMetric = ThresholdMetric.NONE;
        private double thresholdHoldout = 0;
        private long seed = 1;
        private int threads = 0;
        private boolean scalarLoops;

        private Builder() {
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
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Learning rate must be a finite number > 0, but was " + value);
            }
            learningRate = value;
            return this;
        }

        /**
         * @param value maximum iterations or epochs, &gt;= 1
         * @return this builder
         */
        public Builder maxIterations(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("Maximum iterations must be at least 1, but was " + value);
            }
            maxIterations = value;
            return this;
        }

        /**
         * @param value relative loss-change tolerance, finite and &gt;= 0
         * @return this builder
         */
        public Builder tolerance(double value) {
            requireNonNegative(value, "Tolerance");
            tolerance = value;
            return this;
        }

        /**
         * @param value gradient-norm tolerance, finite and &gt;= 0
         * @return this builder
         */
        public Builder gradientTolerance(double value) {
            requireNonNegative(value, "Gradient tolerance");
            gradientTolerance = value;
            return this;
        }

        /**
         * @param value regularization strength, finite and &gt;= 0
         * @return this builder
         */
        public Builder lambda(double value) {
            requireNonNegative(value, "Regularization strength lambda");
            lambda = value;
            return this;
        }

        /**
         * @param value elastic-net mix in [0, 1]
         * @return this builder
         */
        public Builder alpha(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(
                        "Elastic-net mix alpha must be in [0, 1] (0 = ridge, 1 = lasso), but was " + value);
            }
            alpha = value;
            return this;
        }

        /**
         * @param value mini-batch size, &gt;= 1
         * @return this builder
         */
        public Builder batchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("Batch size must be at least 1, but was " + value);
            }
            batchSize = value;
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
            requireNonNegative(value, "Learning-rate decay");
            decay = value;
            return this;
        }

        /**
         * @param value momentum coefficient in [0, 1)
         * @return this builder
         */
        public Builder momentum(double value) {
            requireUnitInterval(value, "Momentum");
            momentum = value;
            return this;
        }

        /**
         * @param value Adam beta1 in [0, 1)
         * @return this builder
         */
        public Builder beta1(double value) {
            requireUnitInterval(value, "Adam beta1");
            beta1 = value;
            return this;
        }

        /**
         * @param value Adam beta2 in [0, 1)
         * @return this builder
         */
        public Builder beta2(double value) {
            requireUnitInterval(value, "Adam beta2");
            beta2 = value;
            return this;
        }

        /**
         * @param value Adam epsilon, finite and &gt; 0
         * @return this builder
         */
        public Builder epsilon(double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("Adam epsilon must be a finite number > 0, but was " + value);
            }
            epsilon = value;
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
            if (!(value > 0 && value < 1)) {
                throw new IllegalArgumentException(
                        "Decision threshold must be strictly between 0 and 1, but was " + value);
            }
            threshold = value;
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
            if (!(value >= 0 && value <= 0.9)) {
                throw new IllegalArgumentException(
                        "Threshold hold-out fraction must be in [0, 0.9], but was " + value);
            }
            thresholdHoldout = value;
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
            if (value < 0) {
                throw new IllegalArgumentException(
                        "Number of threads must be at least 1, or 0 for automatic, but was " + value);
            }
            threads = value;
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

        private static void requireNonNegative(double value, String what) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(what + " must be a finite number >= 0, but was " + value);
            }
        }

        private static void requireUnitInterval(double value, String what) {
            if (!(value >= 0 && value < 1)) {
                throw new IllegalArgumentException(what + " must be in [0, 1), but was " + value);
            }
        }
    }
}
