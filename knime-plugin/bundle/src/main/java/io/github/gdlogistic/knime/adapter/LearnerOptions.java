package io.github.gdlogistic.knime.adapter;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;

/**
 * The learner node's training options as plain values, with the core's defaults, and their one mapping to the
 * core's {@link TrainingConfig}. Options are given by their core option names (e.g. solver {@code "auto"}).
 */
public final class LearnerOptions {

    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults();

    private String solver = DEFAULTS.solver().optionName();
    private double learningRate = DEFAULTS.learningRate();
    private int maxIterations = DEFAULTS.maxIterations();
    private double tolerance = DEFAULTS.lossTolerance();
    private double lambda = DEFAULTS.lambda();
    private double alpha = DEFAULTS.alpha();
    private int batchSize = DEFAULTS.miniBatchSize();
    private boolean fitIntercept = DEFAULTS.fitIntercept();
    private boolean standardize = DEFAULTS.standardize();
    private String classWeighting = DEFAULTS.classWeighting().optionName();
    private int seed = (int) DEFAULTS.seed();
    private double threshold = DEFAULTS.threshold();
    private String thresholdMetric = DEFAULTS.thresholdMetric().optionName();

    /** @return the solver's option name */
    public String solver() {
        return solver;
    }

    /**
     * @param value the solver's option name, e.g. {@code "auto"} or {@code "adam"}
     * @return this
     */
    public LearnerOptions solver(String value) {
        solver = value;
        return this;
    }

    /** @return the learning rate */
    public double learningRate() {
        return learningRate;
    }

    /**
     * @param value the learning rate of the fixed-rate solvers
     * @return this
     */
    public LearnerOptions learningRate(double value) {
        learningRate = value;
        return this;
    }

    /** @return the maximum number of iterations or epochs */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * @param value the maximum number of iterations or epochs
     * @return this
     */
    public LearnerOptions maxIterations(int value) {
        maxIterations = value;
        return this;
    }

    /** @return the relative loss-change tolerance */
    public double tolerance() {
        return tolerance;
    }

    /**
     * @param value the relative loss-change tolerance
     * @return this
     */
    public LearnerOptions tolerance(double value) {
        tolerance = value;
        return this;
    }

    /** @return the regularization strength */
    public double lambda() {
        return lambda;
    }

    /**
     * @param value the regularization strength lambda
     * @return this
     */
    public LearnerOptions lambda(double value) {
        lambda = value;
        return this;
    }

    /** @return the elastic-net mix */
    public double alpha() {
        return alpha;
    }

    /**
     * @param value the elastic-net mix alpha (0 ridge, 1 lasso)
     * @return this
     */
    public LearnerOptions alpha(double value) {
        alpha = value;
        return this;
    }

    /** @return the mini-batch size */
    public int batchSize() {
        return batchSize;
    }

    /**
     * @param value the mini-batch size
     * @return this
     */
    public LearnerOptions batchSize(int value) {
        batchSize = value;
        return this;
    }

    /** @return whether an intercept is fitted */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /**
     * @param value whether to fit an intercept
     * @return this
     */
    public LearnerOptions fitIntercept(boolean value) {
        fitIntercept = value;
        return this;
    }

    /** @return whether features are standardized internally */
    public boolean standardize() {
        return standardize;
    }

    /**
     * @param value whether to standardize internally
     * @return this
     */
    public LearnerOptions standardize(boolean value) {
        standardize = value;
        return this;
    }

    /** @return the class weighting's option name */
    public String classWeighting() {
        return classWeighting;
    }

    /**
     * @param value the class weighting's option name ({@code "none"} or {@code "balanced"})
     * @return this
     */
    public LearnerOptions classWeighting(String value) {
        classWeighting = value;
        return this;
    }

    /** @return the random seed */
    public int seed() {
        return seed;
    }

    /**
     * @param value the random seed
     * @return this
     */
    public LearnerOptions seed(int value) {
        seed = value;
        return this;
    }

    /** @return the binary decision threshold */
    public double threshold() {
        return threshold;
    }

    /**
     * @param value the binary decision threshold
     * @return this
     */
    public LearnerOptions threshold(double value) {
        threshold = value;
        return this;
    }

    /** @return the threshold tuning metric's option name */
    public String thresholdMetric() {
        return thresholdMetric;
    }

    /**
     * @param value the threshold tuning metric's option name ({@code "none"} for no tuning)
     * @return this
     */
    public LearnerOptions thresholdMetric(String value) {
        thresholdMetric = value;
        return this;
    }

    /**
     * Maps these options to the core configuration; the core validates every value.
     *
     * @return the configuration
     * @throws IllegalArgumentException with the core's message, naming the value and the allowed range
     */
    public TrainingConfig toTrainingConfig() {
        ClassWeighting weighting = ClassWeighting.fromName(classWeighting);
        if (weighting == ClassWeighting.CUSTOM) {
            throw new IllegalArgumentException(
                    "Class weighting 'custom' needs explicit weights, which this node does not take; use none or balanced");
        }
        return TrainingConfig.builder()
                .solver(Solver.fromName(solver))
                .learningRate(learningRate)
                .maxIterations(maxIterations)
                .lossTolerance(tolerance)
                .lambda(lambda)
                .alpha(alpha)
                .miniBatchSize(batchSize)
                .fitIntercept(fitIntercept)
                .standardize(standardize)
                .classWeighting(weighting)
                .seed(seed)
                .threshold(threshold)
                .thresholdMetric(ThresholdMetric.fromName(thresholdMetric))
                .build();
    }
}
