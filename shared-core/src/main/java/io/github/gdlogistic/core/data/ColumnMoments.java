package io.github.gdlogistic.core.data;

/**
 * The per-column weighted sums that standardization needs, over a range of rows: {@code sum_i w_i (x_ij - shift_j)}
 * and {@code sum_i w_i (x_ij - shift_j)^2} (the shift, the first row, keeps the second sum accurate). The scalar loop
 * is {@link #SCALAR}; a faster one may come from the objective's vector loops.
 */
public interface ColumnMoments {

    /** The plain loop. */
    ColumnMoments SCALAR = ColumnMoments::scalar;

    /**
     * Adds the range's sums to {@code sums} and {@code squares}.
     *
     * @param x the rows, in blocks of eight ({@link BlockLayout})
     * @param d features per row
     * @param weights weight per row (rows with weight 0 are left out)
     * @param from first row
     * @param to end row (exclusive)
     * @param shift value subtracted from each column
     * @param sums accumulates the weighted shifted values per column
     * @param squares accumulates the weighted squared shifted values per column
     * @return the summed weight of the range
     */
    double accumulate(double[] x, int d, double[] weights, int from, int to, double[] shift, double[] sums,
            double[] squares);

    private static double scalar(double[] x, int d, double[] weights, int from, int to, double[] shift,
            double[] sums, double[] squares) {
        double weight = 0;
        for (int i = from; i < to; i++) {
            double wi = weights[i];
            if (wi == 0) {
                continue;
            }
            weight += wi;
            int at = BlockLayout.rowStart(i, d);
            for (int j = 0; j < d; j++) {
                double centered = x[at + j * BlockLayout.BLOCK_ROWS] - shift[j];
                double weighted = wi * centered;
                sums[j] += weighted;
                squares[j] += weighted * centered;
            }
        }
        return weight;
    }
}
