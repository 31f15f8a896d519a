package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
import io.github.gdlogistic.core.optim.FixedRateOptimizer;
import io.github.gdlogistic.core.optim.RateSchedule;
import io.github.gdlogistic.core.optim.UpdateRule;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What one mini-batch epoch costs against one full pass of the objective (value and gradient of all rows), on one
 * thread, on data larger than the caches, measured in turn (pass, epoch, pass, ...) so that both see the same load.
 * A step of {@link FixedRateOptimizer} is one epoch of mini-batch steps plus the full objective it reports (since
 * the objective is evaluated while the next epoch's batches read the rows, the rows are read once for both), so
 * each epoch reads the rows and computes over them twice. Medians of the runs
 * after warm-up, of wall time and of the thread's CPU time (which leaves out the time other processes hold the
 * cores, so it varies less on a loaded machine); reported, never a pass/fail test. {@code -Druns=N} measures N
 * pairs (default 7); {@code -Dthreads=N} evaluates the full pass's blocks on N threads (default 1; the batches
 * always run on one; no CPU-time ratio then).
 *
 * <p>Usage: {@code EpochCost [rows features classes]...}, default {@code 1000000 50 2 1000000 20 2 100000 50 10}.
 */
public final class EpochCost {

    private static final int RUNS = Integer.getInteger("runs", 7);
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int THREAD_COUNT = Integer.getInteger("threads", 1);
    private static final ExecutorService POOL = THREAD_COUNT > 1 ? Executors.newFixedThreadPool(THREAD_COUNT, task -> {
        Thread thread = new Thread(task, "epoch-cost-worker");
        thread.setDaemon(true);
        return thread;
    }) : null;
    private static final int[] BATCHES = Arrays.stream(System.getProperty("batches", "32,256").split(","))
            .mapToInt(Integer::parseInt).toArray();

    private EpochCost() {
    }

    /**
     * @param args triples of rows, features, classes
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            args = new String[] {"1000000", "50", "2", "1000000", "20", "2", "100000", "50", "10"};
        }
        System.out.println("| data | batch | full pass" + (THREAD_COUNT > 1 ? " (" + THREAD_COUNT + " threads)" : "")
                + " | step (epoch + full objective) | step / full pass (median of " + RUNS
                + " pairs) | same, CPU time | solver start |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i + 2 < args.length; i += 3) {
            int rows = Integer.parseInt(args[i]);
            int features = Integer.parseInt(args[i + 1]);
            int classes = Integer.parseInt(args[i + 2]);
            Dataset data = SyntheticData.generate(rows, features, classes, 5);
            LogLossObjective objective = objective(data);
            double[] point = new double[objective.dimension()];
            double[] gradient = new double[point.length];
            for (int batch : BATCHES) {
                FixedRateOptimizer optimizer = new FixedRateOptimizer(new UpdateRule.Plain(),
                        RateSchedule.constant(0.05), batch, 1);
                long started = System.nanoTime();
                optimizer.start(objective, new L1Penalty(0, objective.penalizedMask()), point);
                double start = (System.nanoTime() - started) / 1e9;
                // the previous optimizer's shuffled copy (as large as the data) and the previous data are garbage
                // now: collected here, the collector's concurrent work stays out of the measured pairs (without this
                // the full pass measured up to 5 times slower in the rows after such a change, on 2 cores)
                System.gc();
                // warm-up, then full pass and epoch in turn, so that both see the same load
                Timing.measure(2, 1, optimizer::step);
                Timing.measure(2, 1, () -> objective.valueAndGradient(point, gradient));
                double[] passes = new double[RUNS];
                double[] epochs = new double[RUNS];
                double[] ratios = new double[RUNS];
                double[] cpuRatios = new double[RUNS];
                for (int r = 0; r < RUNS; r++) {
                    long passCpu = THREADS.getCurrentThreadCpuTime();
                    passes[r] = Timing.measure(0, 1, () -> objective.valueAndGradient(point, gradient)).medianSeconds;
                    long epochCpu = THREADS.getCurrentThreadCpuTime();
                    epochs[r] = Timing.measure(0, 1, optimizer::step).medianSeconds;
                    long endCpu = THREADS.getCurrentThreadCpuTime();
                    ratios[r] = epochs[r] / passes[r];
                    cpuRatios[r] = (double) (endCpu - epochCpu) / (epochCpu - passCpu);
                }
                System.out.printf(Locale.ROOT,
                        "| %,d x %d, %d classes | %d | %.1f ms | %.1f ms | %.2f | %s | %.0f ms |%n", rows, features,
                        classes, batch, median(passes) * 1e3, median(epochs) * 1e3, median(ratios),
                        POOL == null ? String.format(Locale.ROOT, "%.2f", median(cpuRatios)) : "n/a", start * 1e3);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    private static LogLossObjective objective(Dataset data) {
        double[] classWeights = new double[data.numClasses()];
        Arrays.fill(classWeights, 1.0);
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        RowBlocks blocks = POOL == null ? RowBlocks.sequential(data.rows())
                : RowBlocks.parallel(data.rows(), POOL, THREAD_COUNT);
        return data.numClasses() == 2
                ? new BinaryLogLoss(data, classWeights, scaling, 1e-4, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, 1e-4, true, blocks);
    }
}
