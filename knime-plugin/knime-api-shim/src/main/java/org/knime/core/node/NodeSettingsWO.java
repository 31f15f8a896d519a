package org.knime.core.node;

/** Shim of KNIME's write-only node settings (only passed to settings models). */
public interface NodeSettingsWO {
}
