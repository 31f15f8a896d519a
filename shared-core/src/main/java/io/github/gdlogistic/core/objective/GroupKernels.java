package io.github.gdlogistic.core.objective;

/**
 * Row loops that process whole blocks of eight rows ({@link io.github.gdlogistic.core.data.BlockLayout}) in vector
 * registers, offered by {@link SimdSupport} on hosts whose Java runtime has the vector API enabled. Both methods add
 * the rows' weighted negative log-likelihood gradient to {@code gradient} (raw coefficients, layout as
 * {@link LogLossObjective}) and return their weighted negative log-likelihood. Their working arrays come from a
 * {@link RowScratch}, reused between calls by mini-batches.
 */
interface GroupKernels {

    /** @return doubles per vector register */
    int lanes();

    /**
     * The sigmoid objective over whole blocks.
     *
     * @param x the values in blocks of eight rows
     * @param d features per row
     * @param labels class index (0 or 1) per row
     * @param instanceWeights weight per row
     * @param classWeights weight per class
     * @param from first row, the start of a block
     * @param to end row (exclusive), the end of a block
     * @param coefficients raw coefficients followed by the intercept
     * @param gradient accumulates the gradient
     * @param withLoss whether to sum the loss too (else the gradient only, and 0 is returned)
     * @param work the working arrays (contents overwritten)
     * @return the summed weighted loss of the rows, or 0 without the loss
     */
    double binaryBlocks(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights, int from,
            int to, double[] coefficients, double[] gradient, boolean withLoss, RowScratch work);

    /**
     * The softmax objective over whole blocks.
     *
     * @param x the values in blocks of eight rows
     * @param d features per row
     * @param classes number of classes
     * @param labels class index per row
     * @param instanceWeights weight per row
     * @param classWeights weight per class
     * @param from first row, the start of a block
     * @param to end row (exclusive), the end of a block
     * @param coefficients per class the raw coefficients followed by the intercept
     * @param gradient accumulates the gradient
     * @param withLoss whether to sum the loss too (else the gradient only, and 0 is returned)
     * @param work the working arrays (contents overwritten)
     * @return the summed weighted loss of the rows, or 0 without the loss
     */
    double softmaxBlocks(double[] x, int d, int classes, int[] labels, double[] instanceWeights,
            double[] classWeights, int from, int to, double[] coefficients, double[] gradient, boolean withLoss,
            RowScratch work);

    /**
     * {@code out[at + j] = numerators[at + j] / divisors[j]} for {@code j < d}: the quotients of
     * {@link StandardizedParameters#toRaw}, each correctly rounded, so equal to the scalar loop's.
     *
     * @param numerators the dividends, from {@code at}
     * @param divisors the divisors, from 0
     * @param at where the dividends and quotients start
     * @param d how many
     * @param out receives the quotients
     */
    void divide(double[] numerators, double[] divisors, int at, int d, double[] out);

    /**
     * {@code gradient[at + j] = (gradient[at + j] * inverse - means[j] * interceptGradient) / scales[j]
     * + l2 * point[at + j]} for {@code j < d}: the loop of {@link StandardizedParameters#finishGradient}, every
     * operation rounded as there (no fused multiply-adds), so equal to it.
     *
     * @param gradient raw gradient sums from {@code at}, replaced by the standardized gradient
     * @param point the standardized parameters
     * @param means the features' means
     * @param scales the features' scales
     * @param at where the weight vector starts
     * @param d number of features
     * @param inverse one over the rows' total weight
     * @param interceptGradient the weight vector's intercept gradient, already divided
     * @param l2 the L2 strength
     */
    void standardizeGradient(double[] gradient, double[] point, double[] means, double[] scales, int at, int d,
            double inverse, double interceptGradient, double l2);
}
