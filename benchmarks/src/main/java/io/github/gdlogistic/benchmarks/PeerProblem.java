package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;

/**
 * One problem of the peer benchmark: seeded data, standardized (mean 0, standard deviation 1 per column, as our core
 * computes them) so that no tool's own scaling changes the objective, the same rows as {@code double[][]} for the
 * peers that take them, and the penalty {@code lambda} of our objective
 * {@code mean log-loss + lambda / 2 * ||w||^2} (intercepts not penalized).
 */
final class PeerProblem {

    final String name;
    final Dataset data;
    final double[][] rows;
    final int[] labels;
    final double lambda;

    private PeerProblem(String name, Dataset data, double[][] rows, double lambda) {
        this.name = name;
        this.data = data;
        this.rows = rows;
        this.labels = data.labelsUnsafe();
        this.lambda = lambda;
    }

    /**
     * @param name the label in the table
     * @param rows rows
     * @param features features
     * @param classes classes
     * @param seed data seed
     * @param lambda the L2 penalty of our objective
     * @return the standardized problem
     */
    static PeerProblem standardized(String name, int rows, int features, int classes, long seed, double lambda) {
        Dataset raw = SyntheticData.generate(rows, features, classes, seed);
        FeatureScaling scaling = FeatureScaling.standardizing(raw);
        double[][] table = new double[rows][features];
        double[] values = new double[rows * features];
        for (int i = 0; i < rows; i++) {
            BlockLayout.copyRow(raw.valuesUnsafe(), features, i, table[i], 0);
            for (int j = 0; j < features; j++) {
                table[i][j] = (table[i][j] - scaling.mean(j)) / scaling.scale(j);
            }
            System.arraycopy(table[i], 0, values, i * features, features);
        }
        Dataset data = Dataset.fromRowMajor(values, rows, features, raw.labelsUnsafe().clone(), null, classes);
        return new PeerProblem(name, data, table, lambda);
    }

    int rowCount() {
        return data.rows();
    }

    int features() {
        return data.features();
    }

    int classes() {
        return data.numClasses();
    }
}
