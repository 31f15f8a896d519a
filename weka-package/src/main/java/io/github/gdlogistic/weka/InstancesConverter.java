package io.github.gdlogistic.weka;

import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Describes a Weka dataset header in the core's terms and copies Weka rows into the core's raw row format: per input
 * attribute (every attribute but the class, in header order) the numeric value or the index of the nominal value,
 * {@code NaN} for a missing value; the class as its index, {@code -1} when missing. Weka already stores values this
 * way, so the conversion is a copy; dummy coding, imputation and label handling happen in the core.
 * Immutable and serializable, so a trained classifier keeps the converter of its training header.
 */
public final class InstancesConverter implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int[] inputIndices;
    private final List<AttributeSpec> attributes;
    private final List<String> classValues;

    /**
     * @param header a dataset (only its header is used) with a nominal class attribute set
     * @throws IllegalArgumentException when no nominal class is set or an input attribute is neither numeric nor
     *         nominal (capabilities normally refuse such data first, with Weka's own message)
     */
    public InstancesConverter(Instances header) {
        if (header.classIndex() < 0 || !header.classAttribute().isNominal()) {
            throw new IllegalArgumentException("Expected a dataset with a nominal class attribute set, but got "
                    + (header.classIndex() < 0 ? "no class attribute" : "class '" + header.classAttribute().name()
                            + "' of type " + Attribute.typeToString(header.classAttribute())));
        }
        int[] indices = new int[header.numAttributes() - 1];
        List<AttributeSpec> specs = new ArrayList<>();
        int next = 0;
        for (int a = 0; a < header.numAttributes(); a++) {
            if (a == header.classIndex()) {
                continue;
            }
            Attribute attribute = header.attribute(a);
            if (attribute.isNumeric()) {
                specs.add(AttributeSpec.numeric(attribute.name()));
            } else if (attribute.isNominal()) {
                specs.add(AttributeSpec.nominal(attribute.name(), valuesOf(attribute)));
            } else {
                throw new IllegalArgumentException("Attribute '" + attribute.name() + "' is of type "
                        + Attribute.typeToString(attribute) + "; expected a numeric or nominal attribute");
            }
            indices[next++] = a;
        }
        this.inputIndices = indices;
        this.attributes = Collections.unmodifiableList(specs);
        this.classValues = Collections.unmodifiableList(valuesOf(header.classAttribute()));
    }

    private static List<String> valuesOf(Attribute attribute) {
        List<String> values = new ArrayList<>(attribute.numValues());
        for (int v = 0; v < attribute.numValues(); v++) {
            values.add(attribute.value(v));
        }
        return values;
    }

    /** @return the input attributes in the core's terms, in header order without the class */
    public List<AttributeSpec> attributes() {
        return attributes;
    }

    /** @return the class values, in Weka's index order */
    public List<String> classValues() {
        return classValues;
    }

    /**
     * @param data instances with the header this converter was made from
     * @return the core's training table: raw rows, class indices (-1 for a missing class) and instance weights
     */
    public RawTable toTable(Instances data) {
        RawTable.Builder builder = RawTable.builder(attributes, classValues, data.numInstances());
        double[] raw = new double[inputIndices.length];
        for (int i = 0; i < data.numInstances(); i++) {
            Instance instance = data.instance(i);
            copyRow(instance, raw, 0);
            int classIndex = instance.classIsMissing() ? -1 : (int) instance.classValue();
            builder.addRow(raw, classIndex, instance.weight());
        }
        return builder.build();
    }

    /**
     * @param instance one instance with the training header
     * @return its raw input row
     */
    public double[] rawRow(Instance instance) {
        return rawRow(instance, new double[inputIndices.length]);
    }

    /**
     * @param instance one instance with the training header
     * @param into receives its raw input row ({@code attributes().size()} values), so a caller learning many
     *        instances can reuse one array
     * @return {@code into}
     */
    public double[] rawRow(Instance instance, double[] into) {
        copyRow(instance, into, 0);
        return into;
    }

    /**
     * @param data instances with the training header
     * @return their raw input rows, row-major ({@code numInstances * attributes().size()} values)
     */
    public double[] rawRows(Instances data) {
        int width = inputIndices.length;
        double[] raw = new double[data.numInstances() * width];
        for (int i = 0; i < data.numInstances(); i++) {
            copyRow(data.instance(i), raw, i * width);
        }
        return raw;
    }

    private void copyRow(Instance instance, double[] out, int offset) {
        for (int j = 0; j < inputIndices.length; j++) {
            // Weka stores a missing value as NaN and a nominal value as its index: the core's raw format.
            out[offset + j] = instance.value(inputIndices[j]);
        }
    }
}
