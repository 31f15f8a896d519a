package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.gdlogistic.core.table.AttributeSpec;

/**
 * Turns a prediction row, as KNIME gives it, into the core's raw row: numeric values as they are, nominal values as
 * the index into the model's value list. A missing cell, and a nominal value the model never saw in training,
 * become {@code NaN}, which the core treats as missing (imputed like in training).
 */
public final class RawRowEncoder {

    private final List<AttributeSpec> attributes;
    private final List<Map<String, Integer>> indices = new ArrayList<>();

    /** @param attributes the model's attributes, in the order values are passed to {@link #encode} */
    public RawRowEncoder(List<AttributeSpec> attributes) {
        this.attributes = List.copyOf(attributes);
        for (AttributeSpec attribute : this.attributes) {
            Map<String, Integer> index = new HashMap<>();
            if (attribute.isNominal()) {
                List<String> values = attribute.values();
                for (int k = 0; k < values.size(); k++) {
                    index.put(values.get(k), k);
                }
            }
            indices.add(index);
        }
    }

    /**
     * @param values one value per attribute: Double (numeric), String (nominal) or null (missing)
     * @param raw the array to fill, one slot per attribute
     */
    public void encode(Object[] values, double[] raw) {
        for (int j = 0; j < raw.length; j++) {
            Object value = values[j];
            if (value == null) {
                raw[j] = Double.NaN;
            } else if (attributes.get(j).isNominal()) {
                Integer index = indices.get(j).get(value.toString());
                raw[j] = index == null ? Double.NaN : index;
            } else if (value instanceof Double) {
                raw[j] = (Double) value;
            } else {
                throw new IllegalArgumentException("Numeric column '" + attributes.get(j).name()
                        + "' got a non-numeric value '" + value + "'");
            }
        }
    }

    /**
     * @param values one value per attribute
     * @return the raw row
     */
    public double[] encode(Object[] values) {
        double[] raw = new double[attributes.size()];
        encode(values, raw);
        return raw;
    }
}
