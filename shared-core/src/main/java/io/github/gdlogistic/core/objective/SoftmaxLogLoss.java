package io.github.gdlogistic.core.objective;

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
    protected double accumulateRows(int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        int d = features;
        int classes = outputs;
        int stride = d + 1;
        LogProducts loss = new LogProducts();
        double[] scores = new double[4 * classes];
        int k = from;
        double groupLoss = 0;
        GroupKernels kernels = groupKernels();
        if (kernels != null && kernels.supports(d)) {
            groupLoss = kernels.softmaxGroups(x, d, classes, labels, instanceWeights, classWeights, rowOrder, from,
                    to, coefficients, gradient);
            k += (to - from) / kernels.groupRows() * kernels.groupRows();
        }
        // Four rows at a time: each coefficient load serves four dot products, and each class's gradient is read
        // and written once per four rows (measured faster than row by row for 10 classes). The rows are copied and
        // each class's gradient is summed in its own array, so that the update vectorizes (Kernels.addRows4).
        double[] copy0 = new double[d];
        double[] copy1 = new double[d];
        double[] copy2 = new double[d];
        double[] copy3 = new double[d];
        double[][] classGradients = new double[classes][d];
        for (; k + 3 < to; k += 4) {
            int row0 = rowAt(rowOrder, k);
            int row1 = rowAt(rowOrder, k + 1);
            int row2 = rowAt(rowOrder, k + 2);
            int row3 = rowAt(rowOrder, k + 3);
            int o0 = row0 * d;
            int o1 = row1 * d;
            int o2 = row2 * d;
            int o3 = row3 * d;
            int pair = 0;
            for (; pair + 1 < classes; pair += 2) {
                scores4x2(o0, o1, o2, o3, coefficients, pair, stride, scores, classes);
            }
            for (int c = pair; c < classes; c++) {
                int base = c * stride;
                double intercept = coefficients[base + d];
                double z0 = intercept;
                double z1 = intercept;
                double z2 = intercept;
                double z3 = intercept;
                for (int j = 0; j < d; j++) {
                    double w = coefficients[base + j];
                    z0 += x[o0 + j] * w;
                    z1 += x[o1 + j] * w;
                    z2 += x[o2 + j] * w;
                    z3 += x[o3 + j] * w;
                }
                scores[c] = z0;
                scores[classes + c] = z1;
                scores[2 * classes + c] = z2;
                scores[3 * classes + c] = z3;
            }
            residuals(row0, scores, 0, loss);
            residuals(row1, scores, classes, loss);
            residuals(row2, scores, 2 * classes, loss);
            residuals(row3, scores, 3 * classes, loss);
            System.arraycopy(x, o0, copy0, 0, d);
            System.arraycopy(x, o1, copy1, 0, d);
            System.arraycopy(x, o2, copy2, 0, d);
            System.arraycopy(x, o3, copy3, 0, d);
            for (int c = 0; c < classes; c++) {
                double r0 = scores[c];
                double r1 = scores[classes + c];
                double r2 = scores[2 * classes + c];
                double r3 = scores[3 * classes + c];
                Kernels.addRows4(classGradients[c], r0, copy0, r1, copy1, r2, copy2, r3, copy3, d);
                gradient[c * stride + d] += (r0 + r1) + (r2 + r3);
            }
        }
        for (int c = 0; c < classes; c++) {
            Kernels.axpy(1.0, classGradients[c], 0, gradient, c * stride, d);
        }
        for (; k < to; k++) {
            int row = rowAt(rowOrder, k);
            int offset = row * d;
            for (int c = 0; c < classes; c++) {
                int base = c * stride;
                scores[c] = coefficients[base + d] + Kernels.dot(x, offset, coefficients, base, d);
            }
            residuals(row, scores, 0, loss);
            for (int c = 0; c < classes; c++) {
                int base = c * stride;
                Kernels.axpy(scores[c], x, offset, gradient, base, d);
                gradient[base + d] += scores[c];
            }
        }
        return groupLoss + loss.total();
    }

    /**
     * The scores of four rows (at offsets {@code o0..o3}) for classes {@code c} and {@code c + 1}: eight independent
     * running sums, so that the additions of one do not wait for another's (four sums left the adder idle; measured
     * faster). Each sum adds in the same order as for a single class, so the results are the same.
     */
    private void scores4x2(int o0, int o1, int o2, int o3, double[] coefficients, int c, int stride, double[] scores,
            int classes) {
        int d = features;
        int baseA = c * stride;
        int baseB = baseA + stride;
        double a0 = coefficients[baseA + d];
        double a1 = a0;
        double a2 = a0;
        double a3 = a0;
        double b0 = coefficients[baseB + d];
        double b1 = b0;
        double b2 = b0;
        double b3 = b0;
        for (int j = 0; j < d; j++) {
            double wa = coefficients[baseA + j];
            double wb = coefficients[baseB + j];
            double x0 = x[o0 + j];
            double x1 = x[o1 + j];
            double x2 = x[o2 + j];
            double x3 = x[o3 + j];
            a0 += x0 * wa;
            a1 += x1 * wa;
            a2 += x2 * wa;
            a3 += x3 * wa;
            b0 += x0 * wb;
            b1 += x1 * wb;
            b2 += x2 * wb;
            b3 += x3 * wb;
        }
        scores[c] = a0;
        scores[classes + c] = a1;
        scores[2 * classes + c] = a2;
        scores[3 * classes + c] = a3;
        scores[c + 1] = b0;
        scores[classes + c + 1] = b1;
        scores[2 * classes + c + 1] = b2;
        scores[3 * classes + c + 1] = b3;
    }

    /**
     * Turns one row's scores {@code z_c} (at {@code scores[offset..offset + K)}) into its weighted residuals
     * {@code s * (p_c - [c == y])} in place, and adds its weighted loss {@code log(sum_c exp(z_c)) - z_y}, computed
     * with the maximum shifted out and the logarithm batched over rows.
     */
    private void residuals(int row, double[] scores, int offset, LogProducts loss) {
        double s = rowWeight(row);
        if (s == 0) {
            java.util.Arrays.fill(scores, offset, offset + outputs, 0.0);
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < outputs; c++) {
            max = Math.max(max, scores[offset + c]);
        }
        int y = labels[row];
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
        int stride = d + 1;
        for (int row = from; row < to; row++) {
            if (rowWeight(row) == 0) {
                continue;
            }
            int y = labels[row];
            double own = coefficients[y * stride + d] + Kernels.dot(x, row * d, coefficients, y * stride, d);
            for (int c = 0; c < outputs; c++) {
                if (c != y && coefficients[c * stride + d] + Kernels.dot(x, row * d, coefficients, c * stride, d)
                        >= own) {
                    return false;
                }
            }
        }
        return true;
    }
}
