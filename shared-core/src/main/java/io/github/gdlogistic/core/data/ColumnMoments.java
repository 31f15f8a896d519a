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

    /**
     * Whole stored blocks whose eight rows all have weight are added eight rows at a time: per column the eight
     * rows' terms are summed first (in a fixed tree), then added to the column's sums, so each sum is loaded and
     * stored once per block rather than once per row. Other rows (a range's partial blocks, blocks with a row of
     * weight 0) are added one by one, rows of weight 0 left out.
     */
    private static double scalar(double[] x, int d, double[] weights, int from, int to, double[] shift,
            double[] sums, double[] squares) {
        int step = BlockLayout.BLOCK_ROWS;
        int first = Math.min(BlockLayout.paddedRows(from), to);
        int last = first + (to - first) / step * step;
        double weight = rows(x, d, weights, from, first, shift, sums, squares, 0);
        for (int block = first; block < last; block += step) {
            if (!allWeighted(weights, block)) {
                weight = rows(x, d, weights, block, block + step, shift, sums, squares, weight);
                continue;
            }
            double w0 = weights[block];
            double w1 = weights[block + 1];
            double w2 = weights[block + 2];
            double w3 = weights[block + 3];
            double w4 = weights[block + 4];
            double w5 = weights[block + 5];
            double w6 = weights[block + 6];
            double w7 = weights[block + 7];
            for (int r = 0; r < step; r++) {
                weight += weights[block + r]; // row by row, as the other loops add them
            }
            for (int j = 0, o = block * d; j < d; j++, o += step) {
                double s = shift[j];
                double c0 = x[o] - s;
                double c1 = x[o + 1] - s;
                double c2 = x[o + 2] - s;
                double c3 = x[o + 3] - s;
                double c4 = x[o + 4] - s;
                double c5 = x[o + 5] - s;
                double c6 = x[o + 6] - s;
                double c7 = x[o + 7] - s;
                double e0 = w0 * c0;
                double e1 = w1 * c1;
                double e2 = w2 * c2;
                double e3 = w3 * c3;
                double e4 = w4 * c4;
                double e5 = w5 * c5;
                double e6 = w6 * c6;
                double e7 = w7 * c7;
                sums[j] += ((e0 + e1) + (e2 + e3)) + ((e4 + e5) + (e6 + e7));
                squares[j] += ((e0 * c0 + e1 * c1) + (e2 * c2 + e3 * c3))
                        + ((e4 * c4 + e5 * c5) + (e6 * c6 + e7 * c7));
            }
        }
        return rows(x, d, weights, last, to, shift, sums, squares, weight);
    }

    private static boolean allWeighted(double[] weights, int block) {
        for (int r = 0; r < BlockLayout.BLOCK_ROWS; r++) {
            if (weights[block + r] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rows {@code from..to} one by one; rows of weight 0 are left out.
     *
     * @return {@code weight} plus the rows' weights, added in row order
     */
    private static double rows(double[] x, int d, double[] weights, int from, int to, double[] shift,
            double[] sums, double[] squares, double weightBefore) {
        double weight = weightBefore;
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
