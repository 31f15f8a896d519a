package io.github.gdlogistic.core.objective;

/**
 * Row loops that process a group of rows at once in vector registers, offered by {@link SimdSupport} on hosts whose
 * Java runtime has the vector API enabled. Each method processes whole groups of {@link #groupRows()} rows starting
 * at {@code from}, as many as fit before {@code to}; the caller handles the remaining rows with the scalar loops.
 * Both methods add the rows' weighted negative log-likelihood gradient to {@code gradient} (raw coefficients,
 * layout as {@link LogLossObjective}) and return their weighted negative log-likelihood.
 */
interface GroupKernels {

    /** @return rows per group */
    int groupRows();

    /**
     * @param features features per row
     * @return whether these loops handle rows of that many features (else the scalar loops run)
     */
    boolean supports(int features);

    /**
     * The sigmoid objective over whole groups of rows.
     *
     * @param x the rows, row-major
     * @param d features per row
     * @param labels class index (0 or 1) per row
     * @param instanceWeights weight per row
     * @param classWeights weight per class
     * @param rowOrder row indices, or {@code null} for the rows {@code from..to} themselves
     * @param from first position
     * @param to end position (exclusive); rows after the last whole group are left out
     * @param coefficients raw coefficients followed by the intercept
     * @param gradient accumulates the gradient
     * @return the summed weighted loss of the processed rows
     */
    double binaryGroups(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights,
            int[] rowOrder, int from, int to, double[] coefficients, double[] gradient);

    /**
     * The softmax objective over whole groups of rows.
     *
     * @param x the rows, row-major
     * @param d features per row
     * @param classes number of classes
     * @param labels class index per row
     * @param instanceWeights weight per row
     * @param classWeights weight per class
     * @param rowOrder row indices, or {@code null} for the rows {@code from..to} themselves
     * @param from first position
     * @param to end position (exclusive); rows after the last whole group are left out
     * @param coefficients per class the raw coefficients followed by the intercept
     * @param gradient accumulates the gradient
     * @return the summed weighted loss of the processed rows
     */
    double softmaxGroups(double[] x, int d, int classes, int[] labels, double[] instanceWeights,
            double[] classWeights, int[] rowOrder, int from, int to, double[] coefficients, double[] gradient);
}
