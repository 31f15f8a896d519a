package io.github.gdlogistic.knime.learner;

import java.awt.FlowLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;

import io.github.gdlogistic.core.NumericRange;
import io.github.gdlogistic.knime.adapter.NumberText;
import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;

/**
 * A real-valued training setting as a text field that shows the number readably ({@link NumberText}: {@code 1E-9},
 * {@code 0.05}) and reads either notation. Every valid edit goes to the settings model at once (so that the dialog's
 * rules follow it); an invalid text is refused when the dialog is applied, naming the option and its range. The field
 * is enabled exactly when its model is.
 */
final class NumberField {

    /** Width of every number field in characters, as wide as KNIME's learner makes its number fields. */
    static final int WIDTH = 10;

    private final Setting setting;
    private final NumericRange range;
    private final SettingsModelDouble model;
    private final JTextField field = new JTextField(WIDTH);
    private final JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEADING));

    /**
     * @param setting the training setting (label, hint and range)
     * @param model its settings model
     */
    NumberField(final Setting setting, final SettingsModelDouble model) {
        this.setting = setting;
        this.range = setting.range().orElseThrow();
        this.model = model;
        JLabel label = new JLabel(setting.label());
        label.setToolTipText(setting.hint());
        field.setToolTipText(setting.hint());
        field.setHorizontalAlignment(JTextField.RIGHT);
        panel.add(label);
        panel.add(field);
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(final DocumentEvent e) {
                commitIfValid();
            }

            @Override
            public void removeUpdate(final DocumentEvent e) {
                commitIfValid();
            }

            @Override
            public void changedUpdate(final DocumentEvent e) {
                commitIfValid();
            }
        });
        model.addChangeListener(event -> {
            label.setEnabled(model.isEnabled());
            field.setEnabled(model.isEnabled());
        });
    }

    /** @return the row to place in the dialog: label and field */
    JPanel panel() {
        return panel;
    }

    /**
     * Loads the model (keeping its value where the settings lack it) and shows the value.
     *
     * @param settings the node's settings
     */
    void load(final NodeSettingsRO settings) {
        try {
            model.loadSettingsFrom(settings);
        } catch (InvalidSettingsException missing) {
            // a dialog opens with the value it has; the node model reports settings it cannot load
        }
        field.setText(NumberText.format(model.getDoubleValue()));
    }

    /**
     * Saves the entered number.
     *
     * @param settings settings to save to
     * @throws InvalidSettingsException when the field is enabled and its text is not an allowed number
     */
    void save(final NodeSettingsWO settings) throws InvalidSettingsException {
        try {
            model.setDoubleValue(NumberText.parse(field.getText(), setting.label(), range));
        } catch (IllegalArgumentException e) {
            if (model.isEnabled()) {
                throw new InvalidSettingsException(e.getMessage(), e);
            }
            // a disabled option keeps its last valid value, as KNIME's own components do
        }
        model.saveSettingsTo(settings);
    }

    private void commitIfValid() {
        try {
            model.setDoubleValue(NumberText.parse(field.getText(), setting.label(), range));
        } catch (IllegalArgumentException stillTyping) {
            // checked again, with its message, when the dialog is applied
        }
    }
}
