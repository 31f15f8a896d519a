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
    protected double accumulateRow(int row, double[] coefficients, double[] gradient, double[] scratch) {
        double s = rowWeight(row);
        if (s == 0) {
            return 0;
        }
        int d = features;
        int stride = d + 1;
        int offset = row * d;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < outputs; c++) {
            int base = c * stride;
            double z = coefficients[base + d];
            for (int j = 0; j < d; j++) {
                z += x[offset + j] * coefficients[base + j];
            }
            scratch[c] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < outputs; c++) {
            sum += Math.exp(scratch[c] - max);
        }
        double logSum = max + Math.log(sum);
        int y = labels[row];
        double loss = logSum - scratch[y];
        for (int c = 0; c < outputs; c++) {
            double p = Math.exp(scratch[c] - logSum);
            double residual = s * (p - (c == y ? 1 : 0));
            int base = c * stride;
            for (int j = 0; j < d; j++) {
                gradient[base + j] += residual * x[offset + j];
            }
            gradient[base + d] += residual;
        }
        return s * loss;
    }
}
