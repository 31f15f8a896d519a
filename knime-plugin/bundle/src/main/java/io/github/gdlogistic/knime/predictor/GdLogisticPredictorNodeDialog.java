package io.github.gdlogistic.knime.predictor;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;

/** The predictor's dialog: prediction column name, probability columns and the binary threshold override. */
final class GdLogisticPredictorNodeDialog extends DefaultNodeSettingsPane {

    GdLogisticPredictorNodeDialog() {
        PredictorSettings settings = new PredictorSettings();
        createNewGroup("Prediction column");
        addDialogComponent(new DialogComponentBoolean(settings.customPredictionName, "Change prediction column name"));
        addDialogComponent(new DialogComponentString(settings.predictionName, "Prediction column name"));
        closeCurrentGroup();
        createNewGroup("Class probabilities");
        addDialogComponent(new DialogComponentBoolean(settings.appendProbabilities, "Append probability columns"));
        addDialogComponent(new DialogComponentString(settings.probabilitySuffix, "Suffix for probability columns"));
        closeCurrentGroup();
        createNewGroup("Binary models");
        addDialogComponent(new DialogComponentBoolean(settings.overrideThreshold, "Override the model's threshold"));
        addDialogComponent(new DialogComponentNumber(settings.threshold, "Threshold", 0.05));
        closeCurrentGroup();
    }
}
