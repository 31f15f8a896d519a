package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.RowBlocks;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cancellation has one meaning, whatever the number of threads, and is seen between row blocks. */
class CancellationTest {

    /** Ten blocks of rows. */
    private static final Dataset TEN_BLOCKS = Generated.binary(10 * RowBlocks.BLOCK_ROWS, 8, 11);

    /** Counts its polls and the iterations it is told about; cancels from the given poll on. */
    private static final class CountingListener implements TrainingListener {
        final AtomicInteger polls = new AtomicInteger();
        final AtomicInteger iterations = new AtomicInteger();
        final Set<String> pollingThreads = ConcurrentHashMap.newKeySet();
        volatile int pollsAtFirstIteration = -1;
        private final int cancelAtPoll;

        CountingListener(int cancelAtPoll) {
            this.cancelAtPoll = cancelAtPoll;
        }

        @Override
        public void onIteration(int iteration, int maxIterations, double loss) {
            if (iterations.getAndIncrement() == 0) {
                pollsAtFirstIteration = polls.get();
            }
        }

        @Override
        public boolean isCancelled() {
            pollingThreads.add(Thread.currentThread().getName());
            return polls.incrementAndGet() >= cancelAtPoll;
        }
    }

    @Test
    void anInterruptedTrainingThreadCancelsWithOneThreadOrMany() {
        for (int threads : new int[] {1, 2}) {
            TrainingConfig config = TrainingConfig.builder().threads(threads).build();
            Thread.currentThread().interrupt();
            try {
                TrainingCancelledException e = assertThrows(TrainingCancelledException.class,
                        () -> LogisticRegressionTrainer.fit(TEN_BLOCKS, config), threads + " threads");
                assertEquals("Training was cancelled at iteration 0", e.getMessage());
                assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status stays set");
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void cancellingDuringStandardizationStopsBeforeAnyIteration() {
        for (int threads : new int[] {1, 2}) {
            CountingListener listener = new CountingListener(3);
            assertThrows(TrainingCancelledException.class, () -> LogisticRegressionTrainer.fit(TEN_BLOCKS,
                    TrainingConfig.builder().threads(threads).build(), listener));
            assertEquals(0, listener.iterations.get(), threads + " threads");
            assertTrue(listener.polls.get() <= 3 + threads, "stopped within a block per thread: "
                    + listener.polls.get());
        }
    }

    /** Whether worker threads are still alive after waiting (shut down, they end at once; idle ones after 1 s). */
    private static boolean workersAlive(int tenthsOfASecond) throws InterruptedException {
        for (int wait = 0; wait < tenthsOfASecond; wait++) {
            boolean alive = Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(thread -> thread.getName().equals("gd-logistic-worker") && thread.isAlive());
            if (!alive) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    @Test
    void aRunThatFailsToStartLeavesNoWorkerThreads() throws InterruptedException {
        assertFalse(workersAlive(25), "no workers before (idle ones of earlier tests end within a second)");
        CountingListener listener = new CountingListener(3);
        assertThrows(TrainingCancelledException.class, () -> LogisticRegressionTrainer.fit(TEN_BLOCKS,
                TrainingConfig.builder().threads(2).build(), listener));
        assertTrue(listener.pollingThreads.contains("gd-logistic-worker"), "the workers were started");
        assertFalse(workersAlive(5), "the failed start shut its workers down");
    }

    @Test
    void aClosedRunAsksToBeResumed() {
        TrainingRun run = TrainingRun.start(TEN_BLOCKS, TrainingConfig.builder().threads(2).build(),
                TrainingListener.NONE);
        run.step();
        run.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, run::step);
        assertTrue(e.getMessage().contains("closed") && e.getMessage().contains("resume"), e.getMessage());
        run.resume(TEN_BLOCKS, TrainingListener.NONE);
        assertTrue(run.step());
        run.close();
    }

    @Test
    void cancellingDuringTheHoldoutSplitStopsBeforeTraining() {
        CountingListener listener = new CountingListener(2);
        assertThrows(TrainingCancelledException.class, () -> LogisticRegressionTrainer.fit(TEN_BLOCKS,
                TrainingConfig.builder().thresholdMetric(ThresholdMetric.F1).thresholdHoldout(0.3).build(),
                listener));
        assertEquals(2, listener.polls.get());
        assertEquals(0, listener.iterations.get());
    }

    @Test
    void aMiniBatchEpochIsCheckedEveryBlockOfRows() {
        CountingListener listener = new CountingListener(Integer.MAX_VALUE);
        LogisticRegressionTrainer.fit(TEN_BLOCKS, TrainingConfig.builder().solver(Solver.SGD).maxIterations(1)
                .threads(1).build(), listener);
        // before the first iteration is reported: standardization (10 blocks), the start's loss (10), the first
        // epoch's batches (a check after every 2048 rows read: 10), then the second epoch's batches with the loss
        // after the first epoch, which reads each group of rows just before them (20: twice the rows)
        assertEquals(10 + 10 + 10 + 20, listener.pollsAtFirstIteration);
    }

    @Test
    void cancellingAMiniBatchEpochWhileAWorkerEvaluatesStopsAndLeavesNoWorkers() throws InterruptedException {
        assertFalse(workersAlive(25), "no workers before (idle ones of earlier tests end within a second)");
        // two threads: standardization and the start's loss on the workers (20 checks), then the batches of the
        // first epoch (10) and of the second, whose rows a worker adds to the loss after the first meanwhile: the
        // 35th check falls in the second epoch
        CountingListener listener = new CountingListener(35);
        TrainingCancelledException e = assertThrows(TrainingCancelledException.class,
                () -> LogisticRegressionTrainer.fit(TEN_BLOCKS, TrainingConfig.builder().solver(Solver.SGD)
                        .maxIterations(5).threads(2).build(), listener));
        assertEquals("Training was cancelled at iteration 0", e.getMessage());
        assertEquals(35, listener.polls.get(), "no check after the cancelling one");
        assertFalse(workersAlive(10), "the cancelled run shut its workers down, the evaluating one too");
    }

    @Test
    void twoThreadsReallyShareTheBlocks() {
        CountingListener listener = new CountingListener(Integer.MAX_VALUE);
        LogisticRegressionTrainer.fit(TEN_BLOCKS, TrainingConfig.builder().threads(2).maxIterations(2).build(),
                listener);
        assertTrue(listener.pollingThreads.contains("gd-logistic-worker"), listener.pollingThreads.toString());
    }
}
