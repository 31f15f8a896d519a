package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.NodeDialogPane;

/** Shim of KNIME's default dialog built from dialog components. */
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
}
