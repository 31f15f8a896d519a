package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Shim of KNIME's {@code org.knime.core.data.container.DataContainer} (not AutoCloseable in KNIME 5.5). */
public class DataContainer implements RowAppender, RowFlushable {

    /** @param spec the table spec */
    public DataContainer(final DataTableSpec spec) {
    }

    @Override
    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public void flushRows() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Closes the container; the table is available afterwards. */
    public void close() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
