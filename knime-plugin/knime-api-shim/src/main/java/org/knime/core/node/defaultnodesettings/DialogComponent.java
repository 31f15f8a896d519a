package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponent}. */
public abstract class DialogComponent {

    /** @param model the settings model of the component */
    public DialogComponent(final SettingsModel model) {
    }

    /**
     * Abstract in KNIME: every component sets the tooltip on its Swing parts.
     *
     * @param text the tooltip text
     */
    public abstract void setToolTipText(final String text);

    /** @return the panel holding the component's label and fields, to be placed in a dialog */
    public JPanel getComponentPanel() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * Final in KNIME: loads the model for the dialog (defaults where settings are missing) and shows it.
     *
     * @param settings the node's settings
     * @param specs the input specs
     * @throws NotConfigurableException when the input does not allow a valid setting
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * Final in KNIME: commits the entered value and saves the model.
     *
     * @param settings settings to save to
     * @throws InvalidSettingsException when an enabled component holds an invalid value
     */
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
