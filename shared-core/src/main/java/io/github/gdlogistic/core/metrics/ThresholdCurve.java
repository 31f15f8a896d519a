package io.github.gdlogistic.core.metrics;

import java.io.Serializable;

/**
 * A metric as a function of the binary decision threshold ("predict positive when P(positive) &gt;= threshold"),
 * evaluated at every distinct cut of the scores, with the best threshold. Immutable.
 */
public final class ThresholdCurve implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The metric. Files written by version 1.0 hold the configuration's threshold metric here, which implements
     * {@link ConfusionMetric}, so they read back unchanged.
     */
    private final ConfusionMetric metric;
    private final double[] thresholds;
    private final double[] values;
    private final int best;
    private final boolean heldOut;

    /**
     * @param metric the metric
     * @param thresholds thresholds in increasing order
     * @param values metric value per threshold
     * @param best index of the chosen threshold
     * @param heldOut whether the curve was computed on held-out data
     */
    public ThresholdCurve(ConfusionMetric metric, double[] thresholds, double[] values, int best, boolean heldOut) {
        this.metric = metric;
        this.thresholds = thresholds.clone();
        this.values = values.clone();
        this.best = best;
        this.heldOut = heldOut;
    }

    /** @return the metric maximized */
    public ConfusionMetric metric() {
        return metric;
    }

    /** @return a copy of the thresholds, increasing */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** @return a copy of the metric values, one per threshold */
    public double[] values() {
        return values.clone();
    }

    /** @return the threshold with the highest metric value */
    public double bestThreshold() {
        return thresholds[best];
    }

    /** @return the highest metric value */
    public double bestValue() {
        return values[best];
    }

    /** @return whether the curve comes from a held-out part of the data (else from the training data) */
    public boolean heldOut() {
        return heldOut;
    }
}
