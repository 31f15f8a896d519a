package io.github.gdlogistic.knime.learner;

import java.util.Map;

import javax.swing.event.ChangeListener;

import org.knime.core.data.NominalValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import io.github.gdlogistic.knime.adapter.DialogLayout;
import io.github.gdlogistic.knime.adapter.DialogRules;
import io.github.gdlogistic.knime.adapter.TrainingSettings;
import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;

/**
 * The learner's dialog, grouped like KNIME's own learner: target and feature selection on the first tab, the solver,
 * regularization and model on the second, the threshold on the third. Labels and tooltips come from
 * {@link TrainingSettings}; which options are enabled follows {@link DialogRules} whenever a value changes.
 */
final class GdLogisticLearnerNodeDialog extends DefaultNodeSettingsPane {

    /** Spinner steps: one click moves by about the default's order of magnitude. */
    private static final Map<String, Number> STEPS = Map.ofEntries(Map.entry("learningRate", 0.01),
        Map.entry("decay", 0.01), Map.entry("momentum", 0.05), Map.entry("beta1", 0.01), Map.entry("beta2", 0.001),
        Map.entry("epsilon", 1e-8), Map.entry("tolerance", 1e-9), Map.entry("gradientTolerance", 1e-6),
        Map.entry("lambda", 1e-4), Map.entry("alpha", 0.1), Map.entry("threshold", 0.05),
        Map.entry("thresholdHoldout", 0.05), Map.entry("maxIterations", 100));

    private final LearnerSettings settings = new LearnerSettings();

    @SuppressWarnings("unchecked")
    GdLogisticLearnerNodeDialog() {
        createNewGroup("Target");
        addDialogComponent(
            new DialogComponentColumnNameSelection(settings.target, "Target column", 0, NominalValue.class));
        add(DialogLayout.TARGET_GROUP_KEY);
        closeCurrentGroup();
        createNewGroup("Feature selection");
        addDialogComponent(new DialogComponentColumnFilter2(settings.features, 0));
        closeCurrentGroup();

        String tab = DialogLayout.COLUMNS_TAB;
        for (DialogLayout.Group group : DialogLayout.TRAINING_GROUPS) {
            if (!group.tab().equals(tab)) {
                tab = group.tab();
                createNewTab(tab);
            }
            createNewGroup(group.title());
            group.keys().forEach(this::add);
            closeCurrentGroup();
        }

        ChangeListener rules = event -> applyRules();
        settings.trainingModels().forEach(model -> model.addChangeListener(rules));
        applyRules();
    }

    private void applyRules() {
        DialogRules.learnerEnabled(settings.values()).forEach((key, enabled) -> settings.model(key).setEnabled(enabled));
    }

    private void add(final String key) {
        Setting setting = TrainingSettings.setting(key);
        DialogComponent component = component(setting);
        component.setToolTipText(setting.hint());
        addDialogComponent(component);
    }

    private DialogComponent component(final Setting setting) {
        String key = setting.key();
        switch (setting.kind()) {
            case REAL:
            case WHOLE:
                return new DialogComponentNumber((SettingsModelNumber)settings.model(key), setting.label(),
                    STEPS.getOrDefault(key, 1));
            case FLAG:
                return new DialogComponentBoolean((SettingsModelBoolean)settings.model(key), setting.label());
            default:
                SettingsModelString text = (SettingsModelString)settings.model(key);
                if (setting.choices().isEmpty()) {
                    return new DialogComponentString(text, setting.label());
                }
                return new DialogComponentButtonGroup(text, setting.label(), true,
                    setting.choices().values().toArray(new String[0]),
                    setting.choices().keySet().toArray(new String[0]));
        }
    }
}
