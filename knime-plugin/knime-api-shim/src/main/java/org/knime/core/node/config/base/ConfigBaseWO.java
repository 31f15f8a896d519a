package org.knime.core.node.config.base;

/** Shim of KNIME's {@code org.knime.core.node.config.base.ConfigBaseWO} (write access to base types). */
public interface ConfigBaseWO {

    /**
     * @param key the key
     * @param value the value
     */
    public void addInt(final String key, final int value);

    /**
     * @param key the key
     * @param value the value
     */
    public void addString(final String key, final String value);

    /**
     * @param key the key
     * @param values the values
     */
    public void addStringArray(final String key, final String... values);
}
