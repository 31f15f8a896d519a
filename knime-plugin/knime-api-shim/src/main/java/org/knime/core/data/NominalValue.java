package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.NominalValue} (categorical). */
public interface NominalValue extends DataValue {
}
