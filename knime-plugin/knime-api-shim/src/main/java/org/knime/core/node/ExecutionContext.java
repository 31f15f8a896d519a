package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

/** Shim of KNIME's {@code org.knime.core.node.ExecutionContext}. */
public class ExecutionContext extends ExecutionMonitor {

    private ExecutionContext() {
    }

    /**
     * @param spec the table spec
     * @return a container to add rows to
     */
    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
