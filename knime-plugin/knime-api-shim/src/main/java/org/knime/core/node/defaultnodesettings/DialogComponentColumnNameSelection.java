package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataValue;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection}. */
public class DialogComponentColumnNameSelection extends DialogComponent {

    /**
     * @param model the model
     * @param label the label
     * @param specIndex input port whose columns are offered
     * @param classFilter value classes of the columns offered
     */
    @SafeVarargs
    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex,
        final Class<? extends DataValue>... classFilter) {
        super(model);
    }

    /** @param text the tooltip of the component's Swing parts */
    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
