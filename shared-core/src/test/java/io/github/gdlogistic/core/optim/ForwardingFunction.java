package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.MiniBatchFunction;

/**
 * Test helper: a mini-batch function that passes the calls every function has to another one, so that a test
 * overrides only what it watches. The optional calls (batch gradient alone, evaluation in parts, reordering) keep
 * {@link MiniBatchFunction}'s defaults unless a test overrides them too.
 */
class ForwardingFunction implements MiniBatchFunction {

    /** The function the calls go to. */
    final MiniBatchFunction delegate;

    ForwardingFunction(MiniBatchFunction delegate) {
        this.delegate = delegate;
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public int rows() {
        return delegate.rows();
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        return delegate.valueAndGradient(point, gradient);
    }

    @Override
    public double batchValueAndGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
        return delegate.batchValueAndGradient(point, gradient, rowOrder, from, to);
    }

    @Override
    public int rowsDrawnTogether() {
        return delegate.rowsDrawnTogether();
    }
}
