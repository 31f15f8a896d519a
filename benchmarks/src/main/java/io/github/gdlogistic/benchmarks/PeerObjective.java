package io.github.gdlogistic.benchmarks;

/**
 * Our objective, {@code mean log-loss + lambda / 2 * ||w||^2} (intercepts free), evaluated the same way for every
 * tool's fitted model from its predicted probabilities alone: the mean log-loss over all rows, and the coefficients
 * recovered by least squares from the log-odds (binary: {@code log p1 - log p0}; more classes: each class's log
 * probability minus their mean, which gives the centered coefficient vectors, the ones with the smallest penalty
 * among the equivalent parameterizations) of the first rows. Exact for any linear model, so tools that fit
 * K-1 vectors or another parameterization are judged on the same objective.
 */
final class PeerObjective {

    /** Rows used to recover the coefficients. */
    private static final int PROBE_ROWS = 2000;

    /** Class probabilities of one row of the problem's data, by a fitted model of some tool. */
    interface Fitted {
        /**
         * @param row row index in the problem
         * @param out receives the class probabilities
         * @throws Exception when the tool fails
         */
        void probabilities(int row, double[] out) throws Exception;
    }

    private PeerObjective() {
    }

    /**
     * @param fitted the model
     * @param problem the problem
     * @return the objective value at that model
     * @throws Exception when the tool fails
     */
    static double value(Fitted fitted, PeerProblem problem) throws Exception {
        int n = problem.rowCount();
        int k = problem.classes();
        int d = problem.features();
        int outputs = k == 2 ? 1 : k;
        int probe = Math.min(n, PROBE_ROWS);
        double[] p = new double[k];
        double loss = 0;
        double[][] targets = new double[outputs][probe];
        for (int i = 0; i < n; i++) {
            fitted.probabilities(i, p);
            loss -= Math.log(Math.max(p[problem.labels[i]], 1e-300));
            if (i < probe) {
                if (k == 2) {
                    targets[0][i] = Math.log(p[1]) - Math.log(p[0]);
                } else {
                    double mean = 0;
                    for (int c = 0; c < k; c++) {
                        mean += Math.log(p[c]) / k;
                    }
                    for (int c = 0; c < k; c++) {
                        targets[c][i] = Math.log(p[c]) - mean;
                    }
                }
            }
        }
        double penalty = 0;
        for (double[] target : targets) {
            double[] w = leastSquares(problem.rows, probe, d, target);
            for (int j = 0; j < d; j++) {
                penalty += w[j] * w[j];
            }
        }
        return loss / n + 0.5 * problem.lambda * penalty;
    }

    /** Solves {@code min ||[X 1] w - t||} over the first rows by the normal equations (Gauss-Jordan, pivoting). */
    private static double[] leastSquares(double[][] x, int rows, int d, double[] t) {
        int m = d + 1;
        double[][] a = new double[m][m + 1];
        double[] z = new double[m];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(x[i], 0, z, 0, d);
            z[d] = 1;
            for (int r = 0; r < m; r++) {
                for (int c = 0; c < m; c++) {
                    a[r][c] += z[r] * z[c];
                }
                a[r][m] += z[r] * t[i];
            }
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = 0; r < m; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= m; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] w = new double[m];
        for (int r = 0; r < m; r++) {
            w[r] = a[r][m] / a[r][r];
        }
        return w;
    }
}
