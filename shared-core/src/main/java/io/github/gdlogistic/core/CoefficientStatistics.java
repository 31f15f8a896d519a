package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.InformationMatrix;
import io.github.gdlogistic.core.objective.SimdSupport;

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
        return compute(data, model, classWeights, RowBlocks.sequential(data.rows()));
    }

    /**
     * The same on the threads of {@code blocks}: each block of rows adds up its own part of the information matrix
     * and the parts are added in block order, so the result does not depend on the number of threads.
     *
     * @param data the training data
     * @param model a binary model trained on it
     * @param classWeights weight per class used in training
     * @param blocks the row blocks of {@code data}, with the threads that process them
     * @return the statistics, or empty when the information matrix cannot be inverted
     */
    public static Optional<CoefficientStatistics> compute(Dataset data, LogisticModel model, double[] classWeights,
            RowBlocks blocks) {
        return compute(data, model, classWeights, blocks, InformationMatrix.SCALAR);
    }

    /**
     * The same with a given loop for the information matrix: {@link InformationMatrix#SCALAR} or the vector one
     * where the run uses the vector loops ({@link SimdSupport#informationMatrix}).
     *
     * @param data the training data
     * @param model a binary model trained on it
     * @param classWeights weight per class used in training
     * @param blocks the row blocks of {@code data}, with the threads that process them
     * @param informationMatrix the loop that adds up each block's part of the information matrix
     * @return the statistics, or empty when the information matrix cannot be inverted
     */
    public static Optional<CoefficientStatistics> compute(Dataset data, LogisticModel model, double[] classWeights,
            RowBlocks blocks, InformationMatrix informationMatrix) {
        if (!model.isBinary()) {
            return Optional.empty();
        }
        int d = data.features();
        int m = d + 1;
        double[][] parts = new double[blocks.count()][];
        blocks.forEach(b -> parts[b] = information(data, model, classWeights, blocks.start(b), blocks.end(b),
                informationMatrix));
        double[] lower = new double[m * m];
        for (double[] part : parts) {
            for (int j = 0; j < m; j++) {
                int at = j * (j + 1) / 2;
                for (int k = 0; k <= j; k++) {
                    lower[j * m + k] += part[at + k];
                }
            }
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
     * The lower triangle of {@code X' diag(s_i p_i (1 - p_i)) X} (intercept column included) over the rows
     * {@code from..to}, packed row after row.
     */
    private static double[] information(Dataset data, LogisticModel model, double[] classWeights, int from, int to,
            InformationMatrix informationMatrix) {
        int m = data.features() + 1;
        double[] information = new double[m * (m + 1) / 2];
        informationMatrix.add(data.valuesUnsafe(), data.features(), data.labelsUnsafe(), data.weightsUnsafe(),
                classWeights, model.coefficients()[0], model.intercepts()[0], from, to, information);
        return information;
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
