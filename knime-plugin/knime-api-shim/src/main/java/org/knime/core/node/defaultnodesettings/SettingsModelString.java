package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelString}. */
public class SettingsModelString extends SettingsModel {

    /**
     * @param configName settings key
     * @param defaultValue default value
     */
    public SettingsModelString(final String configName, final String defaultValue) {
    }

    /** @param newValue the new value (listeners are told when it differs) */
    public void setStringValue(final String newValue) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return the value */
    public String getStringValue() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }


    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
