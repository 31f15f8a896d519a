package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.metrics.ThresholdTuner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The optional tuning of a binary model's decision threshold, around a training run: on the training data once the
 * run is done, or on a stratified hold-out fraction before it (a model is trained on the rest, its threshold tuned on
 * the hold-out; the run then trains on all rows with that threshold). The whole curve is kept in the model.
 */
final class ThresholdTuning {

    private ThresholdTuning() {
    }

    /**
     * @param data training data
     * @param config configuration
     * @return whether the configuration tunes the threshold for these data (binary, a metric chosen)
     */
    static boolean applies(Dataset data, TrainingConfig config) {
        return config.thresholdMetric() != ThresholdMetric.NONE && data.numClasses() == 2;
    }

    /**
     * Tunes on a hold-out before the main run, when the configuration asks for one.
     *
     * @param data training data
     * @param config configuration
     * @param listener progress and cancellation
     * @return the hold-out curve, or {@code null} when there is no hold-out tuning
     */
    static ThresholdCurve beforeTraining(Dataset data, TrainingConfig config, TrainingListener listener) {
        if (!applies(data, config) || config.thresholdHoldout() <= 0) {
            return null;
        }
        int[][] split = stratifiedSplit(data, config.thresholdHoldout(), config.seed(), cancellationCheck(listener));
        Dataset trainPart = data.subset(split[0]);
        Dataset holdout = data.subset(split[1]);
        double[] classWeights = LogisticRegressionTrainer.effectiveClassWeights(trainPart, config,
                " in the part of the data left for training after the threshold hold-out");
        LogisticModel partial;
        try (TrainingRun run = TrainingRun.untuned(trainPart, config, classWeights, config.threshold(), listener)) {
            while (run.step()) {
                // the hold-out model is trained to the end like any other
            }
            partial = run.model();
        }
        return tune(partial, holdout, config.thresholdMetric(), true);
    }

    /**
     * The finished model with its tuned threshold.
     *
     * @param model the model the run ended with
     * @param data the training data
     * @param config configuration
     * @param heldOut the curve from {@link #beforeTraining}, or {@code null}
     * @return the model, with the tuned threshold and curve where tuning applies
     */
    static LogisticModel afterTraining(LogisticModel model, Dataset data, TrainingConfig config,
            ThresholdCurve heldOut) {
        if (!applies(data, config)) {
            return model;
        }
        ThresholdCurve curve = heldOut != null ? heldOut : tune(model, data, config.thresholdMetric(), false);
        return new LogisticModel(model.numClasses(), model.coefficients(), model.intercepts(),
                model.standardizedCoefficients(), model.standardizedIntercepts(), curve.bestThreshold(), curve,
                model.report(), model.config());
    }

    private static ThresholdCurve tune(LogisticModel model, Dataset data, ThresholdMetric metric,
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

    /** A cancellation check for work outside a run: the listener's request or an interrupt of this thread. */
    private static Runnable cancellationCheck(TrainingListener listener) {
        Thread trainingThread = Thread.currentThread();
        return () -> {
            if (listener.isCancelled() || trainingThread.isInterrupted()) {
                throw new TrainingCancelledException(0);
            }
        };
    }

    /**
     * All rows shuffled once from the seed; the first {@code fraction} of each class's rows in that order go to the
     * hold-out part (at least one, and at least one left for training).
     */
    private static int[][] stratifiedSplit(Dataset data, double fraction, long seed, Runnable checkpoint) {
        int n = data.rows();
        int k = data.numClasses();
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[data.label(i)]++;
        }
        int[] held = new int[k];
        for (int c = 0; c < k; c++) {
            if (counts[c] < 2) {
                throw new IllegalArgumentException("Class " + data.className(c) + " has " + counts[c]
                        + " row(s); a threshold hold-out needs at least 2 rows per class (or set the hold-out to 0)");
            }
            held[c] = Math.min(Math.max((int) Math.round(counts[c] * fraction), 1), counts[c] - 1);
        }
        // one shuffle of all rows, then each class's first rows in that order: which rows are held out does not
        // depend on how the classes are numbered (the positive class, for instance)
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            if (i % RowBlocks.BLOCK_ROWS == 0) {
                checkpoint.run();
            }
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        boolean[] heldOut = new boolean[n];
        int[] taken = new int[k];
        for (int row : order) {
            int c = data.label(row);
            if (taken[c] < held[c]) {
                taken[c]++;
                heldOut[row] = true;
            }
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> holdout = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (heldOut[i] ? holdout : train).add(i);
        }
        return new int[][] {toArray(train), toArray(holdout)};
    }

    private static int[] toArray(List<Integer> list) {
        int[] array = new int[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return array;
    }

}
