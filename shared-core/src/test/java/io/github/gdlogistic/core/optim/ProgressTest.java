package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.TrainingCancelledException;
import io.github.gdlogistic.core.TrainingListener;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The stopping rule alone: what each combination of loss change, gradient and iteration count means. */
class ProgressTest {

    private static Progress startedAt(double stationarity) {
        Progress progress = new Progress(100, 1e-9, 1e-6, TrainingListener.NONE);
        assertNull(progress.start(1.0, stationarity));
        return progress;
    }

    @Test
    void smallGradientStopsWhateverTheLoss() {
        assertEquals(StopReason.GRADIENT_TOLERANCE, startedAt(0.5).afterIteration(1, 1.0, 0.5, 1e-6));
        assertEquals(StopReason.GRADIENT_TOLERANCE, new Progress(10, 1e-9, 1e-6, TrainingListener.NONE)
                .start(1.0, 1e-6));
    }

    @Test
    void aStalledLossIsConvergenceOnlyWithASmallGradient() {
        // relative change 1e-10 <= 1e-9 in both; the gradient decides
        assertEquals(StopReason.LOSS_TOLERANCE, startedAt(0.5).afterIteration(3, 1.0, 1.0 - 1e-10, 4e-4));
        assertEquals(StopReason.STALLED, startedAt(0.5).afterIteration(3, 1.0, 1.0 - 1e-10, 6e-4));
        assertEquals(StopReason.STALLED, startedAt(0.5).afterIteration(1, 1.0, 1.0, 0.5));
        assertEquals(StopReason.LOSS_TOLERANCE, startedAt(0.5).afterIteration(1, 1.0, 1.0, 1.0000001e-6));
    }

    @Test
    void aRisingOrClearlyFallingLossGoesOn() {
        assertNull(startedAt(0.5).afterIteration(1, 1.0, 1.0 + 1e-12, 0.1));
        assertNull(startedAt(0.5).afterIteration(1, 1.0, 1.0 - 2e-9, 1e-5));
    }

    @Test
    void theIterationLimitIsAnOutcome() {
        Progress progress = startedAt(0.5);
        assertNull(progress.afterIteration(99, 1.0, 0.5, 0.1));
        assertEquals(StopReason.MAX_ITERATIONS, progress.afterIteration(100, 0.5, 0.25, 0.1));
    }

    @Test
    void noDecreaseFoundIsPrecisionOrAStall() {
        assertEquals(StopReason.NO_PROGRESS, startedAt(0.5).noDecreaseFound(7, 0.3, 1e-5));
        assertEquals(StopReason.STALLED, startedAt(0.5).noDecreaseFound(7, 0.3, 1e-2));
        assertEquals(StopReason.GRADIENT_TOLERANCE, startedAt(0.5).noDecreaseFound(7, 0.3, 1e-7));
    }

    @Test
    void theHistoryRecordsEveryIterationAndCancellationStops() {
        boolean[] cancel = {false};
        int[] reported = {0};
        Progress progress = new Progress(10, 1e-9, 1e-6, new TrainingListener() {
            @Override
            public void onIteration(int iteration, int maxIterations, double loss) {
                reported[0] = iteration;
            }

            @Override
            public boolean isCancelled() {
                return cancel[0];
            }
        });
        progress.start(2.0, 1.0);
        progress.afterIteration(1, 2.0, 1.5, 0.5);
        assertEquals(2, progress.history().size());
        assertEquals(1.5, progress.history().get(1).loss());
        assertEquals(1, reported[0]);
        cancel[0] = true;
        assertThrows(TrainingCancelledException.class, () -> progress.afterIteration(2, 1.5, 1.0, 0.1));
        assertThrows(TrainingCancelledException.class, () -> progress.checkCancelled(2));
    }
}
