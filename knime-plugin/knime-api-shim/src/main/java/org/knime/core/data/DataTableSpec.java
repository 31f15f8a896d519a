package org.knime.core.data;

import java.util.Iterator;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/** Shim of KNIME's {@code org.knime.core.data.DataTableSpec}. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    /** @param colSpecs the column specs */
    public DataTableSpec(final DataColumnSpec... colSpecs) {
    }

    /**
     * @param columnName a column name
     * @return its index, or -1
     */
    public int findColumnIndex(final String columnName) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param index a column index
     * @return its spec
     */
    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return the number of columns */
    public int getNumColumns() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
