package org.knime.core.node.port;

import javax.swing.JComponent;

/** Shim of KNIME's {@code org.knime.core.node.port.PortObject}. */
public interface PortObject {

    /**
     * Shim of the serializer base class nested in {@link PortObject}.
     *
     * @param <T> the port object class
     */
    abstract static class PortObjectSerializer<T extends PortObject> {
    }

    /** @return a short summary (port tooltip) */
    String getSummary();

    /** @return the spec of this object */
    PortObjectSpec getSpec();

    /** @return views shown in the port view, one tab each */
    JComponent[] getViews();
}
