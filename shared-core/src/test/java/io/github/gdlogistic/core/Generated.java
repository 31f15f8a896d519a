package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;

import java.util.SplittableRandom;

/** Test helper: seeded synthetic data from a known logistic model. */
final class Generated {

    private Generated() {
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
