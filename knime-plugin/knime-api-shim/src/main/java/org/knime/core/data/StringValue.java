package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.StringValue}. */
public interface StringValue extends DataValue {

    /** @return the string value */
    String getStringValue();
}
