package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/** Shim of KNIME's {@code org.knime.core.node.NodeModel} (a model that node views can be opened on). */
public abstract class NodeModel implements AbstractNodeView.ViewableModel {

    /**
     * @param nrInDataPorts number of input data ports
     * @param nrOutDataPorts number of output data ports
     */
    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
    }

    /**
     * @param inPortTypes input port types
     * @param outPortTypes output port types
     */
    protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
    }

    /**
     * @param nodeInternDir directory to read from
     * @param exec progress and cancellation
     * @throws IOException on read errors
     * @throws CanceledExecutionException when cancelled
     */
    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /**
     * @param nodeInternDir directory to write to
     * @param exec progress and cancellation
     * @throws IOException on write errors
     * @throws CanceledExecutionException when cancelled
     */
    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
        throws IOException, CanceledExecutionException;

    /** @param settings settings to write to */
    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    /**
     * @param settings settings to check
     * @throws InvalidSettingsException when invalid
     */
    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * @param settings validated settings to load
     * @throws InvalidSettingsException when a value is missing
     */
    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    /**
     * @param inObjects input port objects
     * @param exec execution context
     * @return output port objects
     * @throws Exception on failure
     */
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param inSpecs input specs
     * @return output specs
     * @throws InvalidSettingsException when the node cannot be configured
     */
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Resets the node's internal state. */
    protected abstract void reset();

    /** @param warningMessage the warning to show on the node, or null */
    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
