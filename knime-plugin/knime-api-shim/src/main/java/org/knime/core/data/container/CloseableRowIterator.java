package org.knime.core.data.container;

import org.knime.core.data.RowIterator;

/** Shim of KNIME's closeable row iterator. */
public abstract class CloseableRowIterator extends RowIterator implements AutoCloseable {

    @Override
    public abstract void close();
}
