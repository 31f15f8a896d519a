package io.github.gdlogistic.core.metrics;

import java.util.Arrays;

/** Probability-based metrics: log-loss and ROC AUC. */
public final class Metrics {

    /** Probabilities are clipped to {@code [EPS, 1 - EPS]} in the log-loss, as scikit-learn does. */
    public static final double EPS = 1e-15;

    private Metrics() {
    }

    /**
     * Weighted mean negative log-probability of the true class.
     *
     * @param probabilities row-major {@code rows x numClasses}
     * @param actual true class per row
     * @param weights weight per row or {@code null}
     * @return the log-loss
     */
    public static double logLoss(double[] probabilities, int[] actual, double[] weights) {
        int k = probabilities.length / actual.length;
        double sum = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            double w = weights == null ? 1 : weights[i];
            double p = Math.min(1 - EPS, Math.max(EPS, probabilities[i * k + actual[i]]));
            sum -= w * Math.log(p);
            total += w;
        }
        return sum / total;
    }

    /**
     * Weighted area under the ROC curve for a binary problem: the probability that a random positive scores above a
     * random negative, ties counting one half. Computed exactly by sorting the scores.
     *
     * @param scores score per row (higher = more positive)
     * @param positive whether each row is positive
     * @param weights weight per row or {@code null}
     * @return the AUC, or NaN when one class is absent
     */
    public static double rocAuc(double[] scores, boolean[] positive, double[] weights) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double negativesBelow = 0;
        double area = 0;
        double totalPositive = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            double tiedPositive = 0;
            double tiedNegative = 0;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                int row = order[j];
                double w = weights == null ? 1 : weights[row];
                if (positive[row]) {
                    tiedPositive += w;
                } else {
                    tiedNegative += w;
                }
                j++;
            }
            area += tiedPositive * (negativesBelow + 0.5 * tiedNegative);
            negativesBelow += tiedNegative;
            totalPositive += tiedPositive;
            i = j;
        }
        double pairs = totalPositive * negativesBelow;
        return pairs == 0 ? Double.NaN : area / pairs;
    }
}
