package org.knime.core.node.port;

/** Shim of KNIME's {@code org.knime.core.node.port.PortType} (referenced only as a value). */
public final class PortType {

    private PortType() {
    }
}
