package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.RowKey}. */
public final class RowKey {

    /** @param key the key string */
    public RowKey(final String key) {
    }
}
