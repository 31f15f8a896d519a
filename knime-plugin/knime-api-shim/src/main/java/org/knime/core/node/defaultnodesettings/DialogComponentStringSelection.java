package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's DialogComponentStringSelection. */
public class DialogComponentStringSelection extends DialogComponent {

    /**
     * @param stringModel the model
     * @param label the label
     * @param list the choices
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label, final String... list) {
    }
}
