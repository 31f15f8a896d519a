package org.knime.core.node.defaultnodesettings;

import java.util.Collection;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponentStringSelection}. */
public final class DialogComponentStringSelection extends DialogComponent {

    /**
     * @param stringModel the model
     * @param label the label
     * @param list the choices
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label, final String... list) {
        super(stringModel);
    }

    /**
     * @param stringModel the model
     * @param label the label
     * @param list the choices
     */
    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
        final Collection<String> list) {
        super(stringModel);
    }

    /**
     * Replaces the choices.
     *
     * @param newItems the new choices, not empty
     * @param select the choice to select, or null to keep the current value if it is among the new choices
     */
    public void replaceListItems(final Collection<String> newItems, final String select) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param text the tooltip of the component's Swing parts */
    @Override
    public void setToolTipText(final String text) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
