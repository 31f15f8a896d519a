package io.github.gdlogistic.knime.adapter;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.gdlogistic.core.TrainingConfig;

/** Test helper: the learner's training settings as the node holds them, defaults overridden by key. */
final class KnimeSettings {

    private KnimeSettings() {
    }

    /**
     * @param keysAndValues settings keys and their values (Double, Integer, Boolean or String), alternating
     * @return the values of every training setting
     */
    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>(TrainingSettings.defaults());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    /**
     * @param keysAndValues settings keys and their values, alternating
     * @return the configuration the learner trains with for these settings
     */
    static TrainingConfig config(Object... keysAndValues) {
        return TrainingSettings.toConfig(values(keysAndValues));
    }
}
