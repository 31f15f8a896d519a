package io.github.gdlogistic.knime.adapter;

import io.github.gdlogistic.core.table.TabularModel;

/** The decision threshold the predictor applies: the model's own, or the user's override for binary models. */
public final class PredictionThreshold {

    private PredictionThreshold() {
    }

    /**
     * @param model the fitted model
     * @param override whether the user overrides the model's threshold
     * @param overrideValue the user's threshold, in (0, 1)
     * @return the override when it is on and the model is binary (the core has a positive class; a target value
     *         without training rows, e.g. from the column's domain, does not make a model multinomial), else the
     *         model's threshold
     */
    public static double of(TabularModel model, boolean override, double overrideValue) {
        return override && model.positiveClass().isPresent() ? overrideValue : model.threshold();
    }
}
