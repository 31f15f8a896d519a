package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/** Shim of KNIME's {@code org.knime.core.data.def.StringCell}. */
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    /** The string column type. */
    public static final DataType TYPE = null;

    /** @param str the value */
    public StringCell(final String str) {
    }

    @Override
    public String getStringValue() {
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
