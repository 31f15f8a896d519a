package io.github.gdlogistic.core;

import io.github.gdlogistic.core.metrics.ConfusionMetric;

/** The metric a binary decision threshold is tuned to maximize. */
public enum ThresholdMetric implements NamedOption, ConfusionMetric {
    /** No tuning: the configured threshold is used. */
    NONE("none", "Keep the configured decision threshold."),
    /** Fraction of (weighted) instances classified correctly. */
    ACCURACY("accuracy", "Maximize accuracy."),
    /** Harmonic mean of precision and recall of the positive class. */
    F1("f1", "Maximize the F1 score of the positive class."),
    /** Mean of sensitivity and specificity; maximizing it maximizes Youden's J. */
    BALANCED_ACCURACY("balanced-accuracy", "Maximize balanced accuracy (equivalently Youden's J)."),
    /** Matthews correlation coefficient. */
    MCC("mcc", "Maximize the Matthews correlation coefficient.");

    private final String optionName;
    private final String description;

    ThresholdMetric(String optionName, String description) {
        this.optionName = optionName;
        this.description = description;
    }

    @Override
    public String optionName() {
        return optionName;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Evaluates the metric on a weighted binary confusion matrix.
     *
     * @param truePositives weight of positives predicted positive
     * @param falsePositives weight of negatives predicted positive
     * @param trueNegatives weight of negatives predicted negative
     * @param falseNegatives weight of positives predicted negative
     * @return the metric value; 0 where it is undefined (e.g. F1 with no positive prediction)
     */
    @Override
    public double evaluate(double truePositives, double falsePositives, double trueNegatives, double falseNegatives) {
        double positives = truePositives + falseNegatives;
        double negatives = trueNegatives + falsePositives;
        switch (this) {
            case ACCURACY:
                return (truePositives + trueNegatives) / (positives + negatives);
            case F1: {
                double denominator = 2 * truePositives + falsePositives + falseNegatives;
                return denominator == 0 ? 0 : 2 * truePositives / denominator;
            }
            case BALANCED_ACCURACY: {
                double sensitivity = positives == 0 ? 0 : truePositives / positives;
                double specificity = negatives == 0 ? 0 : trueNegatives / negatives;
                return (sensitivity + specificity) / 2;
            }
            case MCC: {
                double predictedPositive = truePositives + falsePositives;
                double predictedNegative = trueNegatives + falseNegatives;
                double denominator = Math.sqrt(predictedPositive * positives * negatives * predictedNegative);
                return denominator == 0 ? 0
                        : (truePositives * trueNegatives - falsePositives * falseNegatives) / denominator;
            }
            default:
                throw new IllegalStateException("Threshold metric NONE has no value");
        }
    }

    /**
     * @param name a metric name
     * @return the matching metric
     * @throws IllegalArgumentException when the name is unknown
     */
    public static ThresholdMetric fromName(String name) {
        return NamedOption.fromName(ThresholdMetric.class, name, "Threshold metric");
    }
}
