package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;

import java.util.Optional;

/**
 * Wald statistics for an unregularized binary model: standard errors from the inverse of the observed information
 * matrix {@code X' diag(s_i p_i (1 - p_i)) X} (intercept column included, raw units, instance weights as frequency
 * weights), z-scores {@code coefficient / standard error}, and two-sided p-values {@code erfc(|z| / sqrt 2)}.
 * Unavailable when the information matrix is singular (collinear or constant features, separable data).
 */
public final class CoefficientStatistics {

    private final double[] standardErrors;

    private CoefficientStatistics(double[] standardErrors) {
        this.standardErrors = standardErrors;
    }

    /**
     * @param data the training data
     * @param model a binary model trained on it
     * @param classWeights weight per class used in training
     * @return the statistics, or empty when the information matrix cannot be inverted
     */
    public static Optional<CoefficientStatistics> compute(Dataset data, LogisticModel model, double[] classWeights) {
        if (!model.isBinary()) {
            return Optional.empty();
        }
        int d = data.features();
        int m = d + 1;
        // Lower triangle, one array per row, so that the rank-one update below is a plain vectorizable loop.
        double[][] information = new double[m][];
        for (int j = 0; j < m; j++) {
            information[j] = new double[j + 1];
        }
        double[] w = model.coefficients()[0];
        double b = model.intercepts()[0];
        double[] x = data.valuesUnsafe();
        double[] row = new double[m];
        for (int i = 0; i < data.rows(); i++) {
            double s = data.weight(i) * classWeights[data.label(i)];
            if (s == 0) {
                continue;
            }
            BlockLayout.copyRow(x, d, i, row, 0);
            double z = b;
            for (int j = 0; j < d; j++) {
                z += w[j] * row[j];
            }
            row[d] = 1;
            double p = 1 / (1 + Math.exp(-z));
            double v = s * p * (1 - p);
            for (int j = 0; j < m; j++) {
                double vj = v * row[j];
                double[] target = information[j];
                for (int k = 0; k <= j; k++) {
                    target[k] += vj * row[k];
                }
            }
        }
        double[] lower = new double[m * m];
        for (int j = 0; j < m; j++) {
            System.arraycopy(information[j], 0, lower, j * m, j + 1);
        }
        double[] inverseDiagonal = choleskyInverseDiagonal(lower, m);
        if (inverseDiagonal == null) {
            return Optional.empty();
        }
        double[] errors = new double[m];
        for (int j = 0; j < m; j++) {
            if (!(inverseDiagonal[j] > 0) || !Double.isFinite(inverseDiagonal[j])) {
                return Optional.empty();
            }
            errors[j] = Math.sqrt(inverseDiagonal[j]);
        }
        return Optional.of(new CoefficientStatistics(errors));
    }

    /**
     * Diagonal of the inverse of a symmetric positive definite matrix (lower triangle given), via Cholesky.
     *
     * @return the diagonal, or null when the matrix is not numerically positive definite
     */
    static double[] choleskyInverseDiagonal(double[] a, int m) {
        double[] l = new double[m * m];
        double maxDiagonal = 0;
        for (int j = 0; j < m; j++) {
            maxDiagonal = Math.max(maxDiagonal, a[j * m + j]);
        }
        for (int j = 0; j < m; j++) {
            for (int k = 0; k <= j; k++) {
                double sum = a[j * m + k];
                for (int p = 0; p < k; p++) {
                    sum -= l[j * m + p] * l[k * m + p];
                }
                if (j == k) {
                    if (!(sum > 1e-10 * maxDiagonal)) {
                        return null;
                    }
                    l[j * m + j] = Math.sqrt(sum);
                } else {
                    l[j * m + k] = sum / l[k * m + k];
                }
            }
        }
        // diag(A^-1)_j = sum over rows i of (L^-1)_{ij}^2; solve L y = e_j column by column.
        double[] diagonal = new double[m];
        double[] column = new double[m];
        for (int j = 0; j < m; j++) {
            java.util.Arrays.fill(column, 0.0);
            column[j] = 1;
            for (int i = j; i < m; i++) {
                double sum = column[i];
                for (int p = j; p < i; p++) {
                    sum -= l[i * m + p] * column[p];
                }
                column[i] = sum / l[i * m + i];
                diagonal[j] += column[i] * column[i];
            }
        }
        return diagonal;
    }

    /**
     * @param feature feature index, or {@code numFeatures} for the intercept
     * @return the standard error
     */
    public double standardError(int feature) {
        return standardErrors[feature];
    }

    /**
     * @param estimate the coefficient
     * @param standardError its standard error
     * @return the two-sided p-value of the Wald test
     */
    public static double pValue(double estimate, double standardError) {
        return erfc(Math.abs(estimate / standardError) / Math.sqrt(2));
    }

    /**
     * Complementary error function with fractional error below 1.2e-7 everywhere (Chebyshev fit, Numerical Recipes
     * section 6.2 coefficients), accurate in the far tail where p-values are tiny.
     *
     * @param x argument
     * @return erfc(x)
     */
    public static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
