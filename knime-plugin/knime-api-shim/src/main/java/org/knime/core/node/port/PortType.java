package org.knime.core.node.port;

/** Shim of KNIME's port type (referenced only as a value). */
public final class PortType {

    private PortType() {
    }
}
