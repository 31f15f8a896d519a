package org.knime.core.data;

/** Shim of KNIME's numeric value interface. */
public interface DoubleValue extends DataValue {

    /** @return the value as a double */
    double getDoubleValue();
}
