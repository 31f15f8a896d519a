package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.RowBlocks;

import java.util.concurrent.ThreadFactory;
import java.util.function.IntFunction;

/**
 * Trains a {@link LogisticModel} on a {@link Dataset}. Stateless and reentrant: everything a fit needs is local to
 * the call. A fit is a {@link TrainingRun} stepped until its stopping rule ends it (the run includes the optional
 * threshold tuning, see {@link ThresholdTuning}).
 */
public final class LogisticRegressionTrainer {

    private LogisticRegressionTrainer() {
    }

    /**
     * @param data training data
     * @param config training configuration
     * @return the fitted model
     */
    public static LogisticModel fit(Dataset data, TrainingConfig config) {
        return fit(data, config, TrainingListener.NONE);
    }

    /**
     * @param data training data
     * @param config training configuration
     * @param listener progress and cancellation
     * @return the fitted model
     * @throws IllegalArgumentException for unusable data (a class without weight, wrong class-weight count) or a
     *         diverging learning rate ({@link TrainingDivergedException})
     * @throws TrainingCancelledException when the listener cancels
     */
    public static LogisticModel fit(Dataset data, TrainingConfig config, TrainingListener listener) {
        try (TrainingRun run = TrainingRun.start(data, config, listener)) {
            while (run.step()) {
                // the run records, reports and decides
            }
            return run.model();
        }
    }

    /**
     * The class weights training uses: ones, balanced ({@code total / (k * classTotal)}) or the custom ones.
     *
     * @param data training data
     * @param config configuration
     * @return one weight per class
     * @throws IllegalArgumentException when a class ends up with total weight 0 or the custom weights do not match
     */
    public static double[] effectiveClassWeights(Dataset data, TrainingConfig config) {
        return effectiveClassWeights(data, config, "");
    }

    static double[] effectiveClassWeights(Dataset data, TrainingConfig config, String where) {
        return effectiveClassWeights(data.classWeightTotals(), data::className, config, where);
    }

    /**
     * The class weights training uses, from the summed instance weight per class (for data the core does not hold,
     * see {@link DistributedTraining}).
     *
     * @param totals summed instance weight per class
     * @param className the name of a class index, for messages
     * @param config configuration
     * @return one weight per class
     * @throws IllegalArgumentException when a class ends up with total weight 0 or the custom weights do not match
     */
    public static double[] effectiveClassWeights(double[] totals, IntFunction<String> className,
            TrainingConfig config) {
        return effectiveClassWeights(totals, className, config, "");
    }

    private static double[] effectiveClassWeights(double[] totals, IntFunction<String> className,
            TrainingConfig config, String where) {
        int k = totals.length;
        double[] weights = new double[k];
        switch (config.classWeighting()) {
            case CUSTOM: {
                double[] given = config.classWeights();
                if (given.length != k) {
                    throw new IllegalArgumentException("Expected " + k + " class weights (one per class), but got "
                            + given.length);
                }
                weights = given;
                break;
            }
            case BALANCED: {
                double sum = 0;
                for (double total : totals) {
                    sum += total;
                }
                for (int c = 0; c < k; c++) {
                    weights[c] = totals[c] > 0 ? sum / (k * totals[c]) : 0;
                }
                break;
            }
            default:
                java.util.Arrays.fill(weights, 1.0);
        }
        for (int c = 0; c < k; c++) {
            if (!(totals[c] * weights[c] > 0)) {
                String why = totals[c] > 0 ? "its class weight is " + weights[c]
                        : "it has no row with positive instance weight";
                throw new IllegalArgumentException("Class " + className.apply(c) + " (of " + k + ") has total "
                        + "weight 0" + where + ": " + why + ". Every class needs at least one row with positive "
                        + "weight and a positive class weight.");
            }
        }
        return weights;
    }

    /**
     * The least work a pass must hold per worker thread when the number of threads is automatic (rows times
     * coefficients per row, about the multiply-adds of a loss and gradient pass): below it the hand-offs between
     * threads cost more than the second thread saves (binary fits on 10^4 to 10^5 rows of 20 features, 0.2 to 2
     * million, took 1.2-1.6x longer on two threads than on one; 4 to 6 million 1.15-1.7x less; docs/performance.md).
     */
    static final long WORK_PER_THREAD = 1L << 21;

    /**
     * Threads actually used: the configured number, or for 0 all processors as far as each gets
     * {@link #WORK_PER_THREAD}; either way no more than there are pairs of row blocks to share, so that small data
     * are not slowed down by thread hand-offs. The result never depends on it.
     *
     * @param configured the configured number of threads, 0 for automatic
     * @param rows rows of the data
     * @param coefficientsPerRow coefficients a row is multiplied with: (features + 1) times the weight vectors
     * @return the number of threads to use, at least 1
     */
    static int workerThreads(int configured, int rows, int coefficientsPerRow) {
        long wanted = configured;
        if (configured == 0) {
            long forWork = (long) rows * Math.max(1, coefficientsPerRow) / WORK_PER_THREAD;
            wanted = Math.min(Runtime.getRuntime().availableProcessors(), forWork);
        }
        int blocks = (rows + RowBlocks.BLOCK_ROWS - 1) / RowBlocks.BLOCK_ROWS;
        return (int) Math.max(1, Math.min(wanted, blocks / 2));
    }

    static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "gd-logistic-worker");
            thread.setDaemon(true);
            return thread;
        };
    }
}
