package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.DialogComponent} (referenced only as a type). */
public abstract class DialogComponent {

    /** @param model the settings model of the component */
    public DialogComponent(final SettingsModel model) {
    }

    /**
     * Abstract in KNIME: every component sets the tooltip on its Swing parts.
     *
     * @param text the tooltip text
     */
    public abstract void setToolTipText(final String text);
}
