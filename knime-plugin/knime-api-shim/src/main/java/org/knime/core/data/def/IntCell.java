package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** Shim of KNIME's {@code org.knime.core.data.def.IntCell}. */
public class IntCell extends DataCell implements DoubleValue {

    private static final long serialVersionUID = 1L;

    /** The int column type. */
    public static final DataType TYPE = null;

    /** @param i the value */
    public IntCell(final int i) {
    }

    @Override
    public double getDoubleValue() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
