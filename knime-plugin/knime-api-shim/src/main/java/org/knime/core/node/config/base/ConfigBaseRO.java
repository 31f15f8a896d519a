package org.knime.core.node.config.base;

import java.util.Iterator;

import org.knime.core.node.InvalidSettingsException;

/** Shim of KNIME's {@code org.knime.core.node.config.base.ConfigBaseRO} (read access to base types). */
public interface ConfigBaseRO extends Iterable<String> {

    /**
     * @param key the key
     * @return the int value
     * @throws InvalidSettingsException when missing or of another type
     */
    public int getInt(final String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @return the string value
     * @throws InvalidSettingsException when missing or of another type
     */
    public String getString(final String key) throws InvalidSettingsException;

    /**
     * @param key the key
     * @return the string array
     * @throws InvalidSettingsException when missing or of another type
     */
    public String[] getStringArray(final String key) throws InvalidSettingsException;

    @Override
    public Iterator<String> iterator();
}
