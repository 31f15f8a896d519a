package org.knime.core.data;

/** Shim of KNIME's row key. */
public final class RowKey {

    /** @param key the key string */
    public RowKey(final String key) {
    }
}
