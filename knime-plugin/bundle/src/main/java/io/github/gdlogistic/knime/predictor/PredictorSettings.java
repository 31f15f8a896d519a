package io.github.gdlogistic.knime.predictor;

import io.github.gdlogistic.core.TrainingConfig;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** The predictor's KNIME settings models, in one place. */
final class PredictorSettings {

    final SettingsModelBoolean customPredictionName = new SettingsModelBoolean("customPredictionName", false);
    final SettingsModelString predictionName = new SettingsModelString("predictionName", "Prediction");
    final SettingsModelBoolean appendProbabilities = new SettingsModelBoolean("appendProbabilities", false);
    final SettingsModelString probabilitySuffix = new SettingsModelString("probabilitySuffix", "");
    final SettingsModelBoolean overrideThreshold = new SettingsModelBoolean("overrideThreshold", false);
    final SettingsModelDoubleBounded threshold = new SettingsModelDoubleBounded("threshold", 0.5, 0, 1);

    private List<SettingsModel> all() {
        return List.of(customPredictionName, predictionName, appendProbabilities, probabilitySuffix,
            overrideThreshold, threshold);
    }

    /** @return the custom prediction column name, or null for the default name */
    String customNameOrNull() {
        return customPredictionName.getBooleanValue() ? predictionName.getStringValue() : null;
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : all()) {
            model.saveSettingsTo(settings);
        }
    }

    void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : all()) {
            model.loadSettingsFrom(settings);
        }
    }

    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        PredictorSettings candidate = new PredictorSettings();
        for (SettingsModel model : candidate.all()) {
            model.validateSettings(settings);
        }
        candidate.loadSettingsFrom(settings);
        if (candidate.customPredictionName.getBooleanValue()
            && candidate.predictionName.getStringValue().trim().isEmpty()) {
            throw new InvalidSettingsException("The custom prediction column name is empty; enter a name");
        }
        if (candidate.overrideThreshold.getBooleanValue()) {
            try {
                // the core's range decides (the settings model's looser bounds only keep old workflows loading)
                TrainingConfig.THRESHOLD_RANGE.require(candidate.threshold.getDoubleValue(), "Threshold override");
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
        }
    }
}
