package io.github.gdlogistic.core.objective;

import java.util.Arrays;

/**
 * Working arrays of the row loops ({@link GroupKernels}, the scalar loops) and of the rows a mini-batch gathers,
 * kept by an objective for its mini-batches and reused from batch to batch, so that a batch of a few dozen rows
 * allocates nothing. Fresh arrays per batch had to be zeroed in memory not in the caches, and the lane-wise gradient
 * alone was as large as a quarter of the rows read (docs/performance.md, "Mini-batch epochs on data larger than the
 * caches"). Each slot grows to the largest length asked and keeps it. One thread at a time; a full pass, whose blocks
 * may run on several threads, gives each call fresh arrays ({@link #fresh}).
 */
final class RowScratch {

    /** Lane-wise gradient sums. */
    static final int LANE_GRADIENT = 0;
    /** Lane-wise sums of the residuals (the intercepts' gradient). */
    static final int LANE_RESIDUALS = 1;
    /** Scores and residuals of the rows in hand. */
    static final int SCORES = 2;
    /** Class indices of the rows in hand, as doubles. */
    static final int ROW_CLASSES = 3;
    /** Effective weights of the rows in hand. */
    static final int ROW_WEIGHTS = 4;
    /** One register's lanes, for sums across lanes. */
    static final int LANES = 5;
    /** Rows gathered into blocks of their own. */
    static final int GATHERED_VALUES = 6;
    /** Instance weights of the gathered rows. */
    static final int GATHERED_WEIGHTS = 7;
    /** Raw coefficients. */
    static final int RAW_COEFFICIENTS = 8;

    private final double[][] doubles = new double[9][];
    private int[] gatheredLabels = new int[0];

    /** @return scratch for one call only, as a full pass's blocks use */
    static RowScratch fresh() {
        return new RowScratch();
    }

    /**
     * @param slot which array
     * @param length the least length needed
     * @return the slot's array, at least {@code length} long, contents left from its last use
     */
    double[] doubles(int slot, int length) {
        double[] array = doubles[slot];
        if (array == null || array.length < length) {
            array = new double[length];
            doubles[slot] = array;
        }
        return array;
    }

    /**
     * @param slot which array
     * @param length the least length needed
     * @return the slot's array, at least {@code length} long, its first {@code length} values 0
     */
    double[] zeroed(int slot, int length) {
        double[] array = doubles[slot];
        if (array == null || array.length < length) {
            array = new double[length];
            doubles[slot] = array;
        } else {
            Arrays.fill(array, 0, length, 0.0);
        }
        return array;
    }

    /**
     * @param length the least length needed
     * @return the class indices of gathered rows, at least {@code length} long, contents left from the last use
     */
    int[] gatheredLabels(int length) {
        if (gatheredLabels.length < length) {
            gatheredLabels = new int[length];
        }
        return gatheredLabels;
    }
}
