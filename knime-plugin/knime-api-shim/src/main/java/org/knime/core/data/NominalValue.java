package org.knime.core.data;

/** Shim of KNIME's nominal (categorical) value marker interface. */
public interface NominalValue extends DataValue {
}
