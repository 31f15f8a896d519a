package org.knime.core.data;

import java.io.Serializable;

/** Shim of KNIME's abstract cell. */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    /** @return whether this is a missing cell */
    public final boolean isMissing() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public abstract String toString();

    /**
     * @param dc another cell of the same class
     * @return whether equal
     */
    protected abstract boolean equalsDataCell(final DataCell dc);

    @Override
    public abstract int hashCode();
}
