package org.knime.core.node;

/** Shim of KNIME's read-only node settings (only passed to settings models). */
public interface NodeSettingsRO {
}
