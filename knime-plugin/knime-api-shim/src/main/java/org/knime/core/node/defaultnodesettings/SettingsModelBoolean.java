package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelBoolean}. */
public class SettingsModelBoolean extends SettingsModel {

    /**
     * @param configName settings key
     * @param defaultValue default value
     */
    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
    }

    /** @return the value */
    public boolean getBooleanValue() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }


    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
