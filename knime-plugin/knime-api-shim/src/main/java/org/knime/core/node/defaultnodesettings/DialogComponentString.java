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
}
