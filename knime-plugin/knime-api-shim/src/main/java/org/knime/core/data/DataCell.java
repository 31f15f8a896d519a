package org.knime.core.data;

import java.io.Serializable;

/** Shim of KNIME's {@code org.knime.core.data.DataCell}. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    /** @return whether this is a missing cell (not final in KNIME 5.5) */
    public boolean isMissing() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public abstract String toString();

    /** Final in KNIME: cells implement {@link #equalsDataCell(DataCell)} instead. */
    @Override
    public final boolean equals(final Object o) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param dc another cell of the same class
     * @return whether equal
     */
    protected abstract boolean equalsDataCell(final DataCell dc);

    @Override
    public abstract int hashCode();
}
