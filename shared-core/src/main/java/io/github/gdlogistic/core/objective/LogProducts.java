package io.github.gdlogistic.core.objective;

/**
 * Sums {@code classWeight[c] * log(f_i)} over many rows with one logarithm per few dozen rows instead of one per row:
 * the factors {@code f_i >= 1} of unit-weight rows are multiplied per class and the logarithm is taken when the
 * product grows large, which is exact to rounding (the logarithm is the dominant cost of a pass on narrow data).
 * Rows with other instance weights add {@code weight * log(f_i)} directly. One instance per pass over a range of rows.
 */
final class LogProducts {

    private static final double FLUSH_ABOVE = 1e250;

    private final double[] classWeights;
    private final double[] products;
    private double sum;

    /**
     * @param classWeights weight per class
     */
    LogProducts(double[] classWeights) {
        this.classWeights = classWeights;
        this.products = new double[classWeights.length];
        java.util.Arrays.fill(products, 1.0);
    }

    /**
     * Adds {@code weight * log(factor)} for a row of class {@code classIndex}.
     *
     * @param classIndex the row's class
     * @param factor a value in [1, 1e40]
     * @param unitInstanceWeight whether the row's instance weight is 1 (then {@code weight} is the class weight)
     * @param weight the row's effective weight
     */
    void add(int classIndex, double factor, boolean unitInstanceWeight, double weight) {
        if (unitInstanceWeight) {
            double product = products[classIndex] * factor;
            if (product > FLUSH_ABOVE) {
                sum += classWeights[classIndex] * Math.log(product);
                product = 1.0;
            }
            products[classIndex] = product;
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

    /** @return the total, flushing the remaining products */
    double total() {
        double total = sum;
        for (int c = 0; c < products.length; c++) {
            if (products[c] != 1.0) {
                total += classWeights[c] * Math.log(products[c]);
            }
        }
        return total;
    }
}
