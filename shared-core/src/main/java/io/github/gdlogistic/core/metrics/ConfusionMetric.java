package io.github.gdlogistic.core.metrics;

/**
 * A measure of a binary decision computed from its weighted confusion counts, to be maximized by
 * {@link ThresholdTuner}. The training configuration's threshold metrics implement it.
 */
public interface ConfusionMetric {

    /**
     * @param truePositives weighted true positives
     * @param falsePositives weighted false positives
     * @param trueNegatives weighted true negatives
     * @param falseNegatives weighted false negatives
     * @return the metric's value (larger is better)
     */
    double evaluate(double truePositives, double falsePositives, double trueNegatives, double falseNegatives);

    /** @return the metric's name as options and reports spell it, e.g. "balanced-accuracy" */
    String optionName();
}
