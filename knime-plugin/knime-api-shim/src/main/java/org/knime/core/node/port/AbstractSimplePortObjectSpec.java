package org.knime.core.node.port;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Shim of KNIME's {@code org.knime.core.node.port.AbstractSimplePortObjectSpec}. */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    /**
     * Shim of the spec serializer that subclasses extend in a nested {@code Serializer} class.
     *
     * @param <T> the spec class
     */
    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
        extends PortObjectSpecSerializer<T> {
    }

    /** Public no-arg constructor, required by the serializer. */
    public AbstractSimplePortObjectSpec() {
    }

    /** @param model content to save to */
    protected abstract void save(final ModelContentWO model);

    /**
     * @param model content to load from
     * @throws InvalidSettingsException when the content is incomplete
     */
    protected abstract void load(final ModelContentRO model) throws InvalidSettingsException;

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
