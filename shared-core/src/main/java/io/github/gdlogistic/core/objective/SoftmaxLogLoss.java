package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;



/**
 * The multinomial objective: one weight vector and intercept per class,
 * {@code P(y = c | x) = exp(z_c) / sum_k exp(z_k)} with {@code z_c = b_c + w_c . x}. The per-row loss
 * {@code logsumexp(z) - z_y} is computed with the maximum shifted out, so it never overflows.
 */
public final class SoftmaxLogLoss extends LogLossObjective {

    /**
     * @param data training data with K &gt;= 2 classes
     * @param classWeights weight per class
     * @param scaling feature standardization
     * @param l2Strength {@code lambda * (1 - alpha)}
     * @param fitIntercept whether intercepts are free
     * @param blocks the row blocks of {@code data}, with their threads
     */
    public SoftmaxLogLoss(Dataset data, double[] classWeights, FeatureScaling scaling, double l2Strength,
            boolean fitIntercept, RowBlocks blocks) {
        super(data, data.numClasses(), classWeights, scaling, l2Strength, fitIntercept, blocks);
    }

    @Override
    SoftmaxLogLoss on(Dataset rows, double[] classWeights, FeatureScaling scaling, double l2Strength, boolean fitIntercept,
            RowBlocks blocks) {
        return new SoftmaxLogLoss(rows, classWeights, scaling, l2Strength, fitIntercept, blocks);
    }

    @Override
    double blocks(double[] values, int[] rowLabels, double[] rowWeights, int from, int to, double[] coefficients,
            double[] gradient, boolean withLoss, RowScratch work) {
        GroupKernels kernels = groupKernels();
        if (kernels != null) {
            return kernels.softmaxBlocks(values, features, outputs, rowLabels, rowWeights, classWeights, from, to,
                    coefficients, gradient, withLoss, work);
        }
        return scalarBlocks(values, features, outputs, rowLabels, rowWeights, classWeights, from, to, coefficients,
                gradient);
    }

    /**
     * The scalar loops of {@link #blocks}, arguments as {@link GroupKernels#softmaxBlocks}; also the loops of
     * {@link BlockLoss}.
     */
    static double scalarBlocks(double[] values, int d, int classes, int[] rowLabels, double[] rowWeights,
            double[] classWeights, int from, int to, double[] coefficients, double[] gradient) {
        // Eight rows at a time, as they are stored: per class, each coefficient serves eight running sums (the
        // scores). For the gradient the block's rows are copied out once for all classes, so that each class's
        // update reads its arrays at the same index, which C2 vectorizes (Kernels.addRows4), into a gradient
        // array of its own. Binary models do not copy (one class would not share the copy); the timings behind
        // both choices are in docs/performance.md.
        int stride = d + 1;
        LogProducts loss = new LogProducts();
        double[] scores = new double[8 * classes];
        double[][] rows = new double[8][d];
        double[][] classGradients = new double[classes][d];
        for (int block = from; block < to; block += 8) {
            int base = block * d;
            for (int c = 0; c < classes; c++) {
                Kernels.scores8(values, base, coefficients, c * stride, coefficients[c * stride + d], d, scores, c,
                        classes);
            }
            for (int r = 0; r < 8; r++) {
                int y = rowLabels[block + r];
                residuals(y, rowWeights[block + r] * classWeights[y], scores, r * classes, classes, loss);
                BlockLayout.copyRow(values, d, block + r, rows[r], 0);
            }
            for (int c = 0; c < classes; c++) {
                double r0 = scores[c];
                double r1 = scores[classes + c];
                double r2 = scores[2 * classes + c];
                double r3 = scores[3 * classes + c];
                double r4 = scores[4 * classes + c];
                double r5 = scores[5 * classes + c];
                double r6 = scores[6 * classes + c];
                double r7 = scores[7 * classes + c];
                Kernels.addRows4(classGradients[c], r0, rows[0], r1, rows[1], r2, rows[2], r3, rows[3], d);
                Kernels.addRows4(classGradients[c], r4, rows[4], r5, rows[5], r6, rows[6], r7, rows[7], d);
                gradient[c * stride + d] += ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                gradient[c * stride + j] += classGradients[c][j];
            }
        }
        return loss.total();
    }

    /**
     * Turns the scores {@code z_c} (at {@code scores[offset..offset + K)}) of a row of class {@code y} and weight
     * {@code s} (instance times class weight) into its weighted residuals
     * {@code s * (p_c - [c == y])} in place, and adds its weighted loss {@code log(sum_c exp(z_c)) - z_y}, computed
     * with the maximum shifted out and the logarithm batched over rows.
     */
    private static void residuals(int y, double s, double[] scores, int offset, int outputs, LogProducts loss) {
        if (s == 0) {
            java.util.Arrays.fill(scores, offset, offset + outputs, 0.0);
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < outputs; c++) {
            max = Math.max(max, scores[offset + c]);
        }
        double margin = max - scores[offset + y];
        double sum = 0;
        for (int c = 0; c < outputs; c++) {
            double e = Math.exp(scores[offset + c] - max);
            scores[offset + c] = e;
            sum += e;
        }
        loss.addDirect(s * margin);
        loss.add(sum, s);
        double scale = s / sum;
        for (int c = 0; c < outputs; c++) {
            scores[offset + c] *= scale;
        }
        scores[offset + y] -= s;
    }

    @Override
    protected boolean separatesRows(int from, int to, double[] coefficients) {
        int d = features;
        int classes = outputs;
        int stride = d + 1;
        double[] scores = new double[8 * classes];
        int row = from;
        while (row < to) {
            // whole blocks as stored, eight scores per class at once; other rows one by one
            int count = row % 8 == 0 && row + 8 <= to ? 8 : 1;
            for (int c = 0; c < classes; c++) {
                if (count == 8) {
                    Kernels.scores8(x, row * d, coefficients, c * stride, coefficients[c * stride + d], d, scores, c,
                            classes);
                } else {
                    scores[c] = coefficients[c * stride + d] + Kernels.dot(x, rowStart(row), coefficients, c * stride,
                            d);
                }
            }
            for (int r = 0; r < count; r++) {
                if (rowWeight(row + r) == 0) {
                    continue;
                }
                double own = scores[r * classes + labels[row + r]];
                for (int c = 0; c < classes; c++) {
                    if (c != labels[row + r] && scores[r * classes + c] >= own) {
                        return false;
                    }
                }
            }
            row += count;
        }
        return true;
    }
}
