package org.knime.core.node.config;

/** Shim of KNIME's write-only config. */
public interface ConfigWO {

    /**
     * @param key the key
     * @param value the value
     */
    void addInt(String key, int value);

    /**
     * @param key the key
     * @param value the value
     */
    void addString(String key, String value);

    /**
     * @param key the key
     * @param values the values
     */
    void addStringArray(String key, String... values);

}
