package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;

/**
 * The binary objective: one weight vector, {@code P(y = 1 | x) = sigmoid(b + w . x)}. The per-row loss is
 * {@code softplus(-z)} for class 1 and {@code softplus(z)} for class 0, computed as
 * {@code max(t, 0) + log(1 + exp(-|z|))}, which neither overflows nor takes {@code log(0)}; the logarithms of
 * many rows are taken at once ({@link LogProducts}), and for {@code exp(-|z|) < 1e-8} the series {@code e - e^2/2}
 * replaces the logarithm.
 */
public final class BinaryLogLoss extends LogLossObjective {

    /**
     * @param data training data with 2 classes
     * @param classWeights weight per class
     * @param scaling feature standardization
     * @param l2Strength {@code lambda * (1 - alpha)}
     * @param fitIntercept whether the intercept is free
     * @param blocks the row blocks of {@code data}, with their threads
     */
    public BinaryLogLoss(Dataset data, double[] classWeights, FeatureScaling scaling, double l2Strength,
            boolean fitIntercept, RowBlocks blocks) {
        super(data, 1, classWeights, scaling, l2Strength, fitIntercept, blocks);
    }

    @Override
    protected double wholeBlocks(int from, int to, double[] coefficients, double[] gradient) {
        GroupKernels kernels = groupKernels();
        if (kernels != null) {
            return kernels.binaryBlocks(x, features, labels, instanceWeights, classWeights, from, to, coefficients,
                    gradient);
        }
        // Eight rows at a time, as they are stored: each coefficient serves eight running sums (the scores), and
        // each feature's gradient is read and written once per eight rows.
        int d = features;
        double intercept = coefficients[d];
        double interceptGradient = 0;
        LogProducts loss = new LogProducts();
        for (int block = from; block < to; block += 8) {
            int base = block * d;
            double z0 = intercept;
            double z1 = intercept;
            double z2 = intercept;
            double z3 = intercept;
            double z4 = intercept;
            double z5 = intercept;
            double z6 = intercept;
            double z7 = intercept;
            for (int j = 0, o = base; j < d; j++, o += 8) {
                double w = coefficients[j];
                z0 += x[o] * w;
                z1 += x[o + 1] * w;
                z2 += x[o + 2] * w;
                z3 += x[o + 3] * w;
                z4 += x[o + 4] * w;
                z5 += x[o + 5] * w;
                z6 += x[o + 6] * w;
                z7 += x[o + 7] * w;
            }
            double r0 = residual(block, z0, loss);
            double r1 = residual(block + 1, z1, loss);
            double r2 = residual(block + 2, z2, loss);
            double r3 = residual(block + 3, z3, loss);
            double r4 = residual(block + 4, z4, loss);
            double r5 = residual(block + 5, z5, loss);
            double r6 = residual(block + 6, z6, loss);
            double r7 = residual(block + 7, z7, loss);
            for (int j = 0, o = base; j < d; j++, o += 8) {
                gradient[j] += ((x[o] * r0 + x[o + 1] * r1) + (x[o + 2] * r2 + x[o + 3] * r3))
                        + ((x[o + 4] * r4 + x[o + 5] * r5) + (x[o + 6] * r6 + x[o + 7] * r7));
            }
            interceptGradient += ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
        }
        gradient[d] += interceptGradient;
        return loss.total();
    }

    @Override
    protected double rowByRow(int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        int d = features;
        double intercept = coefficients[d];
        double interceptGradient = 0;
        LogProducts loss = new LogProducts();
        for (int k = from; k < to; k++) {
            int row = rowAt(rowOrder, k);
            int at = rowStart(row);
            double r = residual(row, intercept + Kernels.dot(x, at, coefficients, 0, d), loss);
            Kernels.axpy(r, x, at, gradient, 0, d);
            interceptGradient += r;
        }
        gradient[d] += interceptGradient;
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
        loss.addDirect(s * Math.max(t, 0));
        if (e > 1e-8) {
            loss.add(1 + e, s);
        } else {
            loss.addDirect(s * (e - 0.5 * e * e));
        }
        double q = 1 / (1 + e);
        double p = z >= 0 ? q : e * q;
        return s * (p - y);
    }

    @Override
    protected boolean separatesRows(int from, int to, double[] coefficients) {
        int d = features;
        for (int row = from; row < to; row++) {
            if (rowWeight(row) == 0) {
                continue;
            }
            double z = coefficients[d] + Kernels.dot(x, rowStart(row), coefficients, 0, d);
            if ((labels[row] == 1 ? z : -z) <= 0) {
                return false;
            }
        }
        return true;
    }
}
