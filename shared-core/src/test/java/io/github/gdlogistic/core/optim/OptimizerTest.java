package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each optimizer and update rule alone, on functions whose minimum is known. */
class OptimizerTest {

    /**
     * {@code f(w) = 1/2 sum_i a_i (w_i - c_i)^2}, written as the mean over one "row" per coordinate so that the
     * mini-batch methods can take subsets of it.
     */
    static final class Quadratic implements MiniBatchFunction {
        final double[] curvatures;
        final double[] minimum;

        Quadratic(double[] curvatures, double[] minimum) {
            this.curvatures = curvatures;
            this.minimum = minimum;
        }

        @Override
        public int dimension() {
            return minimum.length;
        }

        @Override
        public int rows() {
            return minimum.length;
        }

        @Override
        public double valueAndGradient(double[] point, double[] gradient) {
            double value = 0;
            for (int i = 0; i < point.length; i++) {
                double difference = point[i] - minimum[i];
                value += 0.5 * curvatures[i] * difference * difference;
                gradient[i] = curvatures[i] * difference;
            }
            return value;
        }

        @Override
        public double batchValueAndGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
            java.util.Arrays.fill(gradient, 0.0);
            double value = 0;
            double scale = (double) point.length / (to - from);
            for (int k = from; k < to; k++) {
                int i = rowOrder[k];
                double difference = point[i] - minimum[i];
                value += scale * 0.5 * curvatures[i] * difference * difference;
                gradient[i] = scale * curvatures[i] * difference;
            }
            return value;
        }
    }

    private static final Quadratic ROUND = new Quadratic(new double[] {1, 2, 0.5, 1.5}, new double[] {3, -1, 0.25, 2});
    private static final Quadratic ILL = new Quadratic(new double[] {1, 10, 100, 1e3, 1e4},
            new double[] {1, -2, 3, -4, 5});

    private static L1Penalty noPenalty(int dimension) {
        return new L1Penalty(0, new boolean[dimension]);
    }

    private static double[] minimize(Optimizer optimizer, MiniBatchFunction function, L1Penalty penalty,
            StoppingRule rule) {
        Stop stop = Minimizer.run(optimizer, rule, function, penalty, new double[function.dimension()]);
        assertTrue(stop == Stop.GRADIENT_TOLERANCE || stop == Stop.LOSS_TOLERANCE || stop == Stop.NO_PROGRESS,
                optimizer.description() + " stopped with " + stop);
        return optimizer.point();
    }

    @Test
    void everyOptimizerFindsTheMinimumOfARoundQuadratic() {
        StoppingRule rule = new StoppingRule(5000, 0, 1e-10);
        for (Optimizer optimizer : new Optimizer[] {new LbfgsOptimizer(), new ProximalGradientOptimizer(),
            new FixedRateOptimizer(new UpdateRule.Plain(), RateSchedule.constant(0.5), 0, 1),
            new FixedRateOptimizer(new UpdateRule.Momentum(0.5), RateSchedule.constant(0.2), 0, 1),
            new FixedRateOptimizer(new UpdateRule.Nesterov(0.5), RateSchedule.constant(0.2), 0, 1),
            new FixedRateOptimizer(new UpdateRule.Adam(0.9, 0.999, 1e-8), RateSchedule.constant(0.05), 0, 1)}) {
            assertArrayEquals(ROUND.minimum, minimize(optimizer, ROUND, noPenalty(4), rule), 1e-8,
                    optimizer.description());
        }
    }

    @Test
    void lbfgsAndFistaHandleABadlyConditionedQuadratic() {
        // condition number 1e4: plain gradient descent at rate 1/L would need ~1e5 iterations
        LbfgsOptimizer lbfgs = new LbfgsOptimizer();
        Minimizer.run(lbfgs, new StoppingRule(200, 0, 1e-9), ILL, noPenalty(5), new double[5]);
        assertArrayEquals(ILL.minimum, lbfgs.point(), 1e-8);
        ProximalGradientOptimizer fista = new ProximalGradientOptimizer();
        Stop stop = Minimizer.run(fista, new StoppingRule(5000, 0, 1e-9), ILL, noPenalty(5), new double[5]);
        assertEquals(Stop.GRADIENT_TOLERANCE, stop);
        assertArrayEquals(ILL.minimum, fista.point(), 1e-8);
        FixedRateOptimizer gd = new FixedRateOptimizer(new UpdateRule.Plain(), RateSchedule.constant(1e-4), 0, 1);
        assertEquals(Stop.MAX_ITERATIONS, Minimizer.run(gd, new StoppingRule(200, 0, 1e-9), ILL, noPenalty(5),
                new double[5]), "the slow direction is still far after 200 plain steps");
    }

    @Test
    void theL1PartGivesTheSoftThresholdedMinimum() {
        // minimum of 1/2 sum a_i (w_i - c_i)^2 + lambda sum |w_i|: w_i = sign(c_i) max(|c_i| - lambda / a_i, 0)
        double lambda = 0.8;
        double[] expected = new double[4];
        for (int i = 0; i < 4; i++) {
            double c = ROUND.minimum[i];
            expected[i] = Math.signum(c) * Math.max(Math.abs(c) - lambda / ROUND.curvatures[i], 0);
        }
        assertEquals(0.0, expected[2], 0.0, "one coordinate is thresholded to zero");
        L1Penalty penalty = new L1Penalty(lambda, new boolean[] {true, true, true, true});
        StoppingRule rule = new StoppingRule(5000, 0, 1e-10);
        for (Optimizer optimizer : new Optimizer[] {new ProximalGradientOptimizer(),
            new FixedRateOptimizer(new UpdateRule.Plain(), RateSchedule.constant(0.5), 0, 1),
            new FixedRateOptimizer(new UpdateRule.Momentum(0.5), RateSchedule.constant(0.2), 0, 1),
            new FixedRateOptimizer(new UpdateRule.Nesterov(0.5), RateSchedule.constant(0.2), 0, 1)}) {
            double[] point = minimize(optimizer, ROUND, penalty, rule);
            // the loss is flat to rounding within about 1e-8 of a minimum, so the loss-change stop may come there
            assertArrayEquals(expected, point, 1e-7, optimizer.description());
            assertEquals(0.0, point[2], 0.0, optimizer.description() + ": exactly zero");
        }
        assertThrows(IllegalArgumentException.class, () -> new LbfgsOptimizer().start(ROUND, penalty, new double[4]));
    }

    @Test
    void miniBatchStepsVisitEveryRowOncePerEpoch() {
        // with one row per batch and rate 1/a_i each visit lands on that coordinate's minimum: one epoch suffices
        double[] curvatures = {1, 2, 4, 8};
        Quadratic separable = new Quadratic(curvatures, new double[] {1, 2, 3, 4});
        Quadratic scaled = new Quadratic(new double[] {1, 1, 1, 1}, separable.minimum);
        FixedRateOptimizer sgd = new FixedRateOptimizer(new UpdateRule.Plain(), RateSchedule.constant(0.25), 1, 9);
        sgd.start(scaled, noPenalty(4), new double[4]);
        assertEquals(StepOutcome.MOVED, sgd.step());
        assertArrayEquals(separable.minimum, sgd.point(), 1e-12);
        assertEquals(0.0, sgd.loss(), 1e-24);
    }

    @Test
    void theLogisticToyIsSolvedAlikeByEveryMethod() {
        Dataset toy = Dataset.of(new double[][] {{0.1, 1}, {0.9, 0.2}, {0.4, 0.5}, {0.7, 0.9}, {0.3, 0.1}, {0.8, 0.6}},
                new int[] {0, 1, 0, 1, 0, 1}, 2);
        BinaryLogLoss loss = new BinaryLogLoss(toy, new double[] {1, 1}, FeatureScaling.identity(2), 0.1, true,
                RowBlocks.sequential(toy.rows()));
        StoppingRule rule = new StoppingRule(20000, 0, 1e-9);
        double[] reference = minimize(new LbfgsOptimizer(), loss, noPenalty(3), rule);
        double[] fista = minimize(new ProximalGradientOptimizer(), loss, noPenalty(3), rule);
        double[] gd = minimize(new FixedRateOptimizer(new UpdateRule.Plain(), RateSchedule.constant(1), 0, 1),
                loss, noPenalty(3), rule);
        assertArrayEquals(reference, fista, 1e-6);
        assertArrayEquals(reference, gd, 1e-6);
    }

    @Test
    void updateRulesMoveByTheirFormulas() {
        L1Penalty none = noPenalty(2);
        double[] w = {1, -1};
        new UpdateRule.Plain().step(w, new double[] {0.5, -2}, 0.1, none);
        assertArrayEquals(new double[] {0.95, -0.8}, w, 1e-15);

        UpdateRule momentum = new UpdateRule.Momentum(0.9);
        double[] m = {0, 0};
        momentum.step(m, new double[] {1, -1}, 0.1, none); // v = -0.1 g
        momentum.step(m, new double[] {1, -1}, 0.1, none); // v = 0.9 v - 0.1 g = -0.19 g
        assertArrayEquals(new double[] {-0.29, 0.29}, m, 1e-15);

        UpdateRule nesterov = new UpdateRule.Nesterov(0.5);
        double[] n = {0, 0};
        nesterov.step(n, new double[] {1, 2}, 0.1, none); // v' = -0.1 g; p += (1.5) v'
        assertArrayEquals(new double[] {-0.15, -0.3}, n, 1e-15);

        UpdateRule adam = new UpdateRule.Adam(0.9, 0.999, 1e-8);
        double[] a = {0, 0};
        adam.step(a, new double[] {3, -0.02}, 0.01, none); // first bias-corrected step: -rate * sign(g)
        assertArrayEquals(new double[] {-0.01, 0.01}, a, 1e-8);
    }

    @Test
    void ratesFollowTheirSchedules() {
        assertEquals(0.2, RateSchedule.constant(0.2).rate(7), 0.0);
        assertEquals(0.2 / (1 + 0.5 * 3), RateSchedule.inverseScaling(0.2, 0.5).rate(3), 1e-17);
        assertEquals(0.2 * Math.exp(-0.5 * 3), RateSchedule.exponential(0.2, 0.5).rate(3), 1e-17);
        assertEquals(0.2, RateSchedule.exponential(0.2, 0.5).rate(0), 0.0);
        assertEquals(0.2, RateSchedule.inverseScaling(0.2, 0.5).baseRate(), 0.0);
    }
}
