package io.github.gdlogistic.core.stream;

import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.FeatureEncoder;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The replacement of missing values as rows arrive: per numeric attribute the weighted mean of the values seen so far,
 * per nominal attribute the most frequent value so far (by weight; the first value on ties), as batch training's
 * {@link FeatureEncoder#fit} computes them over all rows. Memory: one number per attribute and one per nominal value.
 */
final class RunningFill implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<AttributeSpec> attributes;
    private final double[][] counts;
    private final double[] means;
    private final double[] weights;
    private final int[] present;

    /** @param attributes the input attributes */
    RunningFill(List<AttributeSpec> attributes) {
        this.attributes = new ArrayList<>(attributes);
        int d = attributes.size();
        counts = new double[d][];
        means = new double[d];
        weights = new double[d];
        present = new int[d];
        for (int a = 0; a < d; a++) {
            counts[a] = new double[attributes.get(a).values().size()];
        }
    }

    /**
     * @param raw one raw row (NaN = missing, nominal values as indices)
     * @param offset where it starts
     * @param weight its weight, &gt; 0
     */
    void add(double[] raw, int offset, double weight) {
        for (int a = 0; a < means.length; a++) {
            double v = raw[offset + a];
            if (Double.isNaN(v)) {
                continue;
            }
            weights[a] += weight;
            present[a]++;
            if (attributes.get(a).isNominal()) {
                counts[a][(int) v] += weight;
            } else {
                means[a] += (weight / weights[a]) * (v - means[a]);
            }
        }
    }

    /** @return the encoder with the replacements so far (an attribute never seen is unused) */
    FeatureEncoder encoder() {
        return FeatureEncoder.fromStatistics(attributes, counts, means, present);
    }
}
