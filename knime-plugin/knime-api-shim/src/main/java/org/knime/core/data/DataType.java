package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.DataType}. */
public final class DataType {

    private DataType() {
    }

    /** @return the singleton missing cell */
    public static DataCell getMissingCell() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param valueClass a value interface
     * @return whether cells of this type implement it
     */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
