package io.github.gdlogistic.core.optim;

/**
 * What every {@link Optimizer} reports about its current iterate, kept in one place: the parameters, the objective
 * there and the gradient max-norm there.
 */
abstract class Iterate implements Optimizer {

    private static final long serialVersionUID = 1L;

    /** The current parameters. */
    protected double[] point;
    /** The objective (smooth part plus L1) at {@link #point}. */
    protected double loss;
    /** The gradient (or proximal-gradient mapping) max-norm at {@link #point}. */
    protected double stationarity;

    @Override
    public final double[] point() {
        return point.clone();
    }

    @Override
    public final double loss() {
        return loss;
    }

    @Override
    public final double stationarity() {
        return stationarity;
    }
}
