package org.knime.core.data.container;

/** Shim of KNIME's {@code org.knime.core.data.container.RowFlushable}. */
public interface RowFlushable {

    /** Flushes rows added so far. */
    void flushRows();
}
