package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded}. */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    /**
     * @param configName settings key
     * @param defaultValue default value
     * @param lowerBound smallest allowed value
     * @param upperBound largest allowed value
     */
    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double lowerBound,
        final double upperBound) {
        super(configName, defaultValue);
    }
}
