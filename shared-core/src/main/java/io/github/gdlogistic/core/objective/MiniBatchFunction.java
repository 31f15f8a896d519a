package io.github.gdlogistic.core.objective;

/** A sum-over-rows function that can also be evaluated on a subset of rows, for mini-batch solvers. */
public interface MiniBatchFunction extends DifferentiableFunction {

    /** @return number of rows the full function sums over */
    int rows();

    /**
     * Value and gradient of the same objective with the data term averaged over the rows
     * {@code rowOrder[from..to)} only (the penalty is included in full).
     *
     * @param point the parameters (not modified)
     * @param gradient receives the gradient (overwritten)
     * @param rowOrder row indices
     * @param from first position in {@code rowOrder}, inclusive
     * @param to last position, exclusive
     * @return the mini-batch objective value
     */
    double batchValueAndGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to);

    /**
     * The gradient of {@link #batchValueAndGradient} alone, for solvers that move by it without using the batch's
     * value; implementations may save the work of the value. This default computes both.
     *
     * @param point the parameters (not modified)
     * @param gradient receives the gradient (overwritten)
     * @param rowOrder row indices
     * @param from first position in {@code rowOrder}, inclusive
     * @param to last position, exclusive
     */
    default void batchGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
        batchValueAndGradient(point, gradient, rowOrder, from, to);
    }

    /**
     * How many consecutive rows mini-batch solvers keep together when they draw rows in a new order each epoch:
     * groups of this many rows, each starting at a multiple of it, are read as runs of memory rather than row by
     * row, so an epoch costs about what a full pass costs.
     *
     * @return rows per group, at least 1
     */
    default int rowsDrawnTogether() {
        return 1;
    }

    /**
     * The full function ({@link #valueAndGradient}) at one point, summed run of rows by run of rows while the caller
     * reads those rows for something else: a mini-batch solver evaluates the point an epoch ended at while the next
     * epoch's batches read the same rows, so that the rows are read once for both. Obtained from
     * {@link #evaluationAt}; one thread at a time.
     */
    interface Evaluation {

        /**
         * Adds the rows {@code from..to} of the function to the sums.
         *
         * @param from first row, inclusive
         * @param to last row, exclusive
         */
        void addRows(int from, int to);

        /**
         * Where the function has worker threads: starts {@code adding} (calls of {@link #addRows}, in the order the
         * caller would make them) on one of them, beside the caller's own work, and {@link #finish} waits for it;
         * the sums are the same as when the caller adds the rows itself. This default starts nothing.
         *
         * @param adding the calls of {@link #addRows}; it must only read what the caller may write meanwhile
         * @return whether it was started; if not, the caller adds the rows itself
         */
        default boolean addInBackground(Runnable adding) {
            return false;
        }

        /**
         * The value and gradient of the full function, once every row has been added exactly once: the same
         * normalization (total weight, class weights) and penalty as {@link #valueAndGradient}, equal to it up to
         * the order of the sums.
         *
         * @param gradient receives the gradient (overwritten)
         * @return the value
         */
        double finish(double[] gradient);
    }

    /**
     * Starts an {@link Evaluation} of the full function at a point. This default returns {@code null}: the function
     * is evaluated all at once only ({@link #valueAndGradient}).
     *
     * @param point the parameters (copied)
     * @return the evaluation, or {@code null} when the function cannot sum its rows in parts
     */
    default Evaluation evaluationAt(double[] point) {
        return null;
    }

    /**
     * The same function over the same rows in another order: its row {@code k} is this function's row
     * {@code rowOrder[k]}. Mini-batch solvers evaluate their batches on one such shuffled copy, so that batches of
     * consecutive groups ({@link #rowsDrawnTogether}) are well mixed even when the rows are sorted by class. This
     * default is a view that maps the indices; implementations that store rows may copy them in the new order.
     *
     * @param rowOrder a permutation of {@code 0..rows()-1} (not modified, not kept)
     * @return the reordered function
     */
    default MiniBatchFunction reordered(int[] rowOrder) {
        MiniBatchFunction original = this;
        int[] order = rowOrder.clone();
        return new MiniBatchFunction() {
            @Override
            public int dimension() {
                return original.dimension();
            }

            @Override
            public int rows() {
                return order.length;
            }

            @Override
            public double valueAndGradient(double[] point, double[] gradient) {
                return original.valueAndGradient(point, gradient);
            }

            @Override
            public double batchValueAndGradient(double[] point, double[] gradient, int[] positions, int from,
                    int to) {
                int[] rows = new int[to - from];
                for (int k = from; k < to; k++) {
                    rows[k - from] = order[positions[k]];
                }
                return original.batchValueAndGradient(point, gradient, rows, 0, rows.length);
            }
        };
    }
}
