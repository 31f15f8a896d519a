package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelDouble}. */
public class SettingsModelDouble extends SettingsModelNumber {

    /**
     * @param configName settings key
     * @param defaultValue default value
     */
    public SettingsModelDouble(final String configName, final double defaultValue) {
    }

    /** @param newValue the new value (listeners are told when it differs) */
    public void setDoubleValue(final double newValue) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return the value */
    public double getDoubleValue() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }


    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
