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
        int k = from;
        // Four rows at a time: four independent dot-product chains share each coefficient load, and the gradient
        // is read and written once per four rows.
        for (; k + 3 < to; k += 4) {
            int o0 = rowAt(rowOrder, k) * d;
            int o1 = rowAt(rowOrder, k + 1) * d;
            int o2 = rowAt(rowOrder, k + 2) * d;
            int o3 = rowAt(rowOrder, k + 3) * d;
            double z0 = intercept;
            double z1 = intercept;
            double z2 = intercept;
            double z3 = intercept;
            for (int j = 0; j < d; j++) {
                double w = coefficients[j];
                z0 += x[o0 + j] * w;
                z1 += x[o1 + j] * w;
                z2 += x[o2 + j] * w;
                z3 += x[o3 + j] * w;
            }
            double r0 = residual(rowAt(rowOrder, k), z0, loss);
            double r1 = residual(rowAt(rowOrder, k + 1), z1, loss);
            double r2 = residual(rowAt(rowOrder, k + 2), z2, loss);
            double r3 = residual(rowAt(rowOrder, k + 3), z3, loss);
            for (int j = 0; j < d; j++) {
                gradient[j] += r0 * x[o0 + j] + r1 * x[o1 + j] + r2 * x[o2 + j] + r3 * x[o3 + j];
            }
            gradient[d] += (r0 + r1) + (r2 + r3);
        }
        for (; k < to; k++) {
            int row = rowAt(rowOrder, k);
            int offset = row * d;
            double z = intercept + Kernels.dot(x, offset, coefficients, 0, d);
            double r = residual(row, z, loss);
            Kernels.axpy(r, x, offset, gradient, 0, d);
            gradient[d] += r;
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
