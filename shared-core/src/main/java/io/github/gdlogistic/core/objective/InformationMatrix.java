package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;

/**
 * The observed information matrix of a binary logistic model over a range of rows,
 * {@code sum_i s_i p_i (1 - p_i) x~_i x~_i'} with {@code x~_i = (x_i, 1)} (the intercept's column last),
 * {@code s_i} the row's instance weight times its class's weight and {@code p_i = 1 / (1 + exp(-z_i))} its
 * predicted probability: the Hessian of the weighted negative log-likelihood, whose inverse gives the Wald standard
 * errors. The scalar loop is {@link #SCALAR}; the vector one comes from {@link SimdSupport#informationMatrix}.
 */
public interface InformationMatrix {

    /** The plain loop: rank-eight updates on rows copied out of the blocks. */
    InformationMatrix SCALAR = InformationMatrix::scalar;

    /**
     * Adds the range's information matrix to {@code lower}: its lower triangle ({@code m = d + 1} rows and
     * columns), packed row after row, element {@code (j, k)} with {@code k <= j} at {@code j (j + 1) / 2 + k}.
     *
     * @param x the rows, in blocks of eight ({@link BlockLayout})
     * @param d features per row
     * @param labels class index (0 or 1) per row
     * @param instanceWeights weight per row
     * @param classWeights weight per class; rows whose weight times class weight is 0 add nothing
     * @param coefficients the model's raw coefficients
     * @param intercept the model's intercept
     * @param from first row
     * @param to end row (exclusive)
     * @param lower accumulates the packed lower triangle
     */
    void add(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights, double[] coefficients,
            double intercept, int from, int to, double[] lower);

    /**
     * The weight of a row in the information matrix.
     *
     * @param s the row's instance weight times its class's weight
     * @param z the row's score
     * @return {@code s p (1 - p)}, 0 when {@code s} is 0
     */
    static double rowVariance(double s, double z) {
        if (s == 0) {
            return 0;
        }
        double p = 1 / (1 + Math.exp(-z));
        return s * p * (1 - p);
    }

    /** Eight rows at a time, so that each element is loaded and stored once per eight rows: a rank-eight update. */
    private static void scalar(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights,
            double[] coefficients, double intercept, int from, int to, double[] lower) {
        int group = BlockLayout.BLOCK_ROWS;
        int m = d + 1;
        double[][] rows = new double[group][m];
        double[] v = new double[group];
        for (int start = from; start < to; start += group) {
            int count = Math.min(group, to - start);
            for (int r = 0; r < group; r++) {
                if (r < count) {
                    int i = start + r;
                    double[] row = rows[r];
                    BlockLayout.copyRow(x, d, i, row, 0);
                    row[d] = 1;
                    double z = intercept;
                    for (int j = 0; j < d; j++) {
                        z += coefficients[j] * row[j];
                    }
                    v[r] = rowVariance(instanceWeights[i] * classWeights[labels[i]], z);
                } else {
                    v[r] = 0;
                }
            }
            addEightRows(lower, rows, v, m);
        }
    }

    /** Adds {@code sum_r v_r row_r row_r'} over the eight rows to the packed lower triangle. */
    private static void addEightRows(double[] lower, double[][] rows, double[] v, int m) {
        double[] r0 = rows[0];
        double[] r1 = rows[1];
        double[] r2 = rows[2];
        double[] r3 = rows[3];
        double[] r4 = rows[4];
        double[] r5 = rows[5];
        double[] r6 = rows[6];
        double[] r7 = rows[7];
        for (int j = 0; j < m; j++) {
            double a0 = v[0] * r0[j];
            double a1 = v[1] * r1[j];
            double a2 = v[2] * r2[j];
            double a3 = v[3] * r3[j];
            double a4 = v[4] * r4[j];
            double a5 = v[5] * r5[j];
            double a6 = v[6] * r6[j];
            double a7 = v[7] * r7[j];
            int at = j * (j + 1) / 2;
            for (int k = 0; k <= j; k++) {
                lower[at + k] += a0 * r0[k] + a1 * r1[k] + a2 * r2[k] + a3 * r3[k] + a4 * r4[k] + a5 * r5[k]
                        + a6 * r6[k] + a7 * r7[k];
            }
        }
    }
}
