package org.knime.core.node.defaultnodesettings;

import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModel}. */
public abstract class SettingsModel {

    /** Default constructor. */
    public SettingsModel() {
    }

    /**
     * @param settings settings to check
     * @throws InvalidSettingsException when invalid
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param settings settings to load
     * @throws InvalidSettingsException when missing or invalid
     */
    public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param settings settings to write to */
    public final void saveSettingsTo(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * Adds a listener notified when the value or the enabled status changes (nothing when already added).
     *
     * @param l the listener
     */
    public void addChangeListener(final ChangeListener l) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return whether the model is enabled */
    public boolean isEnabled() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param enabled whether the model validates, loads and saves its value */
    public void setEnabled(final boolean enabled) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public abstract String toString();

}
