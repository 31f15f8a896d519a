package io.github.gdlogistic.core.objective;

/**
 * The inner loops of every objective evaluation, written so the JIT keeps them fast: a dot product with eight
 * independent accumulators (a single running sum would make every addition wait for the previous one), the
 * gradient update of four copied rows, and an axpy for the last rows of a block. The summation order is fixed, so
 * results are deterministic.
 */
final class Kernels {

    private Kernels() {
    }

    /**
     * @return {@code sum_j a[aOffset + j] * b[bOffset + j]} for {@code j < length}, summed in eight interleaved
     *         partial sums (measured fastest on 20 to 50 features; C2 does not vectorize floating-point reductions)
     */
    static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int j = 0;
        for (; j + 7 < length; j += 8) {
            int ai = aOffset + j;
            int bi = bOffset + j;
            s0 += a[ai] * b[bi];
            s1 += a[ai + 1] * b[bi + 1];
            s2 += a[ai + 2] * b[bi + 2];
            s3 += a[ai + 3] * b[bi + 3];
            s4 += a[ai + 4] * b[bi + 4];
            s5 += a[ai + 5] * b[bi + 5];
            s6 += a[ai + 6] * b[bi + 6];
            s7 += a[ai + 7] * b[bi + 7];
        }
        for (; j < length; j++) {
            s0 += a[aOffset + j] * b[bOffset + j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** {@code y[yOffset + j] += factor * x[xOffset + j]} for {@code j < length}. */
    static void axpy(double factor, double[] x, int xOffset, double[] y, int yOffset, int length) {
        for (int j = 0; j < length; j++) {
            y[yOffset + j] += factor * x[xOffset + j];
        }
    }

    /**
     * {@code g[j] += r0 a0[j] + r1 a1[j] + r2 a2[j] + r3 a3[j]} for {@code j < length}. Every array is read at the
     * same index, which C2 turns into vector instructions; it does not when the rows are read at offsets into the
     * data array, because it cannot rule out that the data and {@code g} overlap. Copying four rows first
     * ({@link System#arraycopy}, itself vectorized) and calling this measured 15-35 % faster per objective pass
     * from 48 features up (binary) and from 20 up (10 classes), and slower below 48 for binary.
     */
    static void addRows4(double[] g, double r0, double[] a0, double r1, double[] a1, double r2, double[] a2,
            double r3, double[] a3, int length) {
        for (int j = 0; j < length; j++) {
            g[j] += r0 * a0[j] + r1 * a1[j] + r2 * a2[j] + r3 * a3[j];
        }
    }
}
