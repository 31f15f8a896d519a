package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane}. */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    /** Creates the pane with one "Options" tab. */
    public DefaultNodeSettingsPane() {
    }

    /** @param diaC a component to add to the current tab and group */
    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param title title of the new bordered group */
    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Closes the current group. */
    public void closeCurrentGroup() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param tabTitle title of the new tab */
    public void createNewTab(final String tabTitle) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param horizontal whether the next components are placed side by side */
    public void setHorizontalPlacement(final boolean horizontal) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * Called after the components have loaded their settings; does nothing unless overridden.
     *
     * @param settings the node's settings
     * @param specs the input specs
     * @throws NotConfigurableException when the node cannot be configured with these specs
     */
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Final in KNIME: subclasses cannot override it. */
    @Override
    public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Final in KNIME: subclasses cannot override it. */
    @Override
    public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
