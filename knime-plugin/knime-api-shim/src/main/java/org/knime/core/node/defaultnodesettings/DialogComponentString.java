package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentString}. */
public final class DialogComponentString extends DialogComponent {

    /**
     * @param stringModel the model
     * @param label the label
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
        super(stringModel);
    }

    /** @param text the tooltip of the component's Swing parts */
    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
