package io.github.gdlogistic.knime.learner;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;
import javax.swing.event.ChangeListener;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.NominalValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.util.filter.column.DataColumnSpecFilterPanel;

import io.github.gdlogistic.knime.adapter.DialogLayout;
import io.github.gdlogistic.knime.adapter.DialogRules;
import io.github.gdlogistic.knime.adapter.TrainingSettings;
import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;
import io.github.gdlogistic.knime.common.DialogComponents;
import io.github.gdlogistic.knime.common.FormPanel;
import io.github.gdlogistic.knime.common.KnimeTables;

/**
 * The learner's dialog, laid out like KNIME's own learner: titled groups with left-aligned rows; target, positive
 * class and feature selection on the first tab, the solver, regularization and model on the second, the threshold on
 * the third. Labels and tooltips come from {@link TrainingSettings}; which options are enabled follows
 * {@link DialogRules} whenever a value changes, and the feature filter offers exactly
 * {@link DialogRules#featureCandidates the columns besides the target}, refreshed when the target changes.
 */
final class GdLogisticLearnerNodeDialog extends NodeDialogPane {

    /** Spinner step of the whole-number settings other than the iteration limit. */
    private static final int WHOLE_STEP = 1;

    /** Spinner step of the iteration limit (default 1000). */
    private static final int ITERATIONS_STEP = 100;

    private final LearnerSettings settings = new LearnerSettings();

    private final DialogComponents components = new DialogComponents();

    private final List<NumberField> numberFields = new ArrayList<>();

    private final DialogComponentStringSelection positiveClass;

    private final DataColumnSpecFilterPanel featurePanel = new DataColumnSpecFilterPanel(LearnerSettings.featureTypes());

    /** The input table's spec from the last time the dialog opened, null before. */
    private DataTableSpec inputSpec;

    @SuppressWarnings("unchecked")
    GdLogisticLearnerNodeDialog() {
        FormPanel columns = new FormPanel();
        columns.group("Target");
        columns.row(components.add(
            new DialogComponentColumnNameSelection(settings.target, "Target column", 0, NominalValue.class),
            "The nominal column to predict; it is never offered as a feature"));
        Setting positive = TrainingSettings.setting(DialogLayout.TARGET_GROUP_KEY);
        positiveClass = new DialogComponentStringSelection((SettingsModelString)settings.model(positive.key()),
            positive.label(), DialogRules.positiveClassChoices(List.of(), positiveValue()));
        columns.row(components.add(positiveClass, positive.hint() + " (the empty entry)"));
        columns.group("Feature selection");
        columns.wideRow(featurePanel);
        addTab(DialogLayout.COLUMNS_TAB, columns.panel());
        settings.target.addChangeListener(event -> targetChanged());

        FormPanel tab = null;
        String tabTitle = null;
        for (DialogLayout.Group group : DialogLayout.TRAINING_GROUPS) {
            if (!group.tab().equals(tabTitle)) {
                addTabIfAny(tabTitle, tab);
                tabTitle = group.tab();
                tab = new FormPanel();
            }
            tab.group(group.title());
            for (String key : group.keys()) {
                tab.row(row(TrainingSettings.setting(key)));
            }
        }
        addTabIfAny(tabTitle, tab);

        ChangeListener rules = event -> applyRules();
        settings.trainingModels().forEach(model -> model.addChangeListener(rules));
        applyRules();
    }

    private void addTabIfAny(final String title, final FormPanel tab) {
        if (tab != null) {
            addTab(title, tab.panel());
        }
    }

    @Override
    protected void loadSettingsFrom(final NodeSettingsRO nodeSettings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        inputSpec = specs.length > 0 && specs[0] instanceof DataTableSpec ? (DataTableSpec)specs[0] : null;
        if (inputSpec == null) {
            throw new NotConfigurableException("No input table: connect a table with a nominal target column");
        }
        components.load(nodeSettings, specs);
        for (NumberField field : numberFields) {
            field.load(nodeSettings);
        }
        settings.features.loadConfigurationInDialog(nodeSettings, inputSpec);
        featurePanel.loadConfiguration(settings.features, inputSpec);
        targetChanged();
        applyRules();
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO nodeSettings) throws InvalidSettingsException {
        components.save(nodeSettings);
        for (NumberField field : numberFields) {
            field.save(nodeSettings);
        }
        featurePanel.saveConfiguration(settings.features);
        settings.features.saveConfiguration(nodeSettings);
    }

    /** The target changed (or the dialog opened): its values become the positive classes, it leaves the filter. */
    private void targetChanged() {
        if (inputSpec == null) {
            return;
        }
        String target = settings.target.getStringValue();
        List<String> names = new ArrayList<>();
        inputSpec.forEach(column -> names.add(column.getName()));
        List<String> candidates = DialogRules.featureCandidates(names, target);
        List<DataColumnSpec> hidden = new ArrayList<>();
        inputSpec.forEach(column -> {
            if (!candidates.contains(column.getName())) {
                hidden.add(column);
            }
        });
        featurePanel.resetHiding();
        featurePanel.hideNames(hidden.toArray(new DataColumnSpec[0]));

        int column = inputSpec.findColumnIndex(target);
        List<String> values = column < 0 ? List.of() : KnimeTables.possibleValues(inputSpec.getColumnSpec(column));
        List<String> choices = DialogRules.positiveClassChoices(values, positiveValue());
        positiveClass.replaceListItems(choices, DialogRules.positiveClassSelection(choices, positiveValue()));
    }

    private String positiveValue() {
        return ((SettingsModelString)settings.model(DialogLayout.TARGET_GROUP_KEY)).getStringValue();
    }

    private void applyRules() {
        DialogRules.learnerEnabled(settings.values()).forEach((key, enabled) -> settings.model(key).setEnabled(enabled));
    }

    /** The row of a training setting: a number field for reals, else a KNIME dialog component with its tooltip. */
    private JPanel row(final Setting setting) {
        String key = setting.key();
        DialogComponent component;
        switch (setting.kind()) {
            case REAL:
                NumberField field = new NumberField(setting, (SettingsModelDouble)settings.model(key));
                numberFields.add(field);
                return field.panel();
            case WHOLE:
                component = new DialogComponentNumber((SettingsModelNumber)settings.model(key), setting.label(),
                    "maxIterations".equals(key) ? ITERATIONS_STEP : WHOLE_STEP, NumberField.WIDTH);
                break;
            case FLAG:
                component = new DialogComponentBoolean((SettingsModelBoolean)settings.model(key), setting.label());
                break;
            default:
                SettingsModelString text = (SettingsModelString)settings.model(key);
                component = setting.choices().isEmpty() ? new DialogComponentString(text, setting.label())
                    : new DialogComponentButtonGroup(text, setting.label(), true,
                        setting.choices().values().toArray(new String[0]),
                        setting.choices().keySet().toArray(new String[0]));
        }
        return components.add(component, setting.hint());
    }
}
