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

    /** The number of features from which the scalar loop copies rows before the gradient update (measured). */
    static final int COPY_ROWS_FROM = 48;

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
    protected double accumulateRows(int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        int d = features;
        double intercept = coefficients[d];
        double interceptGradient = 0;
        LogProducts loss = new LogProducts();
        int k = from;
        double groupLoss = 0;
        GroupKernels kernels = groupKernels();
        if (kernels != null && kernels.supports(d)) {
            groupLoss = kernels.binaryGroups(x, d, labels, instanceWeights, classWeights, rowOrder, from, to,
                    coefficients, gradient);
            k += (to - from) / kernels.groupRows() * kernels.groupRows();
        }
        // Four rows at a time: each row's score is its own eight-accumulator dot product, and the gradient is read
        // and written once per four rows. From COPY_ROWS_FROM features up the four rows are copied first so that
        // the gradient update vectorizes (Kernels.addRows4); below, the copies cost more than they save.
        boolean copyRows = d >= COPY_ROWS_FROM;
        double[] copy0 = copyRows ? new double[d] : null;
        double[] copy1 = copyRows ? new double[d] : null;
        double[] copy2 = copyRows ? new double[d] : null;
        double[] copy3 = copyRows ? new double[d] : null;
        for (; k + 3 < to; k += 4) {
            int row0 = rowAt(rowOrder, k);
            int row1 = rowAt(rowOrder, k + 1);
            int row2 = rowAt(rowOrder, k + 2);
            int row3 = rowAt(rowOrder, k + 3);
            int o0 = row0 * d;
            int o1 = row1 * d;
            int o2 = row2 * d;
            int o3 = row3 * d;
            double r0 = residual(row0, intercept + Kernels.dot(x, o0, coefficients, 0, d), loss);
            double r1 = residual(row1, intercept + Kernels.dot(x, o1, coefficients, 0, d), loss);
            double r2 = residual(row2, intercept + Kernels.dot(x, o2, coefficients, 0, d), loss);
            double r3 = residual(row3, intercept + Kernels.dot(x, o3, coefficients, 0, d), loss);
            if (copyRows) {
                System.arraycopy(x, o0, copy0, 0, d);
                System.arraycopy(x, o1, copy1, 0, d);
                System.arraycopy(x, o2, copy2, 0, d);
                System.arraycopy(x, o3, copy3, 0, d);
                Kernels.addRows4(gradient, r0, copy0, r1, copy1, r2, copy2, r3, copy3, d);
            } else {
                for (int j = 0; j < d; j++) {
                    gradient[j] += r0 * x[o0 + j] + r1 * x[o1 + j] + r2 * x[o2 + j] + r3 * x[o3 + j];
                }
            }
            interceptGradient += (r0 + r1) + (r2 + r3);
        }
        for (; k < to; k++) {
            int row = rowAt(rowOrder, k);
            int offset = row * d;
            double r = residual(row, intercept + Kernels.dot(x, offset, coefficients, 0, d), loss);
            Kernels.axpy(r, x, offset, gradient, 0, d);
            interceptGradient += r;
        }
        gradient[d] += interceptGradient;
        return groupLoss + loss.total();
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
            double z = coefficients[d] + Kernels.dot(x, row * d, coefficients, 0, d);
            if ((labels[row] == 1 ? z : -z) <= 0) {
                return false;
            }
        }
        return true;
    }
}
