package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's numeric settings model base class. */
public abstract class SettingsModelNumber extends SettingsModel {
}
