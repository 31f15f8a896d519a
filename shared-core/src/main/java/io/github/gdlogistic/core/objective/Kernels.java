package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;

/**
 * The inner loops for one row of the data ({@link BlockLayout}: a row's values are {@link BlockLayout#BLOCK_ROWS}
 * apart), used for the rows outside whole blocks and for mini-batches in shuffled order: a dot product with four
 * independent accumulators (a single running sum would make every addition wait for the previous one) and an axpy.
 * The summation order is fixed, so results are deterministic.
 */
final class Kernels {

    private static final int STEP = BlockLayout.BLOCK_ROWS;

    private Kernels() {
    }

    /**
     * @param x the data
     * @param at the row's first value
     * @param w coefficients
     * @param wOffset the first coefficient
     * @param length values in the row
     * @return {@code sum_j x[at + j * BLOCK_ROWS] * w[wOffset + j]}, summed in four interleaved partial sums
     */
    static double dot(double[] x, int at, double[] w, int wOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            int xi = at + j * STEP;
            int wi = wOffset + j;
            s0 += x[xi] * w[wi];
            s1 += x[xi + STEP] * w[wi + 1];
            s2 += x[xi + 2 * STEP] * w[wi + 2];
            s3 += x[xi + 3 * STEP] * w[wi + 3];
        }
        for (; j < length; j++) {
            s0 += x[at + j * STEP] * w[wOffset + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code y[yOffset + j] += factor * x[at + j * BLOCK_ROWS]} for {@code j < length}. */
    static void axpy(double factor, double[] x, int at, double[] y, int yOffset, int length) {
        for (int j = 0; j < length; j++) {
            y[yOffset + j] += factor * x[at + j * STEP];
        }
    }
}
