package io.github.gdlogistic.knime.learner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knime.core.data.DoubleValue;
import org.knime.core.data.NominalValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.util.filter.NameFilterConfiguration;
import org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration;
import org.knime.core.node.util.filter.column.DataTypeColumnFilter;

import io.github.gdlogistic.core.NumericRange;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.knime.adapter.TrainingSettings;
import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;

/**
 * The learner's KNIME settings: the target column, the feature filter, and one model per training setting of
 * {@link TrainingSettings} (same key, default and, for numbers, the core's range as bounds).
 */
final class LearnerSettings {

    final SettingsModelString target = new SettingsModelString("target", "");
    /**
     * The feature filter's modes besides manual selection: wildcard/regex name patterns and type selection (KNIME's
     * mask bits; the values are compiled into this class from the API the bundle is built against).
     */
    static final int FEATURE_FILTER_MODES =
        NameFilterConfiguration.FILTER_BY_NAMEPATTERN | DataColumnSpecFilterConfiguration.FILTER_BY_DATATYPE;

    /** The feature filter's settings key (as version 1.0 stored it). */
    static final String FEATURES_KEY = "features";

    /** The feature columns: numeric and nominal columns, chosen by hand, by name pattern or by type. */
    final DataColumnSpecFilterConfiguration features = newFeatureFilter();

    /** The training settings' models by key, in the order of {@link TrainingSettings#ALL}. */
    private final Map<String, SettingsModel> training = new LinkedHashMap<>();

    LearnerSettings() {
        for (Setting setting : TrainingSettings.ALL) {
            training.put(setting.key(), modelOf(setting));
        }
    }

    /** @return a feature filter configuration with the defaults (nothing chosen yet) */
    static DataColumnSpecFilterConfiguration newFeatureFilter() {
        return new DataColumnSpecFilterConfiguration(FEATURES_KEY, featureTypes(), FEATURE_FILTER_MODES);
    }

    /** @return the column types offered as features: numeric and nominal */
    static DataTypeColumnFilter featureTypes() {
        return new DataTypeColumnFilter(DoubleValue.class, NominalValue.class);
    }

    private static SettingsModel modelOf(final Setting setting) {
        switch (setting.kind()) {
            case REAL: {
                NumericRange range = setting.range().orElseThrow();
                return new SettingsModelDoubleBounded(setting.key(), (Double)setting.defaultValue(),
                    range.smallestAllowed(), range.largestAllowed());
            }
            case WHOLE: {
                int lowest = setting.range().map(range -> (int)range.smallestAllowed()).orElse(Integer.MIN_VALUE);
                int highest = setting.range().map(range -> (int)Math.min(Integer.MAX_VALUE, range.largestAllowed()))
                    .orElse(Integer.MAX_VALUE);
                return new SettingsModelIntegerBounded(setting.key(), (Integer)setting.defaultValue(), lowest,
                    highest);
            }
            case FLAG:
                return new SettingsModelBoolean(setting.key(), (Boolean)setting.defaultValue());
            default:
                return new SettingsModelString(setting.key(), (String)setting.defaultValue());
        }
    }

    /**
     * @param key a training setting's key
     * @return its settings model (a {@code SettingsModelString}, {@code SettingsModelDoubleBounded},
     *         {@code SettingsModelIntegerBounded} or {@code SettingsModelBoolean} as the setting's kind says)
     */
    SettingsModel model(final String key) {
        return training.get(key);
    }

    /** @return the training settings' current values by key */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        training.forEach((key, model) -> values.put(key, valueOf(model)));
        return values;
    }

    /** @return the training settings' models, in the order of {@link TrainingSettings#ALL} */
    java.util.Collection<SettingsModel> trainingModels() {
        return training.values();
    }

    /** @return the core configuration the training settings stand for */
    TrainingConfig toTrainingConfig() {
        return TrainingSettings.toConfig(values());
    }

    private static Object valueOf(final SettingsModel model) {
        if (model instanceof SettingsModelDoubleBounded) {
            return ((SettingsModelDoubleBounded)model).getDoubleValue();
        }
        if (model instanceof SettingsModelIntegerBounded) {
            return ((SettingsModelIntegerBounded)model).getIntValue();
        }
        if (model instanceof SettingsModelBoolean) {
            return ((SettingsModelBoolean)model).getBooleanValue();
        }
        return ((SettingsModelString)model).getStringValue();
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        target.saveSettingsTo(settings);
        features.saveConfiguration(settings);
        for (SettingsModel model : training.values()) {
            model.saveSettingsTo(settings);
        }
    }

    void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        features.loadConfigurationInModel(settings);
        for (SettingsModel model : present(settings)) {
            model.loadSettingsFrom(settings);
        }
    }

    /**
     * The models whose keys the settings must have: all but the settings added after version 1.0 that a workflow
     * saved before does not have (they keep their defaults).
     */
    private List<SettingsModel> present(final NodeSettingsRO settings) {
        Set<String> keys = new HashSet<>();
        for (String key : settings) {
            keys.add(key);
        }
        List<SettingsModel> models = new java.util.ArrayList<>(List.of(target));
        for (Setting setting : TrainingSettings.ALL) {
            if (!setting.addedAfterVersion1() || keys.contains(setting.key())) {
                models.add(training.get(setting.key()));
            }
        }
        return models;
    }

    /**
     * Loads the settings into a fresh instance and checks the option values with the core's validation.
     *
     * @param settings settings to check
     * @throws InvalidSettingsException naming the bad value
     */
    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        LearnerSettings candidate = new LearnerSettings();
        newFeatureFilter().loadConfigurationInModel(settings);
        for (SettingsModel model : candidate.present(settings)) {
            model.validateSettings(settings);
        }
        candidate.loadSettingsFrom(settings);
        try {
            candidate.toTrainingConfig();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
