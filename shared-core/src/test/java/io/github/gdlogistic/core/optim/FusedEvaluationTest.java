package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.Serialized;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.MiniBatchFunction;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mini-batch {@link FixedRateOptimizer} evaluates the point an epoch ended at while the next epoch's batches read
 * the rows. What it reports must be what it reported when each epoch was followed by a full evaluation of its own:
 * the same points bit for bit, the same losses and stationarities up to the order of the sums, step for step; the
 * reference is the same optimizer on an objective that evaluates all rows at once only, where it still runs that
 * way. Saved mid-run, with or without the epoch ahead, it resumes to the same continuation.
 */
class FusedEvaluationTest {

    private static final int STEPS = 6;

    /** An objective that passes everything to another and counts its full evaluations. */
    private static class Wrapped extends ForwardingFunction {
        final boolean inParts;
        int fullEvaluations;

        /**
         * @param inParts whether to offer the delegate's evaluation in parts, else the objective evaluates all rows
         *        at once only
         */
        Wrapped(MiniBatchFunction delegate, boolean inParts) {
            super(delegate);
            this.inParts = inParts;
        }

        @Override
        public double valueAndGradient(double[] point, double[] gradient) {
            fullEvaluations++;
            return delegate.valueAndGradient(point, gradient);
        }

        @Override
        public void batchGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
            delegate.batchGradient(point, gradient, rowOrder, from, to);
        }

        @Override
        public Evaluation evaluationAt(double[] point) {
            return inParts ? delegate.evaluationAt(point) : null;
        }

        @Override
        public MiniBatchFunction reordered(int[] rowOrder) {
            return new Wrapped(delegate.reordered(rowOrder), inParts);
        }
    }

    private static LogLossObjective objective(int rows, int features, int classes, boolean vector) {
        return objective(rows, features, classes, vector, RowBlocks.sequential(rows));
    }

    private static LogLossObjective objective(int rows, int features, int classes, boolean vector,
            RowBlocks blocks) {
        Random random = new Random(rows + 31L * classes);
        double[] values = new double[rows * features];
        int[] labels = new int[rows];
        double[] weights = new double[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextInt(classes);
            weights[i] = i % 13 == 4 ? 0.0 : 0.5 + random.nextDouble();
            for (int j = 0; j < features; j++) {
                values[i * features + j] = random.nextGaussian() + 0.4 * labels[i] * (j % 3 - 1) + j;
            }
        }
        Dataset data = Dataset.fromRowMajor(values, rows, features, labels, weights, classes);
        double[] classWeights = new double[classes];
        for (int c = 0; c < classes; c++) {
            classWeights[c] = 1.0 + 0.5 * c;
        }
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        LogLossObjective objective = classes == 2
                ? new BinaryLogLoss(data, classWeights, scaling, 1e-3, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, 1e-3, true, blocks);
        assertTrue(objective.useVectorLoops(vector) == vector, "the vector loops load in the test JVM");
        return objective;
    }

    private static UpdateRule rule(String name) {
        switch (name) {
            case "adam":
                return new UpdateRule.Adam(0.9, 0.999, 1e-8);
            case "nesterov":
                // its points are look-ahead points: small coordinates the L1 step does not hold at 0, where the
                // stationarity depends on the rate
                return new UpdateRule.Nesterov(0.9);
            default:
                return new UpdateRule.Plain();
        }
    }

    private static FixedRateOptimizer started(String rule, int batch, MiniBatchFunction function, L1Penalty penalty) {
        FixedRateOptimizer optimizer = new FixedRateOptimizer(rule(rule), RateSchedule.inverseScaling(0.05, 0.3), batch,
                17);
        optimizer.start(function, penalty, new double[function.dimension()]);
        return optimizer;
    }

    private static void assertSameIterate(Optimizer expected, Optimizer actual, String what) {
        assertSameIterate(expected, actual, what, 0.0);
    }

    /**
     * @param pointTolerance 0: the points bit for bit, the losses and stationarities to 1e-12 relative; else how
     *        far apart all may be, the points relative to the largest coordinate
     */
    private static void assertSameIterate(Optimizer expected, Optimizer actual, String what, double pointTolerance) {
        if (pointTolerance == 0) {
            assertArrayEquals(expected.point(), actual.point(), what + ": point");
        } else {
            double[] point = expected.point();
            double largest = Arrays.stream(point).map(Math::abs).max().orElse(0);
            assertArrayEquals(point, actual.point(), pointTolerance * largest, what + ": point");
        }
        double tolerance = Math.max(1e-12, pointTolerance);
        assertEquals(expected.loss(), actual.loss(), tolerance * Math.abs(expected.loss()), what + ": loss");
        assertEquals(expected.stationarity(), actual.stationarity(), tolerance * Math.abs(expected.stationarity()),
                what + ": stationarity");
    }

    @ParameterizedTest(name = "{0}, {1} rows, {2} classes, batches of {3}, vector loops {4}")
    @CsvSource({"sgd, 16387, 2, 20, true", "adam, 16387, 2, 20, false", "adam, 3001, 3, 7, true",
        "sgd, 3001, 3, 64, false", "adam, 16387, 4, 256, true",
        "nesterov, 3001, 3, 20, false"})
    void everyStepReportsThePointAndLossOfAnEpochFollowedByAFullEvaluation(String rule, int rows, int classes,
            int batch, boolean vector) {
        LogLossObjective objective = objective(rows, 6, classes, vector);
        L1Penalty penalty = new L1Penalty(rule.equals("nesterov") ? 0.1 : 2e-3, objective.penalizedMask());
        Wrapped fused = new Wrapped(objective, true);
        Wrapped allAtOnce = new Wrapped(objective, false);
        FixedRateOptimizer lagged = started(rule, batch, fused, penalty);
        FixedRateOptimizer reference = started(rule, batch, allAtOnce, penalty);
        assertSameIterate(reference, lagged, "start");
        // the vector loops' exp and log may round differently before and after the JIT compiles them, so that two
        // runs of the same batches differ in the last bits when it does so between them: bit for bit on the scalar
        // loops, close on the vector ones
        double pointTolerance = vector ? 1e-9 : 0.0;
        for (int step = 1; step <= STEPS; step++) {
            lagged.step();
            reference.step();
            assertSameIterate(reference, lagged, "step " + step, pointTolerance);
        }
        assertEquals(1, fused.fullEvaluations, "the start's only: the epochs evaluate while the batches read");
        assertEquals(1 + STEPS, allAtOnce.fullEvaluations);
    }

    @ParameterizedTest(name = "{0}, saved after {1} steps, {2} classes")
    @CsvSource({"sgd, 3, 2", "adam, 3, 2", "adam, 1, 3", "adam, 0, 2"})
    void aRunSavedMidwayResumesToTheSameContinuation(String rule, int saved, int classes) throws Exception {
        LogLossObjective objective = objective(16387, 6, classes, false);
        L1Penalty penalty = new L1Penalty(2e-3, objective.penalizedMask());
        FixedRateOptimizer uninterrupted = started(rule, 20, objective, penalty);
        FixedRateOptimizer first = started(rule, 20, objective, penalty);
        for (int step = 1; step <= saved; step++) {
            uninterrupted.step();
            first.step();
        }
        FixedRateOptimizer restored = Serialized.copy(first);
        restored.resume(objective, penalty);
        assertArrayEquals(uninterrupted.point(), restored.point(), "restored point");
        assertEquals(uninterrupted.loss(), restored.loss(), 0.0, "restored loss");
        for (int step = saved + 1; step <= STEPS; step++) {
            uninterrupted.step();
            restored.step();
            assertArrayEquals(uninterrupted.point(), restored.point(), "step " + step + ": point");
            assertEquals(uninterrupted.loss(), restored.loss(), 0.0, "step " + step + ": loss");
            assertEquals(uninterrupted.stationarity(), restored.stationarity(), 0.0, "step " + step);
        }
    }

    /**
     * A run saved where the batches stand at the reported point, as every mini-batch run was saved before the
     * evaluation was fused with the next epoch (here: saved by an optimizer on an objective that evaluates all at
     * once, which keeps that form), resumes on an objective that evaluates in parts to the same continuation.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"sgd", "adam", "nesterov"})
    void aRunSavedWithoutTheEpochAheadResumesToTheSameContinuation(String rule) throws Exception {
        LogLossObjective objective = objective(16387, 6, 2, false);
        L1Penalty penalty = new L1Penalty(rule.equals("nesterov") ? 0.1 : 2e-3, objective.penalizedMask());
        FixedRateOptimizer uninterrupted = started(rule, 20, objective, penalty);
        FixedRateOptimizer saved = started(rule, 20, new Wrapped(objective, false), penalty);
        for (int step = 1; step <= 3; step++) {
            uninterrupted.step();
            saved.step();
        }
        FixedRateOptimizer restored = Serialized.copy(saved);
        restored.resume(objective, penalty);
        for (int step = 4; step <= STEPS; step++) {
            uninterrupted.step();
            restored.step();
            assertSameIterate(uninterrupted, restored, "step " + step);
        }
        // and back: saved with the epoch ahead, resumed where the objective evaluates all at once only
        FixedRateOptimizer back = Serialized.copy(uninterrupted);
        back.resume(new Wrapped(objective, false), penalty);
        FixedRateOptimizer reference = Serialized.copy(uninterrupted);
        reference.resume(objective, penalty);
        for (int step = STEPS + 1; step <= STEPS + 2; step++) {
            reference.step();
            assertEquals(StepOutcome.MOVED, back.step());
            assertSameIterate(reference, back, "step " + step + " after resuming all at once");
        }
    }

    /** Records on which threads an evaluation's rows were added. */
    private static final class Watched implements MiniBatchFunction.Evaluation {
        final MiniBatchFunction.Evaluation delegate;
        final java.util.Set<Thread> addingThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        Watched(MiniBatchFunction.Evaluation delegate) {
            this.delegate = delegate;
        }

        @Override
        public void addRows(int from, int to) {
            addingThreads.add(Thread.currentThread());
            delegate.addRows(from, to);
        }

        @Override
        public boolean addInBackground(Runnable adding) {
            return delegate.addInBackground(adding);
        }

        @Override
        public double finish(double[] gradient) {
            return delegate.finish(gradient);
        }
    }

    /**
     * With worker threads the evaluation is added up on one of them while the batches run on the calling thread, in
     * the same order: every step reports what the run on one thread reports, bit for bit.
     */
    @ParameterizedTest(name = "{0}, {1} classes, batches of {2}")
    @CsvSource({"sgd, 2, 20", "adam, 3, 64", "nesterov, 4, 7"})
    void onWorkerThreadsTheEvaluationGivesTheSameSumsAsOnOne(String rule, int classes, int batch) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            int rows = 16387;
            LogLossObjective one = objective(rows, 6, classes, false);
            LogLossObjective two = objective(rows, 6, classes, false, RowBlocks.parallel(rows, pool, 2));
            java.util.List<Watched> evaluations = new java.util.ArrayList<>();
            MiniBatchFunction watched = new Wrapped(two, true) {
                @Override
                public MiniBatchFunction reordered(int[] rowOrder) {
                    MiniBatchFunction copy = two.reordered(rowOrder);
                    return new Wrapped(copy, true) {
                        @Override
                        public Evaluation evaluationAt(double[] point) {
                            Watched evaluation = new Watched(copy.evaluationAt(point));
                            evaluations.add(evaluation);
                            return evaluation;
                        }
                    };
                }
            };
            L1Penalty penalty = new L1Penalty(rule.equals("nesterov") ? 0.1 : 2e-3, one.penalizedMask());
            FixedRateOptimizer onOne = started(rule, batch, one, penalty);
            FixedRateOptimizer onTwo = started(rule, batch, watched, penalty);
            for (int step = 1; step <= STEPS; step++) {
                onOne.step();
                onTwo.step();
                assertArrayEquals(onOne.point(), onTwo.point(), "step " + step + ": point");
                assertEquals(onOne.loss(), onTwo.loss(), 0.0, "step " + step + ": loss");
                assertEquals(onOne.stationarity(), onTwo.stationarity(), 0.0, "step " + step + ": stationarity");
            }
            // (the optimizer also asks once, when it attaches, whether the objective evaluates in parts)
            evaluations.removeIf(evaluation -> evaluation.addingThreads.isEmpty());
            assertEquals(STEPS, evaluations.size(), "one evaluation per step");
            for (Watched evaluation : evaluations) {
                assertEquals(1, evaluation.addingThreads.size(), "one thread adds an evaluation's rows");
                assertTrue(!evaluation.addingThreads.contains(Thread.currentThread()),
                        "a worker thread adds them, not the batches' thread");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
