package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;

/**
 * The scalar inner loops over the data in blocks of eight rows ({@link BlockLayout}): the scores of a block's eight
 * rows and their gradient update, each value used by eight independent running sums (a single running sum would make
 * every addition wait for the previous one), and a dot product for one row (its values eight apart). The summation
 * order is fixed, so results are deterministic.
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

    /**
     * The scores of the eight rows of the block whose first value is at {@code x[base]}: {@code out[at + r * step] =
     * intercept + sum_j x_rj w[wOffset + j]}, eight running sums that share every coefficient load.
     */
    static void scores8(double[] x, int base, double[] w, int wOffset, double intercept, int d, double[] out, int at,
            int step) {
        double z0 = intercept;
        double z1 = intercept;
        double z2 = intercept;
        double z3 = intercept;
        double z4 = intercept;
        double z5 = intercept;
        double z6 = intercept;
        double z7 = intercept;
        for (int j = 0, o = base; j < d; j++, o += STEP) {
            double wj = w[wOffset + j];
            z0 += x[o] * wj;
            z1 += x[o + 1] * wj;
            z2 += x[o + 2] * wj;
            z3 += x[o + 3] * wj;
            z4 += x[o + 4] * wj;
            z5 += x[o + 5] * wj;
            z6 += x[o + 6] * wj;
            z7 += x[o + 7] * wj;
        }
        out[at] = z0;
        out[at + step] = z1;
        out[at + 2 * step] = z2;
        out[at + 3 * step] = z3;
        out[at + 4 * step] = z4;
        out[at + 5 * step] = z5;
        out[at + 6 * step] = z6;
        out[at + 7 * step] = z7;
    }

    /**
     * {@code g[gOffset + j] += sum_r r[at + r * step] x_rj} for the eight rows of the block whose first value is at
     * {@code x[base]}; returns the sum of the eight residuals (for the intercept).
     */
    static double addBlock8(double[] g, int gOffset, double[] x, int base, int d, double[] r, int at, int step) {
        double r0 = r[at];
        double r1 = r[at + step];
        double r2 = r[at + 2 * step];
        double r3 = r[at + 3 * step];
        double r4 = r[at + 4 * step];
        double r5 = r[at + 5 * step];
        double r6 = r[at + 6 * step];
        double r7 = r[at + 7 * step];
        for (int j = 0, o = base; j < d; j++, o += STEP) {
            g[gOffset + j] += ((x[o] * r0 + x[o + 1] * r1) + (x[o + 2] * r2 + x[o + 3] * r3))
                    + ((x[o + 4] * r4 + x[o + 5] * r5) + (x[o + 6] * r6 + x[o + 7] * r7));
        }
        return ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    }

    /**
     * {@code g[j] += r0 a0[j] + r1 a1[j] + r2 a2[j] + r3 a3[j]} for {@code j < length}: every array is read at the
     * same index, which C2 turns into vector instructions.
     */
    static void addRows4(double[] g, double r0, double[] a0, double r1, double[] a1, double r2, double[] a2,
            double r3, double[] a3, int length) {
        for (int j = 0; j < length; j++) {
            g[j] += (r0 * a0[j] + r1 * a1[j]) + (r2 * a2[j] + r3 * a3[j]);
        }
    }
}
