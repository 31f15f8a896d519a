package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup}: radio buttons. */
public class DialogComponentButtonGroup extends DialogComponent {

    /**
     * @param stringModel the model holding the action command of the selected button
     * @param label the group's title, or null for none
     * @param vertical whether the buttons are stacked
     * @param buttonLabels the buttons' labels
     * @param actionCommands the values stored for the buttons, in the order of the labels
     */
    public DialogComponentButtonGroup(final SettingsModelString stringModel, final String label,
        final boolean vertical, final String[] buttonLabels, final String[] actionCommands) {
        super(stringModel);
    }

    /** @param text the tooltip of every button */
    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
