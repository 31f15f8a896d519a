package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;

import java.util.concurrent.ExecutorService;

/**
 * The binary objective: one weight vector, {@code P(y = 1 | x) = sigmoid(b + w . x)}. The per-row loss is
 * {@code softplus(-z)} for class 1 and {@code softplus(z)} for class 0, computed as
 * {@code max(t, 0) + log1p(exp(-|z|))}, which neither overflows nor takes {@code log(0)}.
 */
public final class BinaryLogLoss extends LogLossObjective {

    /**
     * @param data training data with 2 classes
     * @param classWeights weight per class
     * @param scaling feature standardization
     * @param l2Strength {@code lambda * (1 - alpha)}
     * @param fitIntercept whether the intercept is free
     * @param executor pool for parallel blocks, or {@code null}
     * @param threads number of tasks
     */
    public BinaryLogLoss(Dataset data, double[] classWeights, FeatureScaling scaling, double l2Strength,
            boolean fitIntercept, ExecutorService executor, int threads) {
        super(data, 1, classWeights, scaling, l2Strength, fitIntercept, executor, threads);
    }

    @Override
    protected double accumulateRow(int row, double[] coefficients, double[] gradient, double[] scratch) {
        double s = rowWeight(row);
        if (s == 0) {
            return 0;
        }
        int d = features;
        int offset = row * d;
        double z = coefficients[d];
        for (int j = 0; j < d; j++) {
            z += x[offset + j] * coefficients[j];
        }
        int y = labels[row];
        double e = Math.exp(-Math.abs(z));
        double t = y == 1 ? -z : z;
        double loss = Math.max(t, 0) + Math.log1p(e);
        double p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
        double residual = s * (p - y);
        for (int j = 0; j < d; j++) {
            gradient[j] += residual * x[offset + j];
        }
        gradient[d] += residual;
        return s * loss;
    }
}
