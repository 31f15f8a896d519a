package io.github.gdlogistic.knime.learner;

import java.util.List;
import java.util.Map;

import javax.swing.event.ChangeListener;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.NominalValue;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
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
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

import io.github.gdlogistic.knime.adapter.DialogLayout;
import io.github.gdlogistic.knime.adapter.DialogRules;
import io.github.gdlogistic.knime.adapter.TrainingSettings;
import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;
import io.github.gdlogistic.knime.common.KnimeTables;

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

    /** Width of every number field in characters (KNIME's default follows the upper bound: 3 to 22). */
    private static final int NUMBER_WIDTH = 12;

    private final LearnerSettings settings = new LearnerSettings();

    private final DialogComponentStringSelection positiveClass;

    /** The input table's spec from the last time the dialog opened, null before. */
    private DataTableSpec inputSpec;

    @SuppressWarnings("unchecked")
    GdLogisticLearnerNodeDialog() {
        createNewGroup("Target");
        addDialogComponent(
            new DialogComponentColumnNameSelection(settings.target, "Target column", 0, NominalValue.class));
        Setting positive = TrainingSettings.setting(DialogLayout.TARGET_GROUP_KEY);
        positiveClass = new DialogComponentStringSelection((SettingsModelString)settings.model(positive.key()),
            positive.label(), DialogRules.positiveClassChoices(List.of(), positiveValue()));
        positiveClass.setToolTipText(positive.hint() + " (the empty entry)");
        addDialogComponent(positiveClass);
        settings.target.addChangeListener(event -> refreshPositiveClasses());
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

    /** Offers the chosen target column's values as positive classes. */
    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO nodeSettings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        inputSpec = specs.length > 0 && specs[0] instanceof DataTableSpec ? (DataTableSpec)specs[0] : null;
        refreshPositiveClasses();
    }

    private void refreshPositiveClasses() {
        List<String> values = List.of();
        int column = inputSpec == null ? -1 : inputSpec.findColumnIndex(settings.target.getStringValue());
        if (column >= 0) {
            values = KnimeTables.possibleValues(inputSpec.getColumnSpec(column));
        }
        List<String> choices = DialogRules.positiveClassChoices(values, positiveValue());
        positiveClass.replaceListItems(choices, DialogRules.positiveClassSelection(choices, positiveValue()));
    }

    private String positiveValue() {
        return ((SettingsModelString)settings.model(DialogLayout.TARGET_GROUP_KEY)).getStringValue();
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
                    STEPS.getOrDefault(key, 1), NUMBER_WIDTH);
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
