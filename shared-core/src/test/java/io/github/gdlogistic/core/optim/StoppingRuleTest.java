package io.github.gdlogistic.core.optim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The stopping rule alone: what each combination of losses, gradient and step outcome means. */
class StoppingRuleTest {

    private static final StoppingRule RULE = new StoppingRule(100, 1e-9, 1e-6);

    /** The rule's verdict after a step from {@code previous} to {@code loss}, starting at loss 1 and gradient 0.5. */
    private static Stop after(StepOutcome outcome, double previous, double loss, double stationarity) {
        return RULE.after(outcome, new double[] {1.0, previous, loss}, 3, 0.5, stationarity);
    }

    @Test
    void theStartIsJudgedByItsGradientAndFiniteness() {
        assertNull(RULE.atStart(1.0, 0.5));
        assertEquals(Stop.GRADIENT_TOLERANCE, RULE.atStart(1.0, 1e-6));
        assertEquals(Stop.DIVERGED, RULE.atStart(Double.NaN, 0.5));
        assertEquals(Stop.DIVERGED, RULE.atStart(Double.POSITIVE_INFINITY, 0.5));
    }

    @Test
    void smallGradientStopsWhateverTheLoss() {
        assertEquals(Stop.GRADIENT_TOLERANCE, after(StepOutcome.MOVED, 0.9, 0.5, 1e-6));
        assertEquals(Stop.GRADIENT_TOLERANCE, after(StepOutcome.RESTARTED, 0.9, 0.9, 1e-7));
        assertEquals(Stop.GRADIENT_TOLERANCE, after(StepOutcome.NO_DECREASE, 0.9, 0.9, 1e-7));
    }

    @Test
    void aStalledLossIsConvergenceOnlyWithASmallGradient() {
        // relative change 1e-10 <= 1e-9; small means at most 1e-3 of the starting 0.5
        assertEquals(Stop.LOSS_TOLERANCE, after(StepOutcome.MOVED, 0.9, 0.9 - 0.9e-10, 4e-4));
        assertEquals(Stop.LOSS_TOLERANCE, after(StepOutcome.MOVED, 0.9, 0.9, 5e-4));
        assertEquals(Stop.STALLED, after(StepOutcome.MOVED, 0.9, 0.9 - 0.9e-10, 6e-4));
        assertEquals(Stop.STALLED, after(StepOutcome.MOVED, 0.9, 0.9, 0.5));
    }

    @Test
    void aStepWithoutDecreaseIsPrecisionOrAStall() {
        assertEquals(Stop.NO_PROGRESS, after(StepOutcome.NO_DECREASE, 0.3, 0.3, 1e-5));
        assertEquals(Stop.STALLED, after(StepOutcome.NO_DECREASE, 0.3, 0.3, 1e-2));
    }

    @Test
    void aRestartIsNotJudgedByItsUnchangedLoss() {
        assertNull(after(StepOutcome.RESTARTED, 0.9, 0.9, 0.1));
        assertEquals(Stop.MAX_ITERATIONS, new StoppingRule(2, 1e-9, 1e-6).after(StepOutcome.RESTARTED,
                new double[] {1.0, 0.9, 0.9}, 3, 0.5, 0.1));
    }

    @Test
    void aRisingOrClearlyFallingLossGoesOn() {
        assertNull(after(StepOutcome.MOVED, 0.9, 0.9 + 1e-12, 0.1));
        assertNull(after(StepOutcome.MOVED, 0.9, 0.9 - 2e-9, 1e-5));
    }

    @Test
    void theIterationLimitIsAnOutcome() {
        StoppingRule two = new StoppingRule(2, 1e-9, 1e-6);
        assertNull(two.after(StepOutcome.MOVED, new double[] {1.0, 0.5}, 2, 0.5, 0.1));
        assertEquals(Stop.MAX_ITERATIONS, two.after(StepOutcome.MOVED, new double[] {1.0, 0.5, 0.25}, 3, 0.5, 0.1));
    }

    @Test
    void divergenceIsANonFiniteAnExplodingOrAPersistentlyRisingLoss() {
        assertEquals(Stop.DIVERGED, after(StepOutcome.MOVED, 0.9, Double.NaN, 0.1));
        assertEquals(Stop.DIVERGED, after(StepOutcome.MOVED, 0.9, Double.POSITIVE_INFINITY, 0.1));
        assertEquals(Stop.DIVERGED, after(StepOutcome.MOVED, 0.9, 100.5, 0.1));
        assertNull(after(StepOutcome.MOVED, 0.9, 99.5, 0.1));
        double[] rising = {1.0, 1.1, 1.2, 1.3, 1.4, 1.5};
        assertEquals(Stop.DIVERGED, RULE.after(StepOutcome.MOVED, rising, 6, 0.5, 0.1));
        assertNull(RULE.after(StepOutcome.MOVED, rising, 5, 0.5, 0.1), "four rises are not enough");
        double[] belowStart = {1.0, 0.5, 0.6, 0.7, 0.8, 0.9};
        assertNull(RULE.after(StepOutcome.MOVED, belowStart, 6, 0.5, 0.1), "rises below the start are allowed");
        double[] interrupted = {1.0, 1.1, 1.2, 1.15, 1.3, 1.4, 1.5};
        assertNull(RULE.after(StepOutcome.MOVED, interrupted, 7, 0.5, 0.1), "the rises must be in a row");
    }
}
