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
    BinaryLogLoss on(Dataset rows, double[] classWeights, FeatureScaling scaling, double l2Strength, boolean fitIntercept,
            RowBlocks blocks) {
        return new BinaryLogLoss(rows, classWeights, scaling, l2Strength, fitIntercept, blocks);
    }

    @Override
    double blocks(double[] values, int[] rowLabels, double[] rowWeights, int from, int to, double[] coefficients,
            double[] gradient, boolean withLoss, RowScratch work) {
        GroupKernels kernels = groupKernels();
        if (kernels != null) {
            return kernels.binaryBlocks(values, features, rowLabels, rowWeights, classWeights, from, to,
                    coefficients, gradient, withLoss, work);
        }
        return scalarBlocks(values, features, rowLabels, rowWeights, classWeights, from, to, coefficients, gradient);
    }

    /**
     * The scalar loops of {@link #blocks}, arguments as {@link GroupKernels#binaryBlocks}: eight rows at a time, as
     * they are stored, each coefficient serving eight running sums (the scores), and each feature's gradient read
     * and written once per eight rows. Also the loops of {@link BlockLoss}.
     */
    static double scalarBlocks(double[] values, int d, int[] rowLabels, double[] rowWeights, double[] classWeights,
            int from, int to, double[] coefficients, double[] gradient) {
        double intercept = coefficients[d];
        double interceptGradient = 0;
        LogProducts loss = new LogProducts();
        double[] scores = new double[8];
        for (int block = from; block < to; block += 8) {
            int base = block * d;
            Kernels.scores8(values, base, coefficients, 0, intercept, d, scores, 0, 1);
            for (int r = 0; r < 8; r++) {
                int y = rowLabels[block + r];
                scores[r] = residual(y, rowWeights[block + r] * classWeights[y], scores[r], loss);
            }
            interceptGradient += Kernels.addBlock8(gradient, 0, values, base, d, scores, 0, 1);
        }
        gradient[d] += interceptGradient;
        return loss.total();
    }

    /** The weighted residual {@code s * (p - y)} of a row of class {@code y}; adds its weighted loss to {@code loss}. */
    private static double residual(int y, double s, double z, LogProducts loss) {
        if (s == 0) {
            return 0;
        }
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
        double[] scores = new double[8];
        int row = from;
        while (row < to) {
            // whole blocks as stored, eight scores at once; other rows one by one
            int count = row % 8 == 0 && row + 8 <= to ? 8 : 1;
            if (count == 8) {
                Kernels.scores8(x, row * d, coefficients, 0, coefficients[d], d, scores, 0, 1);
            } else {
                scores[0] = coefficients[d] + Kernels.dot(x, rowStart(row), coefficients, 0, d);
            }
            for (int r = 0; r < count; r++) {
                double z = scores[r];
                if (rowWeight(row + r) != 0 && (labels[row + r] == 1 ? z : -z) <= 0) {
                    return false;
                }
            }
            row += count;
        }
        return true;
    }
}
