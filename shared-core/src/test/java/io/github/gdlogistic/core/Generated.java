package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;

import java.util.SplittableRandom;

/** Test helper: seeded synthetic data from a known logistic model. */
public final class Generated {

    private Generated() {
    }

    /**
     * Binary rows drawn from a logistic model with features of different spreads and offsets, rows of weight 0
     * (every 17th) and other weights in [0.5, 1.5).
     *
     * @param rows number of rows
     * @param features number of features
     * @param seed random seed
     * @return the data
     */
    public static Dataset weightedBinary(int rows, int features, long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] values = new double[rows * features];
        int[] labels = new int[rows];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            double z = 0.3;
            for (int j = 0; j < features; j++) {
                double value = random.nextGaussian() * (1 + j % 4) + j;
                values[i * features + j] = value;
                z += 0.15 * (j % 3 - 1) * value;
            }
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-z + 0.5)) ? 1 : 0;
            weights[i] = i % 17 == 0 ? 0 : 0.5 + random.nextDouble();
        }
        return Dataset.fromRowMajor(values, rows, features, labels, weights, 2);
    }

    static Dataset binary(int rows, int features, long seed) {
        return multiclass(rows, features, 2, seed);
    }

    static Dataset multiclass(int rows, int features, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int outputs = classes;
        double[][] truth = new double[outputs][features];
        for (double[] row : truth) {
            for (int j = 0; j < features; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        double[] values = new double[rows * features];
        int[] labels = new int[rows];
        double[] scores = new double[classes];
        for (int i = 0; i < rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < features; j++) {
                values[i * features + j] = random.nextDouble(-2, 2) * (1 + j) + j;
            }
            for (int c = 0; c < classes; c++) {
                double z = 0;
                for (int j = 0; j < features; j++) {
                    z += truth[c][j] * (values[i * features + j] - j) / (1 + j);
                }
                scores[c] = z;
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                scores[c] = Math.exp(scores[c] - max);
                sum += scores[c];
            }
            double u = random.nextDouble() * sum;
            int label = 0;
            while (label < classes - 1 && u > scores[label]) {
                u -= scores[label];
                label++;
            }
            labels[i] = label;
        }
        return Dataset.fromRowMajor(values, rows, features, labels, null, classes);
    }
}
