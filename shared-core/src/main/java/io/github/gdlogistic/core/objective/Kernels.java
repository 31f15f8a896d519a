package io.github.gdlogistic.core.objective;

/**
 * The two inner loops of every objective evaluation, written so the JIT keeps them fast: a dot product with four
 * independent accumulators (a single running sum would make every addition wait for the previous one), and an
 * axpy that the JIT vectorizes. The summation order is fixed, so results are deterministic.
 */
final class Kernels {

    private Kernels() {
    }

    /**
     * @return {@code sum_j a[aOffset + j] * b[bOffset + j]} for {@code j < length}
     */
    static double dot(double[] a, int aOffset, double[] b, int bOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += a[aOffset + j] * b[bOffset + j];
            s1 += a[aOffset + j + 1] * b[bOffset + j + 1];
            s2 += a[aOffset + j + 2] * b[bOffset + j + 2];
            s3 += a[aOffset + j + 3] * b[bOffset + j + 3];
        }
        for (; j < length; j++) {
            s0 += a[aOffset + j] * b[bOffset + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** {@code y[yOffset + j] += factor * x[xOffset + j]} for {@code j < length}. */
    static void axpy(double factor, double[] x, int xOffset, double[] y, int yOffset, int length) {
        for (int j = 0; j < length; j++) {
            y[yOffset + j] += factor * x[xOffset + j];
        }
    }

    /**
     * {@code log(1 + e)} for {@code e} in [0, 1], as accurate as {@code Math.log1p} but using the faster intrinsic
     * {@code Math.log}: below 1e-8 the series {@code e - e^2/2} is exact to double precision.
     */
    static double log1pSmall(double e) {
        return e > 1e-8 ? Math.log(1 + e) : e - 0.5 * e * e;
    }
}
