package io.github.gdlogistic.core.objective;

/** A smooth function of a parameter vector whose value and gradient are computed together. */
public interface DifferentiableFunction {

    /** @return the number of parameters */
    int dimension();

    /**
     * @param point the parameters (not modified)
     * @param gradient receives the gradient (overwritten)
     * @return the function value
     */
    double valueAndGradient(double[] point, double[] gradient);
}
