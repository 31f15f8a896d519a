package org.knime.core.node.config;

import org.knime.core.node.InvalidSettingsException;

/** Shim of KNIME's read-only config. */
public interface ConfigRO {

    /**
     * @param key the key
     * @return the int value
     * @throws InvalidSettingsException when missing or of another type
     */
    int getInt(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @return the string value
     * @throws InvalidSettingsException when missing or of another type
     */
    String getString(String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @return the string array
     * @throws InvalidSettingsException when missing or of another type
     */
    String[] getStringArray(String key) throws InvalidSettingsException;

}
