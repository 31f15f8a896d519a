package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The line search's branches, and what L-BFGS and FISTA do when no decrease can be found. */
class LineSearchAndFallbackTest {

    /** f(x) = (x - 3)^2 / 2 in one dimension. */
    private static final MiniBatchFunction PARABOLA = new OptimizerTest.Quadratic(new double[] {1},
            new double[] {3});

    /** A function whose reported gradient points the wrong way: no step along -gradient decreases it. */
    private static final class WrongGradient implements MiniBatchFunction {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public int rows() {
            return 2;
        }

        @Override
        public double valueAndGradient(double[] point, double[] gradient) {
            double value = 0;
            for (int i = 0; i < 2; i++) {
                double difference = point[i] - 1;
                value += 0.5 * difference * difference;
                gradient[i] = -difference; // the true gradient is +difference
            }
            return value;
        }

        @Override
        public double batchValueAndGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
            return valueAndGradient(point, gradient);
        }
    }

    private static WolfeLineSearch.Result search(double initialStep, double[] trialPoint, double[] trialGradient) {
        // from x = 0: loss 4.5, gradient -3, direction +3, slope -9
        return WolfeLineSearch.search(PARABOLA, new double[] {0}, 4.5, new double[] {3}, -9, initialStep, trialPoint,
                trialGradient);
    }

    @Test
    void aStepThatMeetsBothConditionsIsTakenAsItIs() {
        double[] trialPoint = new double[1];
        double[] trialGradient = new double[1];
        WolfeLineSearch.Result result = search(1.0, trialPoint, trialGradient);
        assertNotNull(result);
        assertEquals(1.0, result.step(), 0.0);
        assertEquals(0.0, result.loss(), 0.0);
        assertArrayEquals(new double[] {3}, trialPoint, 0.0);
        assertArrayEquals(new double[] {0}, trialGradient, 0.0);
    }

    @Test
    void aTooShortStepIsDoubledAndATooLongOneHalved() {
        double[] trialPoint = new double[1];
        double[] trialGradient = new double[1];
        // 0.05: sufficient decrease but too steep still (curvature condition): doubled until it is not
        WolfeLineSearch.Result doubled = search(0.05, trialPoint, trialGradient);
        assertEquals(0.2, doubled.step(), 1e-15);
        assertEquals(0.5 * (3 - 0.6) * (3 - 0.6), doubled.loss(), 1e-12);
        // 2.5: no sufficient decrease (lands at 7.5, loss 10.125): bisected back below 2
        WolfeLineSearch.Result halved = search(2.5, trialPoint, trialGradient);
        assertTrue(halved.step() < 2 && halved.step() > 0.1, "step " + halved.step());
        assertTrue(halved.loss() < 4.5 + WolfeLineSearch.SUFFICIENT_DECREASE * halved.step() * -9);
        assertEquals(trialPoint[0], 3 * halved.step(), 1e-12);
    }

    @Test
    void noDecreaseAlongAWrongDirectionIsNull() {
        double[] trialPoint = new double[1];
        double[] trialGradient = new double[1];
        assertNull(WolfeLineSearch.search(PARABOLA, new double[] {0}, 4.5, new double[] {-3}, -9, 1.0, trialPoint,
                trialGradient));
    }

    @Test
    void lbfgsReportsNoDecreaseWhenEvenSteepestDescentFails() {
        LbfgsOptimizer lbfgs = new LbfgsOptimizer();
        lbfgs.start(new WrongGradient(), new L1Penalty(0, new boolean[2]), new double[] {0, 0});
        assertEquals(1.0, lbfgs.loss(), 0.0);
        assertEquals(StepOutcome.NO_DECREASE, lbfgs.step());
        assertArrayEquals(new double[] {0, 0}, lbfgs.point(), 0.0, "the iterate stays where it was");
        assertEquals(1.0, lbfgs.loss(), 0.0);
        assertEquals(1.0, lbfgs.stationarity(), 0.0);
        assertEquals(Stop.STALLED, Minimizer.run(new LbfgsOptimizer(), new StoppingRule(10, 1e-9, 1e-6),
                new WrongGradient(), new L1Penalty(0, new boolean[2]), new double[] {0, 0}));
    }

    @Test
    void lbfgsStepsFromTheRightPlaces() {
        LbfgsOptimizer lbfgs = new LbfgsOptimizer();
        OptimizerTest.Quadratic skewed = new OptimizerTest.Quadratic(new double[] {1, 4}, new double[] {1, 1});
        lbfgs.start(skewed, new L1Penalty(0, new boolean[2]), new double[] {0, 0});
        assertEquals(2.5, lbfgs.loss(), 0.0);
        assertEquals(4.0, lbfgs.stationarity(), 0.0);
        assertEquals(StepOutcome.MOVED, lbfgs.step());
        assertTrue(lbfgs.loss() < 2.5);
        for (int k = 0; k < 20 && lbfgs.stationarity() > 1e-12; k++) {
            lbfgs.step();
        }
        // a two-dimensional quadratic is solved in a few quasi-Newton steps
        assertArrayEquals(new double[] {1, 1}, lbfgs.point(), 1e-9);
        assertEquals("L-BFGS", lbfgs.description());
    }

    @Test
    void fistaRestartsAndStopsWhenNoStepDecreases() {
        ProximalGradientOptimizer fista = new ProximalGradientOptimizer();
        fista.start(new WrongGradient(), new L1Penalty(0, new boolean[2]), new double[] {0, 0});
        assertEquals(StepOutcome.NO_DECREASE, fista.step(), "a plain proximal step from the start rises");
        assertArrayEquals(new double[] {0, 0}, fista.point(), 0.0);
        assertEquals("accelerated proximal gradient, FISTA", fista.description());
        // on an ill-conditioned quadratic the momentum overshoots at some point and is restarted
        ProximalGradientOptimizer accelerated = new ProximalGradientOptimizer();
        OptimizerTest.Quadratic ill = new OptimizerTest.Quadratic(new double[] {1, 1000}, new double[] {5, -5});
        accelerated.start(ill, new L1Penalty(0, new boolean[2]), new double[] {0, 0});
        boolean restarted = false;
        double previous = accelerated.loss();
        for (int k = 0; k < 300; k++) {
            StepOutcome outcome = accelerated.step();
            restarted |= outcome == StepOutcome.RESTARTED;
            assertTrue(accelerated.loss() <= previous, "monotone: " + accelerated.loss() + " after " + previous);
            previous = accelerated.loss();
        }
        assertTrue(restarted, "the momentum was restarted at least once");
        assertArrayEquals(new double[] {5, -5}, accelerated.point(), 1e-6);
    }

    @Test
    void fixedRateMethodsDescribeThemselves() {
        assertEquals("full batch, plain", describe(new UpdateRule.Plain(), 0));
        assertEquals("mini-batches of 2, momentum 0.9", describe(new UpdateRule.Momentum(0.9), 2));
        assertEquals("mini-batches of 2, Nesterov momentum 0.5", describe(new UpdateRule.Nesterov(0.5), 2));
        assertEquals("full batch, Adam", describe(new UpdateRule.Adam(0.9, 0.999, 1e-8), 4));
        assertEquals(7, new StoppingRule(7, 0, 0).maxIterations());
    }

    /** The description once started on four rows (a batch of 4 or more is the full batch). */
    private static String describe(UpdateRule rule, int miniBatchSize) {
        FixedRateOptimizer optimizer = new FixedRateOptimizer(rule, RateSchedule.constant(0.1), miniBatchSize, 1);
        optimizer.start(new OptimizerTest.Quadratic(new double[] {1, 1, 1, 1}, new double[4]),
                new L1Penalty(0, new boolean[4]), new double[4]);
        return optimizer.description();
    }
}
