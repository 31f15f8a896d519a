package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelInteger}. */
public class SettingsModelInteger extends SettingsModelNumber {

    /**
     * @param configName settings key
     * @param defaultValue default value
     */
    public SettingsModelInteger(final String configName, final int defaultValue) {
    }

    /** @return the value */
    public int getIntValue() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }


    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
