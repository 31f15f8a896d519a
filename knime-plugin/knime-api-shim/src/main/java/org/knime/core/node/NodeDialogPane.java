package org.knime.core.node;

import java.awt.Component;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's {@code org.knime.core.node.NodeDialogPane}. */
public abstract class NodeDialogPane {

    /** Creates the pane. */
    protected NodeDialogPane() {
    }

    /**
     * @param settings settings to load
     * @param specs input specs
     * @throws NotConfigurableException when the dialog cannot be opened
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param settings settings to load
     * @param specs input table specs
     * @throws NotConfigurableException when the dialog cannot be opened
     */
    protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param settings settings to write to
     * @throws InvalidSettingsException when a value cannot be stored
     */
    /**
     * Final and protected in KNIME.
     *
     * @param title the tab's title
     * @param comp the tab's content
     */
    protected final void addTab(final String title, final Component comp) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;
}
