package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentBoolean}. */
public final class DialogComponentBoolean extends DialogComponent {

    /**
     * @param booleanModel the model
     * @param label the label
     */
    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
    }

    /** @param text the tooltip of the component's Swing parts */
    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
