package org.knime.core.data;

/** Shim of KNIME's marker interface of all cell value kinds. */
public interface DataValue {
}
