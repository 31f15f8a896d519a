package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every solver reaches (or gets close to) the optimum the AUTO solver finds, on real data. */
class SolverTest {

    private static final Dataset BREAST_CANCER = Arff.numeric("breast-cancer-wisconsin-diagnostic.arff");
    private static final Dataset WINE = Arff.numeric("wine.arff");

    private static double optimum(Dataset data, double lambda) {
        return LogisticRegressionTrainer.fit(data, TrainingConfig.builder().lambda(lambda).lossTolerance(0)
                .gradientTolerance(1e-10).build()).report().finalLoss();
    }

    private static double lossWith(Dataset data, TrainingConfig.Builder builder) {
        LogisticModel model = LogisticRegressionTrainer.fit(data, builder.build());
        return model.report().finalLoss();
    }

    @Test
    void plainGradientDescentGetsClose() {
        double best = optimum(BREAST_CANCER, 1.0 / 569);
        double loss = lossWith(BREAST_CANCER, TrainingConfig.builder().solver(Solver.GD).learningRate(1.0)
                .maxIterations(3000).lossTolerance(0).gradientTolerance(0).lambda(1.0 / 569));
        assertEquals(best, loss, 1e-4 * best);
        assertTrue(loss >= best - 1e-12, "no solver can beat the optimum");
    }

    @Test
    void gradientDescentFollowsTheTutorialUpdateExactly() {
        // Two iterations by hand: w1 = -eta * g(0), w2 = w1 - eta * g(w1), with the objective's own gradient.
        Dataset data = Dataset.of(new double[][] {{1, 2}, {2, 1}, {3, 4}, {4, 3}}, new int[] {0, 0, 1, 1}, 2);
        TrainingConfig config = TrainingConfig.builder().solver(Solver.GD).lambda(0).learningRate(0.5).maxIterations(2)
                .lossTolerance(0).gradientTolerance(0).standardize(false).build();
        LogisticModel model = LogisticRegressionTrainer.fit(data, config);
        double[] w = new double[3];
        for (int iteration = 0; iteration < 2; iteration++) {
            double[] g = new double[3];
            for (int i = 0; i < 4; i++) {
                double z = w[2] + w[0] * data.value(i, 0) + w[1] * data.value(i, 1);
                double p = 1 / (1 + Math.exp(-z));
                double r = (p - data.label(i)) / 4;
                g[0] += r * data.value(i, 0);
                g[1] += r * data.value(i, 1);
                g[2] += r;
            }
            for (int k = 0; k < 3; k++) {
                w[k] -= 0.5 * g[k];
            }
        }
        assertEquals(w[0], model.coefficients()[0][0], 1e-14);
        assertEquals(w[1], model.coefficients()[0][1], 1e-14);
        assertEquals(w[2], model.intercepts()[0], 1e-14);
        assertEquals(2, model.report().iterations());
        assertFalse(model.report().converged());
        assertEquals(StopReason.MAX_ITERATIONS, model.report().stopReason());
    }

    @Test
    void miniBatchSolversGetClose() {
        double best = optimum(WINE, 1.0 / 178);
        TrainingConfig.Builder base = TrainingConfig.builder().lambda(1.0 / 178).lossTolerance(0).gradientTolerance(0)
                .miniBatchSize(16).seed(3);
        double sgd = lossWith(WINE, base.solver(Solver.SGD).learningRate(0.3).maxIterations(300));
        double momentum = lossWith(WINE, base.solver(Solver.MOMENTUM).learningRate(0.3).maxIterations(300)
                .schedule(LearningRateSchedule.EXPONENTIAL).decay(0.05));
        double nesterov = lossWith(WINE, base.solver(Solver.NESTEROV).learningRate(0.3).maxIterations(300)
                .schedule(LearningRateSchedule.EXPONENTIAL).decay(0.05));
        double adam = lossWith(WINE, base.solver(Solver.ADAM).learningRate(0.1).maxIterations(300)
                .schedule(LearningRateSchedule.EXPONENTIAL).decay(0.05));
        for (double loss : new double[] {sgd, momentum, nesterov, adam}) {
            assertEquals(best, loss, 2e-3 * best, "best " + best);
            assertTrue(loss >= best - 1e-12);
        }
    }

    @Test
    void fullBatchMomentumAndAdamConvergeTightly() {
        double best = optimum(BREAST_CANCER, 0.01);
        TrainingConfig.Builder base = TrainingConfig.builder().lambda(0.01).miniBatchSize(1_000_000).lossTolerance(0)
                .gradientTolerance(1e-7).maxIterations(5000);
        assertEquals(best, lossWith(BREAST_CANCER, base.solver(Solver.NESTEROV).learningRate(0.5)), 1e-7);
        assertEquals(best, lossWith(BREAST_CANCER, base.solver(Solver.MOMENTUM).learningRate(0.5)), 1e-7);
        assertEquals(best, lossWith(BREAST_CANCER, base.solver(Solver.ADAM).learningRate(0.05)), 1e-6);
    }

    @Test
    void lassoSetsCoefficientsExactlyToZero() {
        TrainingConfig config = TrainingConfig.builder().lambda(0.05).alpha(1).build();
        LogisticModel model = LogisticRegressionTrainer.fit(BREAST_CANCER, config);
        assertTrue(model.report().converged(), model.report().message());
        int zeros = 0;
        for (double w : model.coefficients()[0]) {
            if (w == 0.0) {
                zeros++;
            }
        }
        assertTrue(zeros >= 15, "expected a sparse model, got " + zeros + " zeros of 30");
        assertTrue(zeros < 30, "some coefficients must survive");
        // The proximal fixed-rate solvers find the same sparse optimum.
        LogisticModel gd = LogisticRegressionTrainer.fit(BREAST_CANCER, config.toBuilder().solver(Solver.GD)
                .learningRate(1.0).maxIterations(5000).lossTolerance(0).gradientTolerance(1e-8).build());
        assertEquals(model.report().finalLoss(), gd.report().finalLoss(), 1e-6);
        double[] a = model.coefficients()[0];
        double[] b = gd.coefficients()[0];
        for (int j = 0; j < a.length; j++) {
            assertEquals(a[j] == 0.0, b[j] == 0.0, "zero pattern of coefficient " + j);
        }
    }

    @Test
    void everyFixedRateSolverAppliesTheL1Penalty() {
        double lambda = 0.05;
        TrainingConfig auto = TrainingConfig.builder().lambda(lambda).alpha(1).lossTolerance(0).gradientTolerance(1e-9)
                .maxIterations(20000).build();
        LogisticModel best = LogisticRegressionTrainer.fit(BREAST_CANCER, auto);
        assertElasticNetOptimum(BREAST_CANCER, best, lambda, 1, 1e-7);
        TrainingConfig.Builder fullBatch = auto.toBuilder().miniBatchSize(1_000_000).gradientTolerance(1e-7)
                .maxIterations(5000);
        for (TrainingConfig config : new TrainingConfig[] {
            fullBatch.solver(Solver.MOMENTUM).learningRate(0.5).build(),
            fullBatch.solver(Solver.NESTEROV).learningRate(0.5).build(),
            fullBatch.solver(Solver.ADAM).learningRate(0.1).build()}) {
            LogisticModel model = LogisticRegressionTrainer.fit(BREAST_CANCER, config);
            assertEquals(best.report().finalLoss(), model.report().finalLoss(), 1e-6, config.solver().toString());
            double[] a = best.standardizedCoefficients()[0];
            double[] b = model.standardizedCoefficients()[0];
            for (int j = 0; j < a.length; j++) {
                assertEquals(a[j] == 0.0, b[j] == 0.0, config.solver() + ": zero pattern of coefficient " + j);
            }
        }
    }

    @Test
    void elasticNetOptimalityConditionsHold() {
        // At an elastic-net optimum: |gradient_j| <= lambda*alpha where w_j = 0, and equality with sign elsewhere.
        double lambda = 0.02;
        double alpha = 0.5;
        LogisticModel model = LogisticRegressionTrainer.fit(WINE, TrainingConfig.builder().lambda(lambda).alpha(alpha)
                .lossTolerance(0).gradientTolerance(1e-7).maxIterations(20000).build());
        assertTrue(model.report().converged(), model.report().message());
        assertElasticNetOptimum(WINE, model, lambda, alpha, 1e-6);
    }

    /**
     * Checks the optimality conditions independently of the solver: the smooth part's gradient g (mean log-loss
     * plus L2) at the model's standardized coefficients satisfies {@code |g_j| <= lambda alpha} where {@code w_j = 0}
     * and {@code g_j = -lambda alpha sign(w_j)} elsewhere; the intercepts' gradient is 0.
     */
    static void assertElasticNetOptimum(Dataset data, LogisticModel model, double lambda, double alpha,
            double tolerance) {
        int d = data.features();
        int outputs = model.isBinary() ? 1 : model.numClasses();
        double[] classWeights = new double[data.numClasses()];
        java.util.Arrays.fill(classWeights, 1.0);
        io.github.gdlogistic.core.data.FeatureScaling scaling =
                io.github.gdlogistic.core.data.FeatureScaling.standardizing(data);
        io.github.gdlogistic.core.data.RowBlocks blocks =
                io.github.gdlogistic.core.data.RowBlocks.sequential(data.rows());
        io.github.gdlogistic.core.objective.LogLossObjective smooth = model.isBinary()
                ? new io.github.gdlogistic.core.objective.BinaryLogLoss(data, classWeights, scaling,
                        lambda * (1 - alpha), true, blocks)
                : new io.github.gdlogistic.core.objective.SoftmaxLogLoss(data, classWeights, scaling,
                        lambda * (1 - alpha), true, blocks);
        double[] point = new double[outputs * (d + 1)];
        double[][] w = model.standardizedCoefficients();
        for (int c = 0; c < outputs; c++) {
            System.arraycopy(w[c], 0, point, c * (d + 1), d);
            point[c * (d + 1) + d] = model.standardizedIntercepts()[c];
        }
        double[] gradient = new double[point.length];
        smooth.valueAndGradient(point, gradient);
        int zeros = 0;
        double l1 = lambda * alpha;
        for (int c = 0; c < outputs; c++) {
            for (int j = 0; j < d; j++) {
                double g = gradient[c * (d + 1) + j];
                double wj = point[c * (d + 1) + j];
                if (wj == 0) {
                    zeros++;
                    assertTrue(Math.abs(g) <= l1 + tolerance, "zero coefficient " + j + " of " + c + ": |" + g
                            + "| > " + l1);
                } else {
                    assertEquals(-l1 * Math.signum(wj), g, tolerance, "coefficient " + j + " of " + c);
                }
            }
            assertEquals(0.0, gradient[c * (d + 1) + d], tolerance, "intercept " + c);
        }
        if (alpha > 0) {
            assertTrue(zeros > 0 && zeros < outputs * d, "both kinds of coefficient are checked: " + zeros);
        }
    }

    @Test
    void noInterceptModelHasZeroIntercept() {
        LogisticModel model = LogisticRegressionTrainer.fit(BREAST_CANCER, TrainingConfig.builder().lambda(0.01)
                .fitIntercept(false).build());
        assertEquals(0.0, model.intercepts()[0], 0.0);
        LogisticModel unscaled = LogisticRegressionTrainer.fit(BREAST_CANCER, TrainingConfig.builder().lambda(0.01)
                .fitIntercept(false).standardize(false).maxIterations(20000).build());
        assertEquals(0.0, unscaled.intercepts()[0], 0.0);
    }

    @Test
    void unstandardizedTrainingReachesTheSameUnregularizedOptimum() {
        Dataset diabetes = Arff.numeric("diabetes.arff");
        LogisticModel scaled = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.builder().lambda(0).build());
        LogisticModel raw = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.builder().lambda(0).standardize(false)
                .maxIterations(100000).build());
        assertEquals(scaled.report().finalLoss(), raw.report().finalLoss(), 1e-7);
        assertEquals(scaled.intercepts()[0], raw.intercepts()[0], 1e-2);
    }

    @Test
    void balancedClassWeightsShiftTowardTheRareClass() {
        Dataset diabetes = Arff.numeric("diabetes.arff");
        LogisticModel plain = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.defaults());
        LogisticModel balanced = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.builder()
                .classWeighting(ClassWeighting.BALANCED).build());
        // 268 positives of 768: balancing raises the positive intercept.
        assertTrue(balanced.intercepts()[0] > plain.intercepts()[0] + 0.3);
        double[] totals = diabetes.classWeightTotals();
        LogisticModel custom = LogisticRegressionTrainer.fit(diabetes, TrainingConfig.builder()
                .classWeights(768 / (2 * totals[0]), 768 / (2 * totals[1])).build());
        assertEquals(balanced.intercepts()[0], custom.intercepts()[0], 1e-9);
    }

    @Test
    void instanceWeightsActLikeRepeatedRows() {
        double[][] x = {{0.1, 1}, {0.9, 0.2}, {0.4, 0.5}, {0.7, 0.9}, {0.3, 0.1}};
        int[] y = {0, 1, 0, 1, 1};
        LogisticModel weighted = LogisticRegressionTrainer.fit(Dataset.of(x, y, new double[] {1, 2, 1, 1, 3}, 2),
                TrainingConfig.builder().lambda(0.1).build());
        double[][] repeated = {x[0], x[1], x[1], x[2], x[3], x[4], x[4], x[4]};
        LogisticModel copies = LogisticRegressionTrainer.fit(Dataset.of(repeated, new int[] {0, 1, 1, 0, 1, 1, 1, 1},
                2), TrainingConfig.builder().lambda(0.1).build());
        assertEquals(copies.intercepts()[0], weighted.intercepts()[0], 1e-6);
        assertEquals(copies.coefficients()[0][0], weighted.coefficients()[0][0], 1e-6);
    }
}
