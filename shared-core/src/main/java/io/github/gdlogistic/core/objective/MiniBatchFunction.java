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
}
