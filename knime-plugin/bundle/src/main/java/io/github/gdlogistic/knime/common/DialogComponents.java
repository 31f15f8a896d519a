package io.github.gdlogistic.knime.common;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The KNIME dialog components of a dialog laid out by hand ({@link FormPanel}): each loads and saves its own settings
 * model, as KNIME's default settings pane would do for it.
 */
public final class DialogComponents {

    private final List<DialogComponent> components = new ArrayList<>();

    /**
     * @param component a dialog component
     * @param tooltip its tooltip
     * @return its panel (label and field), to be placed in the dialog
     */
    public JPanel add(final DialogComponent component, final String tooltip) {
        component.setToolTipText(tooltip);
        components.add(component);
        return component.getComponentPanel();
    }

    /**
     * @param settings the node's settings
     * @param specs the input specs
     * @throws NotConfigurableException when a component cannot work with the input
     */
    public void load(final NodeSettingsRO settings, final PortObjectSpec[] specs) throws NotConfigurableException {
        for (DialogComponent component : components) {
            component.loadSettingsFrom(settings, specs);
        }
    }

    /**
     * @param settings settings to save to
     * @throws InvalidSettingsException when an enabled component holds an invalid value
     */
    public void save(final NodeSettingsWO settings) throws InvalidSettingsException {
        for (DialogComponent component : components) {
            component.saveSettingsTo(settings);
        }
    }
}
