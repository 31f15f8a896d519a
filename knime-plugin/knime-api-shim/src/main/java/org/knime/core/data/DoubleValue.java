package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.DoubleValue}. */
public interface DoubleValue extends DataValue {

    /** @return the value as a double */
    double getDoubleValue();
}
