package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelNumber}. */
public abstract class SettingsModelNumber extends SettingsModel {
}
