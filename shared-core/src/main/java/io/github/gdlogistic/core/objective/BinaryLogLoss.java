package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;

import java.util.concurrent.ExecutorService;

/**
 * The binary objective: one weight vector, {@code P(y = 1 | x) = sigmoid(b + w . x)}. The per-row loss is
 * {@code softplus(-z)} for class 1 and {@code softplus(z)} for class 0, computed as
 * {@code max(t, 0) + log1p(exp(-|z|))} (see {@link Kernels#log1pSmall}), which neither overflows nor takes {@code log(0)}.
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
    protected double accumulateRows(int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        int d = features;
        double intercept = coefficients[d];
        LogProducts loss = new LogProducts(new double[] {classWeight(0), classWeight(1)});
        for (int k = from; k < to; k++) {
            int row = rowAt(rowOrder, k);
            int offset = row * d;
            double r = residual(row, intercept + Kernels.dot(x, offset, coefficients, 0, d), loss);
            if (r != 0) {
                Kernels.axpy(r, x, offset, gradient, 0, d);
                gradient[d] += r;
            }
        }
        return loss.total();
    }

    /** The row's weighted residual {@code s * (p - y)}; adds its weighted loss to {@code loss}. */
    private double residual(int row, double z, LogProducts loss) {
        double s = rowWeight(row);
        if (s == 0) {
            return 0;
        }
        int y = labels[row];
        double e = Math.exp(-Math.abs(z));
        double t = y == 1 ? -z : z;
        if (t > 0) {
            loss.addDirect(s * t);
        }
        if (e > 1e-8) {
            loss.add(y, 1 + e, hasUnitInstanceWeight(row), s);
        } else {
            loss.addDirect(s * (e - 0.5 * e * e));
        }
        double p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
        return s * (p - y);
    }
}
