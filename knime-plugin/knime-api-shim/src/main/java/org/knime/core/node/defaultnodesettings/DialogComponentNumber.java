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

    /** @param text the tooltip of the component's Swing parts */
    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
