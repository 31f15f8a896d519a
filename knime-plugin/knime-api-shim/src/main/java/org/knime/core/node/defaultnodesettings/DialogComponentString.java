package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's DialogComponentString. */
public class DialogComponentString extends DialogComponent {

    /**
     * @param stringModel the model
     * @param label the label
     */
    public DialogComponentString(final SettingsModelString stringModel, final String label) {
    }
}
