package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.DataColumnSpecCreator}. */
public final class DataColumnSpecCreator {

    /**
     * @param name column name
     * @param type column type
     */
    public DataColumnSpecCreator(final String name, final DataType type) {
    }

    /** @return the spec */
    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
