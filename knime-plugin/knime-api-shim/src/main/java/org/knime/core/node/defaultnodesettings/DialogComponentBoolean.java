package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's DialogComponentBoolean. */
public class DialogComponentBoolean extends DialogComponent {

    /**
     * @param booleanModel the model
     * @param label the label
     */
    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
    }
}
