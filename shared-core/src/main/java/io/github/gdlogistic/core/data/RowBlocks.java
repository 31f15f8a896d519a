package io.github.gdlogistic.core.data;

import java.util.ArrayList;
import java.util.List;
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

    private RowBlocks(int rows, ExecutorService executor, int threads) {
        this.rows = rows;
        this.count = (rows + BLOCK_ROWS - 1) / BLOCK_ROWS;
        this.executor = threads > 1 ? executor : null;
        this.threads = threads;
    }

    /**
     * @param rows number of rows
     * @return blocks processed on the calling thread
     */
    public static RowBlocks sequential(int rows) {
        return new RowBlocks(rows, null, 1);
    }

    /**
     * @param rows number of rows
     * @param executor the pool the tasks run on (owned by the caller)
     * @param threads how many tasks the blocks are shared among
     * @return blocks processed in parallel
     */
    public static RowBlocks parallel(int rows, ExecutorService executor, int threads) {
        return new RowBlocks(rows, executor, threads);
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
     * Runs {@code task} once for every block and waits for all of them.
     *
     * @param task receives the block index; must only write that block's partial results
     */
    public void forEach(IntConsumer task) {
        if (executor == null) {
            for (int b = 0; b < count; b++) {
                task.accept(b);
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            final int first = t;
            futures.add(executor.submit(() -> {
                for (int b = first; b < count; b += threads) {
                    task.accept(b);
                }
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while processing row blocks", e);
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
