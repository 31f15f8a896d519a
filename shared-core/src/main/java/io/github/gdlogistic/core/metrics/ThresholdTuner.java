package io.github.gdlogistic.core.metrics;

import java.util.Arrays;

/**
 * Finds the decision threshold that maximizes a metric by an exact sweep: the scores are sorted once, and every
 * distinct cut between neighbouring scores is evaluated from running weighted counts, so the cost is
 * {@code O(n log n)}. Candidate thresholds are the midpoints between neighbouring distinct scores (plus one below
 * the lowest and one above the highest score), clipped into the open interval (0, 1). Among equal metric values
 * the threshold closest to 0.5 wins, so ties do not push the threshold to an extreme.
 */
public final class ThresholdTuner {

    private ThresholdTuner() {
    }

    /**
     * @param scores positive-class probability per row
     * @param positive whether each row is positive
     * @param weights weight per row or {@code null}
     * @param metric the metric to maximize
     * @param heldOut whether the scores come from held-out data (recorded in the curve)
     * @return the full curve with the best threshold
     */
    public static ThresholdCurve tune(double[] scores, boolean[] positive, double[] weights, ConfusionMetric metric,
            boolean heldOut) {
        int n = scores.length;
        if (n == 0) {
            throw new IllegalArgumentException("Threshold tuning needs at least one scored row, but got none");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Descending scores: lowering the threshold past a group of equal scores makes the whole group positive.
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double totalPositive = 0;
        double totalNegative = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1 : weights[i];
            if (positive[i]) {
                totalPositive += w;
            } else {
                totalNegative += w;
            }
        }
        int distinct = 1;
        for (int k = 1; k < n; k++) {
            if (scores[order[k]] != scores[order[k - 1]]) {
                distinct++;
            }
        }
        double[] thresholds = new double[distinct + 1];
        double[] values = new double[distinct + 1];
        // Cut 0: threshold above the highest score, nothing predicted positive.
        int cut = distinct;
        thresholds[cut] = clip(0.5 * (scores[order[0]] + 1.0));
        values[cut] = metric.evaluate(0, 0, totalNegative, totalPositive);
        double truePositive = 0;
        double falsePositive = 0;
        int k = 0;
        while (k < n) {
            double score = scores[order[k]];
            while (k < n && scores[order[k]] == score) {
                int row = order[k];
                double w = weights == null ? 1 : weights[row];
                if (positive[row]) {
                    truePositive += w;
                } else {
                    falsePositive += w;
                }
                k++;
            }
            cut--;
            double nextScore = k < n ? scores[order[k]] : 0.0;
            thresholds[cut] = clip(0.5 * (score + nextScore));
            values[cut] = metric.evaluate(truePositive, falsePositive, totalNegative - falsePositive,
                    totalPositive - truePositive);
        }
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]
                    || (values[c] == values[best] && Math.abs(thresholds[c] - 0.5) < Math.abs(thresholds[best] - 0.5))) {
                best = c;
            }
        }
        return new ThresholdCurve(metric, thresholds, values, best, heldOut);
    }

    private static double clip(double threshold) {
        return Math.min(1 - 1e-12, Math.max(1e-12, threshold));
    }
}
