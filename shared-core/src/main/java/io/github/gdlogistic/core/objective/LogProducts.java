package io.github.gdlogistic.core.objective;

/**
 * Sums {@code weight * log(factor)} over many rows with one logarithm per few hundred rows instead of one per row:
 * factors of unit-weight rows are multiplied together and the logarithm is taken when the product grows large,
 * which is exact to rounding (the logarithm is a large part of a pass on narrow data). Rows with another weight add
 * {@code weight * log(factor)} directly. One instance per pass over a range of rows; it holds two numbers only, so
 * the JIT keeps it in registers.
 */
final class LogProducts {

    private static final double FLUSH_ABOVE = 1e250;

    private double product = 1.0;
    private double sum;

    /**
     * Adds {@code weight * log(factor)}.
     *
     * @param factor a value in [1, 1e40]
     * @param weight the row's effective weight
     */
    void add(double factor, double weight) {
        if (weight == 1.0) {
            double next = product * factor;
            if (next > FLUSH_ABOVE) {
                sum += Math.log(next);
                next = 1.0;
            }
            product = next;
        } else {
            sum += weight * Math.log(factor);
        }
    }

    /**
     * Adds a term directly.
     *
     * @param value the weighted term
     */
    void addDirect(double value) {
        sum += value;
    }

    /** @return the total */
    double total() {
        return sum + Math.log(product);
    }
}
