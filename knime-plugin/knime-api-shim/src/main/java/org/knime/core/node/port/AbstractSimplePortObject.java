package org.knime.core.node.port;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Shim of KNIME's {@code org.knime.core.node.port.AbstractSimplePortObject}. */
public abstract class AbstractSimplePortObject implements PortObject {

    /**
     * Shim of the serializer that subclasses extend in a nested {@code Serializer} class.
     *
     * @param <T> the port object class
     */
    public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
        extends PortObjectSerializer<T> {
    }

    /** Public no-arg constructor, required by the serializer. */
    public AbstractSimplePortObject() {
    }

    /**
     * @param model content to save to
     * @param exec progress and cancellation
     * @throws CanceledExecutionException when cancelled
     */
    protected abstract void save(final ModelContentWO model, final ExecutionMonitor exec)
        throws CanceledExecutionException;

    /**
     * @param model content to load from
     * @param spec the accompanying spec
     * @param exec progress and cancellation
     * @throws InvalidSettingsException when the content is incomplete
     * @throws CanceledExecutionException when cancelled
     */
    protected abstract void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException;

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Not final in KNIME: subclasses may override it. */
    @Override
    public boolean equals(final Object other) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Not final in KNIME: subclasses may override it. */
    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
