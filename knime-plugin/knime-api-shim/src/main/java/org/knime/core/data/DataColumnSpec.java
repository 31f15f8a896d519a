package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.DataColumnSpec}. */
public final class DataColumnSpec {

    private DataColumnSpec() {
    }

    /** @return the column name */
    public String getName() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return the column type */
    public DataType getType() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return the column's domain (possible values, bounds); never null, but may know nothing */
    public DataColumnDomain getDomain() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
