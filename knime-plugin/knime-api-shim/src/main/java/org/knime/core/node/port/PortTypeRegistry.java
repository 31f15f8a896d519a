package org.knime.core.node.port;

/** Shim of KNIME's {@code org.knime.core.node.port.PortTypeRegistry} (extension point org.knime.core.PortType). */
public final class PortTypeRegistry {

    private PortTypeRegistry() {
    }

    /** @return the singleton */
    public static PortTypeRegistry getInstance() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param portClass a port object class registered at the extension point
     * @return its port type
     */
    public synchronized PortType getPortType(final Class<? extends PortObject> portClass) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
