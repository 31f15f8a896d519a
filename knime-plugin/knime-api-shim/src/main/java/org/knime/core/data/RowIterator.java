package org.knime.core.data;

import java.util.Iterator;

/** Shim of KNIME's {@code org.knime.core.data.RowIterator}. */
public abstract class RowIterator implements Iterator<DataRow> {

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();

    /** Final in KNIME; always throws (tables are read-only). */
    @Override
    public final void remove() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
