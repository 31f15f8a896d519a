package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.ColumnMoments;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.metrics.ThresholdTuner;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.SimdSupport;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
import io.github.gdlogistic.core.optim.FirstOrderOptimizer;
import io.github.gdlogistic.core.optim.LbfgsOptimizer;
import io.github.gdlogistic.core.optim.OptimizationResult;
import io.github.gdlogistic.core.optim.ProximalGradientOptimizer;
import io.github.gdlogistic.core.optim.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Trains a {@link LogisticModel} on a {@link Dataset}. Stateless and reentrant: everything a fit needs is local to
 * the call. Steps: class weights, feature scaling, objective (binary or softmax), solver, separability check,
 * raw-unit coefficients, and optional threshold tuning (on the training data, or on a stratified hold-out after
 * which the model is refitted on all data).
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
        long started = System.nanoTime();
        double[] classWeights = effectiveClassWeights(data, config);
        boolean tune = config.thresholdMetric() != ThresholdMetric.NONE && data.numClasses() == 2;
        if (tune && config.thresholdHoldout() > 0) {
            int[][] split = stratifiedSplit(data, config.thresholdHoldout(), config.seed(),
                    Progress.cancellationCheck(listener));
            Dataset trainPart = data.subset(split[0]);
            Dataset holdout = data.subset(split[1]);
            LogisticModel partial = fitOnce(trainPart, config,
                    effectiveClassWeights(trainPart, config, " in the part of the data left for training after "
                            + "the threshold hold-out"), listener, started, config.threshold(), null);
            ThresholdCurve curve = tuneThreshold(partial, holdout, config.thresholdMetric(), true);
            return fitOnce(data, config, classWeights, listener, started, curve.bestThreshold(), curve);
        }
        LogisticModel model = fitOnce(data, config, classWeights, listener, started, config.threshold(), null);
        if (tune) {
            ThresholdCurve curve = tuneThreshold(model, data, config.thresholdMetric(), false);
            return withThreshold(model, curve.bestThreshold(), curve);
        }
        return model;
    }

    private static LogisticModel fitOnce(Dataset data, TrainingConfig config, double[] classWeights,
            TrainingListener listener, long started, double threshold, ThresholdCurve curve) {
        double l2 = config.lambda() * (1 - config.alpha());
        int threads = workerThreads(config.threads(), data.rows());
        ExecutorService executor = threads > 1 ? Executors.newFixedThreadPool(threads, daemonThreads()) : null;
        try {
            Progress progress = new Progress(config.maxIterations(), config.lossTolerance(), config.gradientTolerance(),
                    listener);
            RowBlocks blocks = RowBlocks.parallel(data.rows(), executor, threads, progress::checkCancelled);
            FeatureScaling scaling = !config.standardize() ? FeatureScaling.identity(data.features())
                    : config.fitIntercept() ? FeatureScaling.standardizing(data, blocks,
                            config.scalarLoops() ? ColumnMoments.SCALAR : SimdSupport.columnMoments(data))
                    : FeatureScaling.scalingOnly(data);
            LogLossObjective objective = data.numClasses() == 2
                    ? new BinaryLogLoss(data, classWeights, scaling, l2, config.fitIntercept(), blocks)
                    : new SoftmaxLogLoss(data, classWeights, scaling, l2, config.fitIntercept(), blocks);
            if (config.scalarLoops()) {
                objective.useVectorLoops(false);
            }
            L1Penalty penalty = new L1Penalty(config.lambda() * config.alpha(), objective.penalizedMask());
            double[] start = new double[objective.dimension()];
            OptimizationResult result;
            String solverDescription;
            if (config.solver() == Solver.AUTO) {
                if (penalty.isActive()) {
                    result = new ProximalGradientOptimizer().minimize(objective, penalty, start, progress);
                    solverDescription = "auto (accelerated proximal gradient, FISTA)";
                } else {
                    result = new LbfgsOptimizer().minimize(objective, start, progress);
                    solverDescription = "auto (L-BFGS)";
                }
            } else {
                result = new FirstOrderOptimizer(config.solver(), config.learningRate(), config.schedule(),
                        config.decay(), config.miniBatchSize(), config.momentum(), config.beta1(), config.beta2(),
                        config.epsilon(), config.seed(), objective::curvatureEstimate)
                        .minimize(objective, penalty, start, progress);
                solverDescription = config.solver().optionName();
            }
            solverDescription += SimdSupport.reportSuffix(objective, data);
            double[] point = result.point();
            double[] raw = objective.toRawCoefficients(point);
            int outputs = objective.outputs();
            int d = data.features();
            double[][] coefficients = new double[outputs][d];
            double[] intercepts = new double[outputs];
            double[][] standardized = new double[outputs][d];
            double[] standardizedIntercepts = new double[outputs];
            for (int c = 0; c < outputs; c++) {
                System.arraycopy(raw, c * (d + 1), coefficients[c], 0, d);
                intercepts[c] = raw[c * (d + 1) + d];
                System.arraycopy(point, c * (d + 1), standardized[c], 0, d);
                standardizedIntercepts[c] = point[c * (d + 1) + d];
            }
            boolean separable = config.lambda() == 0 && objective.separates(point);
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            TrainingReport report = new TrainingReport(result.stopReason(), separable, result.iterations(),
                    result.loss(), result.stationarity(), result.history(), elapsedMillis, solverDescription);
            return new LogisticModel(data.numClasses(), coefficients, intercepts, standardized,
                    standardizedIntercepts, threshold, curve, report, config);
        } finally {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    private static LogisticModel withThreshold(LogisticModel model, double threshold, ThresholdCurve curve) {
        return new LogisticModel(model.numClasses(), model.coefficients(), model.intercepts(),
                model.standardizedCoefficients(), model.standardizedIntercepts(), threshold, curve, model.report(),
                model.config());
    }

    private static ThresholdCurve tuneThreshold(LogisticModel model, Dataset data, ThresholdMetric metric,
            boolean heldOut) {
        // the rows are copied out of their blocks a slice at a time, not all at once
        int n = data.rows();
        int d = data.features();
        int slice = Math.min(n, RowBlocks.BLOCK_ROWS);
        double[] rows = new double[slice * d];
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int from = 0; from < n; from += slice) {
            int count = Math.min(slice, n - from);
            for (int i = 0; i < count; i++) {
                BlockLayout.copyRow(data.valuesUnsafe(), d, from + i, rows, i * d);
            }
            double[] probabilities = model.probabilities(count == slice ? rows : Arrays.copyOf(rows, count * d),
                    count);
            for (int i = 0; i < count; i++) {
                scores[from + i] = probabilities[2 * i + 1];
                positive[from + i] = data.label(from + i) == 1;
            }
        }
        return ThresholdTuner.tune(scores, positive, data.weightsUnsafe(), metric, heldOut);
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

    private static double[] effectiveClassWeights(Dataset data, TrainingConfig config, String where) {
        int k = data.numClasses();
        double[] totals = data.classWeightTotals();
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
                throw new IllegalArgumentException("Class " + data.className(c) + " (of " + k + ") has total "
                        + "weight 0" + where + ": " + why + ". Every class needs at least one row with positive "
                        + "weight and a positive class weight.");
            }
        }
        return weights;
    }

    /** Rows per class shuffled from the seed; the first {@code fraction} of each class goes to the hold-out part. */
    private static int[][] stratifiedSplit(Dataset data, double fraction, long seed, Runnable checkpoint) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> holdout = new ArrayList<>();
        for (int c = 0; c < data.numClasses(); c++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < data.rows(); i++) {
                if (i % RowBlocks.BLOCK_ROWS == 0) {
                    checkpoint.run();
                }
                if (data.label(i) == c) {
                    rows.add(i);
                }
            }
            for (int i = rows.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer swap = rows.get(i);
                rows.set(i, rows.get(j));
                rows.set(j, swap);
            }
            int held = (int) Math.round(rows.size() * fraction);
            held = Math.min(Math.max(held, 1), rows.size() - 1);
            if (rows.size() < 2) {
                throw new IllegalArgumentException("Class " + data.className(c) + " has " + rows.size()
                        + " row(s); a threshold hold-out needs at least 2 rows per class (or set the hold-out to 0)");
            }
            holdout.addAll(rows.subList(0, held));
            train.addAll(rows.subList(held, rows.size()));
        }
        java.util.Collections.sort(train);
        java.util.Collections.sort(holdout);
        return new int[][] {toArray(train), toArray(holdout)};
    }

    private static int[] toArray(List<Integer> list) {
        int[] array = new int[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return array;
    }

    /**
     * Threads actually used: the configured number (all processors for 0), but no more than there are row blocks to
     * share, so that small data are not slowed down by thread hand-offs. The result never depends on it.
     */
    static int workerThreads(int configured, int rows) {
        int wanted = configured == 0 ? Runtime.getRuntime().availableProcessors() : configured;
        int blocks = (rows + RowBlocks.BLOCK_ROWS - 1) / RowBlocks.BLOCK_ROWS;
        return Math.max(1, Math.min(wanted, blocks / 2));
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "gd-logistic-worker");
            thread.setDaemon(true);
            return thread;
        };
    }
}
