package io.github.gdlogistic.core.table;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns raw host rows into the numeric feature vectors the model sees, the same way at training and prediction time.
 *
 * <ul>
 *   <li>Numeric attribute: one feature, the value itself.</li>
 *   <li>Nominal attribute with values {@code v0..v(k-1)}: dummy (reference) coding with {@code v0} as the
 *       reference, i.e. {@code k - 1} indicator features named {@code "name=v1"} ... {@code "name=v(k-1)"}. Each
 *       coefficient is then the log-odds change against the reference value, and unregularized models stay
 *       identifiable (as in KNIME's and R's logistic regression).</li>
 *   <li>Missing value: replaced by the training mean (numeric, weighted by instance weight) or the training mode
 *       (nominal), learned when the encoder is fitted. A nominal value index outside the known list counts as
 *       missing.</li>
 *   <li>An attribute missing in every training row gets the value 0 (numeric) or the reference value (nominal): its
 *       features are constant and its coefficients stay 0; {@link #unusedAttributes()} names it.</li>
 * </ul>
 * Immutable and serializable.
 */
public final class FeatureEncoder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<AttributeSpec> attributes;
    private final double[] fillValues;
    private final int[] offsets;
    private final List<String> featureNames;
    private final List<String> unusedAttributes;
    private transient int[] nominalSizes;

    private FeatureEncoder(List<AttributeSpec> attributes, double[] fillValues, List<String> unusedAttributes) {
        this.attributes = Collections.unmodifiableList(new ArrayList<>(attributes));
        this.fillValues = fillValues;
        this.unusedAttributes = Collections.unmodifiableList(new ArrayList<>(unusedAttributes));
        this.offsets = new int[attributes.size() + 1];
        List<String> names = new ArrayList<>();
        for (int a = 0; a < attributes.size(); a++) {
            offsets[a] = names.size();
            AttributeSpec attribute = attributes.get(a);
            if (attribute.isNominal()) {
                for (int v = 1; v < attribute.values().size(); v++) {
                    names.add(attribute.name() + "=" + attribute.values().get(v));
                }
            } else {
                names.add(attribute.name());
            }
        }
        offsets[attributes.size()] = names.size();
        this.featureNames = Collections.unmodifiableList(names);
    }

    /**
     * Learns the replacement for missing values from the rows of the table that have a class value.
     *
     * @param table the training table
     * @return the fitted encoder
     */
    public static FeatureEncoder fit(RawTable table) {
        List<AttributeSpec> attributes = table.attributes();
        int d = attributes.size();
        double[][] counts = new double[d][];
        double[] sums = new double[d];
        double[] weights = new double[d];
        int[] present = new int[d];
        for (int a = 0; a < d; a++) {
            counts[a] = new double[Math.max(attributes.get(a).values().size(), 1)];
        }
        boolean[] nominal = new boolean[d];
        for (int a = 0; a < d; a++) {
            nominal[a] = attributes.get(a).isNominal();
        }
        if (table.hasMissingValues()) {
            // One pass over the rows, all attributes at once.
            countWithMissingValues(table, nominal, counts, sums, weights, present);
        } else {
            // Added up while the table was built: the same sums in the same order, no pass over the values.
            RawTable.LabelledSums labelled = table.labelledSums();
            sums = labelled.sums;
            counts = labelled.counts;
            for (int a = 0; a < d; a++) {
                present[a] = labelled.rows;
                weights[a] = nominal[a] ? 0 : labelled.total;
            }
        }
        double[] means = new double[d];
        for (int a = 0; a < d; a++) {
            means[a] = present[a] == 0 || nominal[a] ? 0 : sums[a] / weights[a];
        }
        return fromStatistics(attributes, counts, means, present);
    }

    /**
     * The encoder whose missing-value replacements come from these statistics: the weighted mean of a numeric
     * attribute, the value of largest weight of a nominal one (the first on ties); an attribute without any value
     * is unused. {@link #fit} computes the statistics over a table; a one-pass learner keeps them up to date as rows
     * arrive ({@link io.github.gdlogistic.core.stream.OnePassLogistic}).
     *
     * @param attributes the input attributes
     * @param nominalCounts per attribute the weight of each nominal value (ignored for numeric attributes)
     * @param numericMeans per attribute the weighted mean of its values (ignored for nominal attributes)
     * @param present per attribute the number of rows where it has a value
     * @return the encoder
     */
    public static FeatureEncoder fromStatistics(List<AttributeSpec> attributes, double[][] nominalCounts,
            double[] numericMeans, int[] present) {
        double[] fill = new double[attributes.size()];
        List<String> unused = new ArrayList<>();
        for (int a = 0; a < fill.length; a++) {
            if (present[a] == 0) {
                unused.add(attributes.get(a).name());
            } else if (attributes.get(a).isNominal()) {
                double[] counts = nominalCounts[a];
                int mode = 0;
                for (int v = 1; v < counts.length; v++) {
                    if (counts[v] > counts[mode]) {
                        mode = v;
                    }
                }
                fill[a] = mode;
            } else {
                fill[a] = numericMeans[a];
            }
        }
        return new FeatureEncoder(attributes, fill, unused);
    }

    /**
     * Zero-weight rows still count a little, so that a column whose rows all weigh zero has a fill value.
     *
     * @param weight an instance weight
     * @return the weight a row has in the encoder's statistics
     */
    static double statisticsWeight(double weight) {
        return weight > 0 ? weight : 1e-300;
    }

    /** The statistics of {@link #fit}: per column, the rows where it is present, their weights and sums. */
    private static void countWithMissingValues(RawTable table, boolean[] nominal, double[][] counts, double[] sums,
            double[] weights, int[] present) {
        int d = nominal.length;
        double[] raw = new double[d];
        for (int i = 0; i < table.rows(); i++) {
            if (table.classIndex(i) < 0) {
                continue;
            }
            table.copyRow(i, raw, 0);
            double w = statisticsWeight(table.weight(i));
            for (int a = 0; a < d; a++) {
                double v = raw[a];
                if (Double.isNaN(v)) {
                    continue;
                }
                present[a]++;
                if (nominal[a]) {
                    counts[a][(int) v] += w;
                } else {
                    sums[a] += w * v;
                    weights[a] += w;
                }
            }
        }
    }

    /** Checks a read encoder like a fitted one: one finite fill value per attribute, a valid value index for nominals. */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            if (attributes == null || fillValues == null || unusedAttributes == null || attributes.contains(null)) {
                throw new IllegalArgumentException("missing attributes or fill values");
            }
            if (fillValues.length != attributes.size()) {
                throw new IllegalArgumentException(fillValues.length + " fill values for " + attributes.size()
                        + " attributes");
            }
            for (int a = 0; a < fillValues.length; a++) {
                AttributeSpec attribute = attributes.get(a);
                double fill = fillValues[a];
                boolean valid = attribute.isNominal()
                        ? fill >= 0 && fill < attribute.values().size() && fill == Math.rint(fill)
                        : Double.isFinite(fill);
                if (!valid) {
                    throw new IllegalArgumentException("the fill value of attribute '" + attribute.name() + "' is "
                            + fill + "; expected " + (attribute.isNominal() ? "one of its value indices" : "a finite number"));
                }
            }
            FeatureEncoder rebuilt = new FeatureEncoder(attributes, fillValues, unusedAttributes);
            if (!rebuilt.featureNames.equals(featureNames) || !java.util.Arrays.equals(rebuilt.offsets, offsets)) {
                throw new IllegalArgumentException("the encoded features do not match the attributes");
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidObjectException("Damaged feature encoder: " + e.getMessage());
        }
    }

    /**
     * The same encoding with other replacements for missing values (for a model combined from parts).
     *
     * @param fill one finite value per attribute (a value index for nominal attributes)
     * @param unused attributes missing in every training row
     * @return the encoder
     */
    FeatureEncoder withFillValues(double[] fill, List<String> unused) {
        return new FeatureEncoder(attributes, fill.clone(), unused);
    }

    /** @return a copy of the replacement of each attribute's missing values */
    double[] fillValues() {
        return fillValues.clone();
    }

    /** @return the attributes this encoder reads */
    public List<AttributeSpec> attributes() {
        return attributes;
    }

    /** @return number of encoded features */
    public int numFeatures() {
        return featureNames.size();
    }

    /** @return names of the encoded features, e.g. {@code "age"}, {@code "color=green"} */
    public List<String> featureNames() {
        return featureNames;
    }

    /**
     * @return whether encoding leaves a row without missing values as it is: every attribute numeric and used, so
     *         that features and attributes coincide
     */
    public boolean isIdentity() {
        if (!unusedAttributes.isEmpty() || featureNames.size() != attributes.size()) {
            return false;
        }
        for (AttributeSpec attribute : attributes) {
            if (attribute.isNominal()) {
                return false;
            }
        }
        return true;
    }

    /** @return names of attributes that were missing in every training row */
    public List<String> unusedAttributes() {
        return unusedAttributes;
    }

    /**
     * @param attribute attribute index
     * @return the value a missing entry is replaced with (a nominal value index for nominal attributes)
     */
    public double fillValue(int attribute) {
        return fillValues[attribute];
    }

    /**
     * @param attribute attribute index
     * @return index of the attribute's first encoded feature
     */
    public int firstFeature(int attribute) {
        return offsets[attribute];
    }

    /**
     * Encodes one raw row.
     *
     * @param raw one raw value per attribute, NaN for missing
     * @param out receives {@link #numFeatures()} values
     * @param offset where in {@code out} to write
     */
    public void encode(double[] raw, double[] out, int offset) {
        encode(raw, 0, out, offset);
    }

    /**
     * Encodes one raw row taken from a row-major block.
     *
     * @param raw row-major raw values
     * @param rawOffset where the row starts in {@code raw}
     * @param out receives {@link #numFeatures()} values
     * @param offset where in {@code out} to write
     */
    public void encode(double[] raw, int rawOffset, double[] out, int offset) {
        int[] sizes = nominalSizes();
        for (int a = 0; a < sizes.length; a++) {
            double v = raw[rawOffset + a];
            int start = offset + offsets[a];
            int size = sizes[a];
            if (size < 0) {
                if (Double.isNaN(v)) {
                    v = fillValues[a];
                } else if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("Attribute '" + attributes.get(a).name() + "' is " + v
                            + "; expected a finite number or a missing value");
                }
                out[start] = v;
                continue;
            }
            if (Double.isNaN(v) || v < 0 || v >= size || v != Math.rint(v)) {
                v = fillValues[a];
            }
            for (int f = start; f < offset + offsets[a + 1]; f++) {
                out[f] = 0;
            }
            if (v >= 1) {
                out[start + (int) v - 1] = 1;
            }
        }
    }

    /** Per attribute the number of nominal values, or -1 for a numeric attribute (derived, so not serialized). */
    private int[] nominalSizes() {
        int[] sizes = nominalSizes;
        if (sizes == null) {
            sizes = new int[attributes.size()];
            for (int a = 0; a < sizes.length; a++) {
                sizes[a] = attributes.get(a).isNominal() ? attributes.get(a).values().size() : -1;
            }
            nominalSizes = sizes;
        }
        return sizes;
    }

    /**
     * @param raw one raw row
     * @return its encoded features
     */
    public double[] encode(double[] raw) {
        if (raw == null || raw.length != attributes.size()) {
            throw new IllegalArgumentException("Expected a row of " + attributes.size() + " attribute values, but got "
                    + (raw == null ? "null" : raw.length));
        }
        double[] out = new double[numFeatures()];
        encode(raw, out, 0);
        return out;
    }
}
