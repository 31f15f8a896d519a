package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentNumber}. */
public class DialogComponentNumber extends DialogComponent {

    /**
     * @param numberModel the model
     * @param label the label
     * @param stepSize spinner step
     */
    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        super(numberModel);
    }
}
