package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;

/**
 * Collects the learner's input rows in one pass and turns them into the core's {@link RawTable}.
 *
 * <p>Values arrive as KNIME gives them: a {@link Double} for a numeric column, a {@link String} for a nominal
 * column, {@code null} for a missing cell. Nominal values and class values are indexed in sorted (natural string)
 * order, so the encoding does not depend on the row order. Missing feature values become {@code NaN}, which the core
 * imputes. A row whose class is missing is counted and handed to the core as a row without class (which the core
 * leaves out of training) and without values, so that the core's row numbers, in the messages about a bad value,
 * are the rows' positions in the input table (counting from 0, like KNIME's default row keys {@code Row0, Row1, ...}).
 */
public final class TrainingTableBuilder {

    /** The core's class index for a row without class. */
    private static final int MISSING_CLASS = -1;

    private final List<FeatureColumn> features;
    private final List<Map<String, Integer>> nominalCodes = new ArrayList<>();
    private final List<List<String>> nominalValues = new ArrayList<>();
    private final Map<String, Integer> classCodes = new HashMap<>();
    private final List<String> classValues = new ArrayList<>();
    private double[] values = new double[64];
    private int[] classes = new int[16];
    /** Rows added, with or without class. */
    private int rows;
    private long skippedRows;

    /** @param features the feature columns, in the order their values are passed to {@link #addRow} */
    public TrainingTableBuilder(List<FeatureColumn> features) {
        this(features, List.of());
    }

    /**
     * @param features the feature columns, in the order their values are passed to {@link #addRow}
     * @param knownClassValues the target column's possible values as far as known before reading the rows (KNIME's
     *        column domain; empty when not known): each becomes a class of the table even when no row has it, so
     *        the model's classes are the ones announced at configure time ({@link #classValuesInModelOrder})
     */
    public TrainingTableBuilder(List<FeatureColumn> features, Collection<String> knownClassValues) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("No feature columns selected; select at least one feature column");
        }
        this.features = List.copyOf(features);
        for (int j = 0; j < features.size(); j++) {
            nominalCodes.add(new HashMap<>());
            nominalValues.add(new ArrayList<>());
        }
        for (String classValue : knownClassValues) {
            classCode(Objects.requireNonNull(classValue, "known class value"));
        }
    }

    /**
     * The order of the classes in the table {@link #build} makes, and so in the trained model: sorted in natural
     * string order, each value once.
     *
     * @param classValues class values in any order, possibly repeated
     * @return the classes in model order
     */
    public static List<String> classValuesInModelOrder(Collection<String> classValues) {
        return new ArrayList<>(new TreeSet<>(classValues));
    }

    /**
     * Adds one input row.
     *
     * @param featureValues one value per feature column: Double (numeric), String (nominal) or null (missing)
     * @param classValue the target value, or null when missing (the row is then skipped, its values unused)
     * @throws IllegalArgumentException when a value does not fit its column's kind
     */
    public void addRow(Object[] featureValues, String classValue) {
        int d = features.size();
        if (featureValues.length != d) {
            throw new IllegalArgumentException("Expected " + d + " feature values but got " + featureValues.length);
        }
        if ((rows + 1) * d > values.length) {
            values = Arrays.copyOf(values, Math.max(2 * values.length, (rows + 1) * d));
        }
        if (rows == classes.length) {
            classes = Arrays.copyOf(classes, 2 * rows);
        }
        if (classValue == null) {
            Arrays.fill(values, rows * d, (rows + 1) * d, Double.NaN);
            classes[rows] = MISSING_CLASS;
            skippedRows++;
        } else {
            for (int j = 0; j < d; j++) {
                values[rows * d + j] = code(j, featureValues[j]);
            }
            classes[rows] = classCode(classValue);
        }
        rows++;
    }

    private int classCode(String classValue) {
        return classCodes.computeIfAbsent(classValue, value -> {
            classValues.add(value);
            return classValues.size() - 1;
        });
    }

    private double code(int feature, Object value) {
        FeatureColumn column = features.get(feature);
        if (value == null) {
            return Double.NaN;
        }
        if (column.kind() == ColumnKind.NUMERIC) {
            if (!(value instanceof Double)) {
                throw new IllegalArgumentException("Numeric column '" + column.name() + "' got a non-numeric value '"
                        + value + "'");
            }
            return (Double) value;
        }
        String text = value.toString();
        List<String> seen = nominalValues.get(feature);
        return nominalCodes.get(feature).computeIfAbsent(text, key -> {
            seen.add(key);
            return seen.size() - 1;
        });
    }

    /** @return the number of rows added with a class value */
    public int rows() {
        return (int) (rows - skippedRows);
    }

    /** @return the number of rows skipped because their class value was missing */
    public long skippedRows() {
        return skippedRows;
    }

    /**
     * @return the raw table: attributes in feature order, nominal values and classes sorted; one row per added row,
     *         in the order added (rows without class have class index -1)
     * @throws IllegalArgumentException when no row has a class value, or when the core rejects a value (the message
     *         names the row by its position among the added rows, counting from 0)
     */
    public RawTable build() {
        if (rows == skippedRows) {
            throw new IllegalArgumentException("The input table has no rows with a target value; nothing to learn from");
        }
        int d = features.size();
        List<AttributeSpec> attributes = new ArrayList<>(d);
        int[][] remap = new int[d][];
        for (int j = 0; j < d; j++) {
            FeatureColumn column = features.get(j);
            if (column.kind() == ColumnKind.NUMERIC) {
                attributes.add(AttributeSpec.numeric(column.name()));
            } else {
                List<String> sorted = sorted(nominalValues.get(j));
                remap[j] = remapping(nominalValues.get(j), sorted);
                attributes.add(AttributeSpec.nominal(column.name(), sorted));
            }
        }
        List<String> sortedClasses = classValuesInModelOrder(classValues);
        int[] classRemap = remapping(classValues, sortedClasses);
        RawTable.Builder builder = RawTable.builder(attributes, sortedClasses, rows);
        double[] raw = new double[d];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < d; j++) {
                double v = values[i * d + j];
                raw[j] = remap[j] == null || Double.isNaN(v) ? v : remap[j][(int) v];
            }
            builder.addRow(raw, classes[i] == MISSING_CLASS ? MISSING_CLASS : classRemap[classes[i]], 1.0);
        }
        return builder.build();
    }

    private static List<String> sorted(List<String> firstSeenOrder) {
        List<String> sorted = new ArrayList<>(firstSeenOrder);
        Collections.sort(sorted);
        return sorted;
    }

    private static int[] remapping(List<String> firstSeenOrder, List<String> sorted) {
        Map<String, Integer> position = new HashMap<>();
        for (int k = 0; k < sorted.size(); k++) {
            position.put(sorted.get(k), k);
        }
        int[] remap = new int[firstSeenOrder.size()];
        for (int k = 0; k < remap.length; k++) {
            remap[k] = position.get(firstSeenOrder.get(k));
        }
        return remap;
    }
}
