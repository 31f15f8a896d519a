package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;

import java.util.concurrent.ExecutorService;

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
     * @param executor pool for parallel blocks, or {@code null}
     * @param threads number of tasks
     */
    public SoftmaxLogLoss(Dataset data, double[] classWeights, FeatureScaling scaling, double l2Strength,
            boolean fitIntercept, ExecutorService executor, int threads) {
        super(data, data.numClasses(), classWeights, scaling, l2Strength, fitIntercept, executor, threads);
    }

    @Override
    protected double accumulateRows(int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        int d = features;
        int stride = d + 1;
        double[] scores = new double[outputs];
        double[] classWeights = new double[outputs];
        for (int c = 0; c < outputs; c++) {
            classWeights[c] = classWeight(c);
        }
        LogProducts loss = new LogProducts(classWeights);
        for (int k = from; k < to; k++) {
            int row = rowAt(rowOrder, k);
            double s = rowWeight(row);
            if (s == 0) {
                continue;
            }
            int offset = row * d;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < outputs; c++) {
                int base = c * stride;
                double z = coefficients[base + d] + Kernels.dot(x, offset, coefficients, base, d);
                scores[c] = z;
                max = Math.max(max, z);
            }
            int y = labels[row];
            double margin = max - scores[y];
            double sum = 0;
            for (int c = 0; c < outputs; c++) {
                double e = Math.exp(scores[c] - max);
                scores[c] = e;
                sum += e;
            }
            // loss = log(sum of exp(z_c - max)) + max - z_y, with the logarithm batched over rows.
            loss.addDirect(s * margin);
            loss.add(y, sum, hasUnitInstanceWeight(row), s);
            double inverse = 1 / sum;
            for (int c = 0; c < outputs; c++) {
                double residual = s * (scores[c] * inverse - (c == y ? 1 : 0));
                int base = c * stride;
                Kernels.axpy(residual, x, offset, gradient, base, d);
                gradient[base + d] += residual;
            }
        }
        return loss.total();
    }
}
