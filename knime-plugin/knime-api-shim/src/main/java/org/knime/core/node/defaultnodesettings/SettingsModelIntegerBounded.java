package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded}. */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    /**
     * @param configName settings key
     * @param defaultValue default value
     * @param lowerBound smallest allowed value
     * @param upperBound largest allowed value
     */
    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int lowerBound,
        final int upperBound) {
        super(configName, defaultValue);
    }
}
