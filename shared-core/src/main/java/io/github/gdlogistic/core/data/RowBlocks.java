package io.github.gdlogistic.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * The rows of a dataset cut into fixed blocks of {@link #BLOCK_ROWS}, and a way to run a task on every block, on
 * worker threads when there are several. Each block's task writes its own partial result and the caller combines
 * the partials in block order, so every result is bit-identical for any number of threads.
 */
public final class RowBlocks {

    /** Rows per block; fixed so that the summation order never depends on the number of threads. */
    public static final int BLOCK_ROWS = 2048;

    private final int rows;
    private final int count;
    private final ExecutorService executor;
    private final int threads;
    private final Runnable checkpoint;

    private RowBlocks(int rows, ExecutorService executor, int threads, Runnable checkpoint) {
        this.rows = rows;
        this.count = (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
        this.executor = threads > 1 ? executor : null;
        this.threads = threads;
        this.checkpoint = checkpoint;
    }

    /**
     * @param rows number of rows
     * @return blocks processed on the calling thread
     */
    public static RowBlocks sequential(int rows) {
        return new RowBlocks(rows, null, 1, () -> { });
    }

    /**
     * @param rows number of rows
     * @param executor the pool the tasks run on (owned by the caller)
     * @param threads how many tasks the blocks are shared among
     * @return blocks processed in parallel
     */
    public static RowBlocks parallel(int rows, ExecutorService executor, int threads) {
        return parallel(rows, executor, threads, () -> { });
    }

    /**
     * @param rows number of rows
     * @param executor the pool the tasks run on (owned by the caller), or {@code null} for the calling thread
     * @param threads how many tasks the blocks are shared among
     * @param checkpoint run before every block, on the thread that processes it: throws to stop the pass (a
     *        cancelled training run); also run when the waiting thread is interrupted
     * @return blocks processed in parallel, with a checkpoint between blocks
     */
    public static RowBlocks parallel(int rows, ExecutorService executor, int threads, Runnable checkpoint) {
        return new RowBlocks(rows, executor, threads, checkpoint);
    }

    /** @return the check run before every block */
    public Runnable checkpoint() {
        return checkpoint;
    }

    /** @return number of blocks */
    public int count() {
        return count;
    }

    /**
     * @param block a block
     * @return its first row
     */
    public int start(int block) {
        return block * BLOCK_ROWS;
    }

    /**
     * @param block a block
     * @return one past its last row
     */
    public int end(int block) {
        return Math.min(rows, (block + 1) * BLOCK_ROWS);
    }

    /**
     * Runs {@code task} once for every block and waits for all of them. The checkpoint runs before each block; an
     * exception it (or the task) throws stops the pass and is rethrown here. When the waiting thread is interrupted,
     * the remaining blocks are abandoned, the interrupt status is kept and the checkpoint decides what to throw
     * ({@link CancellationException} when it throws nothing).
     *
     * @param task receives the block index; must only write that block's partial results
     */
    public void forEach(IntConsumer task) {
        if (executor == null) {
            for (int b = 0; b < count; b++) {
                checkpoint.run();
                task.accept(b);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            final int first = t;
            futures.add(executor.submit(() -> {
                for (int b = first; b < count; b += threads) {
                    checkpoint.run();
                    task.accept(b);
                }
            }));
        }
        await(futures);
    }

    /**
     * Starts a task on one of the worker threads, beside the calling thread's own work (a mini-batch solver adds up
     * the full objective there while its batches run).
     *
     * @param task the work; it must not touch what the calling thread writes meanwhile
     * @return the task's future for {@link #await}, or {@code null} when the blocks have no worker threads (the
     *         caller then does the work itself)
     */
    public Future<?> submit(Runnable task) {
        return executor == null ? null : executor.submit(task);
    }

    /**
     * Waits for a task started by {@link #submit}, as {@link #forEach} waits for its blocks: an exception of the
     * task is rethrown here; when the waiting thread is interrupted, the task is abandoned, the interrupt status
     * kept and the checkpoint decides what to throw ({@link CancellationException} when it throws nothing).
     *
     * @param task the future {@link #submit} returned
     */
    public void await(Future<?> task) {
        await(List.of(task));
    }

    private void await(List<Future<?>> futures) {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                for (Future<?> other : futures) {
                    other.cancel(true);
                }
                checkpoint.run();
                throw new CancellationException("Interrupted while processing row blocks");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                throw new IllegalStateException("Row block task failed: " + cause, cause);
            }
        }
    }
}
