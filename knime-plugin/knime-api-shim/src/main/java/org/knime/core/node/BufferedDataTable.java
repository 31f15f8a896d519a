package org.knime.core.node;

import javax.swing.JComponent;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

/** Shim of KNIME's {@code org.knime.core.node.BufferedDataTable}. */
public final class BufferedDataTable implements PortObject {

    /** The data table port type. */
    public static final PortType TYPE = null;

    private BufferedDataTable() {
    }

    @Override
    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public String getSummary() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return an iterator over the rows, to be closed */
    public CloseableRowIterator iterator() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return the number of rows */
    public long size() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
