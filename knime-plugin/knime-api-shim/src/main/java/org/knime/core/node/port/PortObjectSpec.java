package org.knime.core.node.port;

import javax.swing.JComponent;

/** Shim of KNIME's {@code org.knime.core.node.port.PortObjectSpec}. */
public interface PortObjectSpec {

    /**
     * Shim of the spec serializer base class nested in {@link PortObjectSpec}.
     *
     * @param <T> the spec class
     */
    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {
    }

    /** @return views of the spec */
    JComponent[] getViews();
}
