package org.knime.core.data.def;

import java.util.Iterator;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Shim of KNIME's {@code org.knime.core.data.def.DefaultRow}. */
public class DefaultRow implements DataRow {

    /**
     * @param rowKey the key
     * @param row the cells
     */
    public DefaultRow(final RowKey rowKey, final DataCell... row) {
    }

    @Override
    public final int getNumCells() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public final RowKey getKey() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public final DataCell getCell(final int index) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
