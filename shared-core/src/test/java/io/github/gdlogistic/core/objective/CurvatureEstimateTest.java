package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The curvature estimate behind the "a learning rate of about ... or lower is stable" advice of a diverged run: the
 * largest eigenvalue of the standardized, weighted Gram matrix (intercept column included) times the logistic
 * Hessian's bound (1/4 binary, 1/2 for more classes) plus the L2 strength, here against the matrix built row by row
 * from the row-major values and its largest eigenvalue by a long power iteration.
 */
class CurvatureEstimateTest {

    @ParameterizedTest(name = "{0} classes, lambda {1}")
    @CsvSource({"2, 0.0", "2, 0.3", "3, 0.01"})
    void isTheLargestCurvatureOfTheStandardizedObjective(int classes, double lambda) {
        int rows = 301;
        int features = 3;
        Random random = new Random(5);
        double[] values = new double[rows * features];
        int[] labels = new int[rows];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            double a = random.nextGaussian();
            values[i * features] = 10 + 3 * a;
            values[i * features + 1] = -2 + 0.5 * (a + 0.3 * random.nextGaussian()); // correlated with the first
            values[i * features + 2] = 100 * random.nextDouble();
            labels[i] = random.nextInt(classes);
            weights[i] = i % 11 == 3 ? 0.0 : 0.5 + random.nextDouble();
        }
        double[] classWeights = new double[classes];
        for (int c = 0; c < classes; c++) {
            classWeights[c] = 1 + 0.7 * c;
        }
        Dataset data = Dataset.fromRowMajor(values, rows, features, labels, weights, classes);
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        RowBlocks blocks = RowBlocks.sequential(rows);
        LogLossObjective objective = classes == 2
                ? new BinaryLogLoss(data, classWeights, scaling, lambda, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, lambda, true, blocks);

        int d = features + 1;
        double[][] gram = new double[d][d];
        double total = 0;
        for (int i = 0; i < rows; i++) {
            double s = weights[i] * classWeights[labels[i]];
            total += s;
            double[] z = new double[d];
            for (int j = 0; j < features; j++) {
                z[j] = (values[i * features + j] - scaling.mean(j)) / scaling.scale(j);
            }
            z[features] = 1;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    gram[a][b] += s * z[a] * z[b];
                }
            }
        }
        double largest = largestEigenvalue(gram) / total;
        double expected = (classes == 2 ? 0.25 : 0.5) * largest + lambda;
        assertEquals(expected, objective.curvatureEstimate(), 1e-9 * expected);
    }

    /** Power iteration on a symmetric positive semi-definite matrix, long enough to converge to the last digits. */
    private static double largestEigenvalue(double[][] matrix) {
        int d = matrix.length;
        double[] v = new double[d];
        for (int a = 0; a < d; a++) {
            v[a] = 1.0 + a;
        }
        double eigenvalue = 0;
        for (int iteration = 0; iteration < 2000; iteration++) {
            double[] next = new double[d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    next[a] += matrix[a][b] * v[b];
                }
            }
            double norm = 0;
            for (double value : next) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            double previousNorm = 0;
            for (double value : v) {
                previousNorm += value * value;
            }
            eigenvalue = norm / Math.sqrt(previousNorm);
            for (int a = 0; a < d; a++) {
                v[a] = next[a] / norm;
            }
        }
        return eigenvalue;
    }
}
