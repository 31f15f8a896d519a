package io.github.gdlogistic.knime.predictor;

import java.util.Map;

import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.port.PortObjectSpec;

import io.github.gdlogistic.knime.adapter.DialogRules;
import io.github.gdlogistic.knime.common.DialogComponents;
import io.github.gdlogistic.knime.common.FormPanel;
import io.github.gdlogistic.knime.port.GdLogisticModelPortObjectSpec;

/**
 * The predictor's dialog, left-aligned groups like the learner's: prediction column name, probability columns and the
 * binary threshold override; each field is enabled only while its box is ticked ({@link DialogRules#predictorEnabled(boolean, boolean, boolean)}).
 */
final class GdLogisticPredictorNodeDialog extends NodeDialogPane {

    private final PredictorSettings settings = new PredictorSettings();

    private final DialogComponents components = new DialogComponents();

    GdLogisticPredictorNodeDialog() {
        FormPanel form = new FormPanel();
        form.group("Prediction column");
        form.row(components.add(new DialogComponentBoolean(settings.customPredictionName,
            "Change prediction column name"), "Name the prediction column yourself instead of Prediction (<target>)"));
        form.row(components.add(new DialogComponentString(settings.predictionName, "Prediction column name"),
            "The name of the appended prediction column"));
        form.group("Class probabilities");
        form.row(components.add(new DialogComponentBoolean(settings.appendProbabilities, "Append probability columns"),
            "One column P (<target>=<value>) per class"));
        form.row(components.add(new DialogComponentString(settings.probabilitySuffix, "Suffix for probability columns"),
            "Appended to the name of every probability column"));
        form.group("Binary models");
        form.row(components.add(new DialogComponentBoolean(settings.overrideThreshold, "Override the model's threshold"),
            "Use the threshold below instead of the one stored in the model (the learner's configured or tuned one)"));
        form.row(components.add(new DialogComponentNumber(settings.threshold, "Threshold", 0.05, 10),
            "The positive class is predicted when its probability reaches this value"));
        addTab("Options", form.panel());

        ChangeListener rules = event -> applyRules();
        settings.customPredictionName.addChangeListener(rules);
        settings.appendProbabilities.addChangeListener(rules);
        settings.overrideThreshold.addChangeListener(rules);
        applyRules();
    }

    /**
     * Loads the settings and shows the default prediction column name as it will be, {@code Prediction (<target>)},
     * while not custom.
     */
    @Override
    protected void loadSettingsFrom(final NodeSettingsRO nodeSettings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        components.load(nodeSettings, specs);
        String target = specs.length > 0 && specs[0] instanceof GdLogisticModelPortObjectSpec
            ? ((GdLogisticModelPortObjectSpec)specs[0]).description().target() : null;
        settings.predictionName.setStringValue(DialogRules.shownPredictionName(
            settings.customPredictionName.getBooleanValue(), settings.predictionName.getStringValue(), target));
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO nodeSettings) throws InvalidSettingsException {
        components.save(nodeSettings);
    }

    private void applyRules() {
        Map<String, Boolean> enabled = DialogRules.predictorEnabled(settings.customPredictionName.getBooleanValue(),
            settings.appendProbabilities.getBooleanValue(), settings.overrideThreshold.getBooleanValue());
        Map<String, SettingsModel> models = Map.of(DialogRules.PREDICTION_NAME, settings.predictionName,
            DialogRules.PROBABILITY_SUFFIX, settings.probabilitySuffix, DialogRules.THRESHOLD, settings.threshold);
        models.forEach((key, model) -> model.setEnabled(enabled.get(key)));
    }
}
