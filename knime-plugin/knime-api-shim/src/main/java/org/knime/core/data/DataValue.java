package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.DataValue}. */
public interface DataValue {
}
