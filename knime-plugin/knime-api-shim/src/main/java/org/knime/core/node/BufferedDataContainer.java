package org.knime.core.node;

import org.knime.core.data.container.DataContainer;

/** Shim of KNIME's {@code org.knime.core.node.BufferedDataContainer}. */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataContainer() {
        super(null);
    }

    /** @return the table, after {@link #close()} */
    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
