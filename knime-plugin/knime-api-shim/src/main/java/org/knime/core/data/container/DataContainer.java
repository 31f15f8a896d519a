package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Shim of KNIME's data container. */
public class DataContainer implements AutoCloseable {

    /** @param spec the table spec */
    public DataContainer(final DataTableSpec spec) {
    }

    /** @param row the row to append */
    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Closes the container; the table is available afterwards. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

}
