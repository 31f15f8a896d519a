package org.knime.core.data;

import java.util.Set;

/** Shim of KNIME's {@code org.knime.core.data.DataColumnDomain}: what is known about a column's values. */
public final class DataColumnDomain {

    private DataColumnDomain() {
    }

    /**
     * @return the column's possible values (every value in the column is one of them; there may be more), or null
     *         when they are not known
     */
    public Set<DataCell> getValues() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @return whether the possible values are known, i.e. {@link #getValues()} is not null */
    public boolean hasValues() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
