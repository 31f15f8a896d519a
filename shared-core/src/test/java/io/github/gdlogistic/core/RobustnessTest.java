package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.RowBlocks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Divergence, separability, cancellation, progress and determinism. */
class RobustnessTest {

    private static final Dataset BREAST_CANCER = Arff.numeric("breast-cancer-wisconsin-diagnostic.arff");

    @Test
    void explodingLearningRateIsReportedWithinAFewIterations() {
        TrainingConfig config = TrainingConfig.builder().solver(Solver.GD).learningRate(500).lambda(0.01).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> LogisticRegressionTrainer.fit(BREAST_CANCER, config));
        assertTrue(e.iteration() >= 1 && e.iteration() <= 5, "detected at iteration " + e.iteration());
        assertTrue(e.getMessage().contains("learning rate 500"), e.getMessage());
        assertTrue(e.getMessage().contains("'auto' solver"), e.getMessage());
        assertTrue(e.getMessage().contains("is stable"), e.getMessage());
        assertEquals(500, e.learningRate());
    }

    @Test
    void suggestedLearningRateActuallyWorks() {
        TrainingConfig config = TrainingConfig.builder().solver(Solver.GD).learningRate(500).lambda(0.01).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> LogisticRegressionTrainer.fit(BREAST_CANCER, config));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rate of about ([0-9.e+-]+)").matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        double suggested = Double.parseDouble(m.group(1));
        LogisticModel model = LogisticRegressionTrainer.fit(BREAST_CANCER, config.toBuilder()
                .learningRate(suggested).maxIterations(200).build());
        assertTrue(Double.isFinite(model.report().finalLoss()));
        assertTrue(model.report().finalLoss() < Math.log(2));
    }

    @Test
    void momentumAndAdamDivergenceAreDetectedToo() {
        for (Solver solver : new Solver[] {Solver.MOMENTUM, Solver.NESTEROV, Solver.SGD, Solver.ADAM}) {
            TrainingConfig config = TrainingConfig.builder().solver(solver).learningRate(1e4).standardize(false)
                    .maxIterations(50).build();
            TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                    () -> LogisticRegressionTrainer.fit(BREAST_CANCER, config), solver.toString());
            assertTrue(e.getMessage().contains(solver.optionName()), e.getMessage());
        }
    }

    @Test
    void autoSolverNeedsNoTuningEvenOnUnscaledData() {
        LogisticModel model = LogisticRegressionTrainer.fit(Arff.numeric("diabetes.arff"), TrainingConfig.builder()
                .lambda(0).standardize(false).maxIterations(20000).build());
        assertTrue(model.report().converged(), model.report().message());
        assertEquals(0.470993084508, model.report().finalLoss(), 1e-7);
    }

    @Test
    void separableDataEndWithFiniteWeightsAndAClearOutcome() {
        for (Solver solver : new Solver[] {Solver.AUTO, Solver.GD}) {
            LogisticModel model = LogisticRegressionTrainer.fit(BREAST_CANCER, TrainingConfig.builder()
                    .solver(solver).lambda(0).learningRate(1).maxIterations(2000).build());
            TrainingReport report = model.report();
            assertFalse(report.converged(), solver + ": " + report.message());
            if (solver == Solver.AUTO) {
                // L-BFGS finds a separating direction; plain GD is still on its way there after 2000 steps.
                assertTrue(report.possiblySeparable(), report.message());
                assertTrue(report.message().contains("separable"), report.message());
            } else {
                assertEquals(StopReason.MAX_ITERATIONS, report.stopReason());
            }
            for (double w : model.coefficients()[0]) {
                assertTrue(Double.isFinite(w));
            }
            for (LossPoint point : report.lossHistory()) {
                assertTrue(Double.isFinite(point.loss()));
            }
        }
        // A little regularization gives a proper optimum.
        LogisticModel regularized = LogisticRegressionTrainer.fit(BREAST_CANCER,
                TrainingConfig.builder().lambda(1e-3).build());
        assertTrue(regularized.report().converged(), regularized.report().message());
        assertFalse(regularized.report().possiblySeparable());
    }

    @Test
    void hittingTheIterationLimitIsAnOutcomeNotAnError() {
        LogisticModel model = LogisticRegressionTrainer.fit(Arff.numeric("wine.arff"), TrainingConfig.builder()
                .solver(Solver.GD).learningRate(0.01).maxIterations(7).lambda(0.1).build());
        assertFalse(model.report().converged());
        assertEquals(StopReason.MAX_ITERATIONS, model.report().stopReason());
        assertEquals(7, model.report().iterations());
        assertEquals(8, model.report().lossHistory().size());
        assertTrue(model.report().message().startsWith("Did not converge within 7 iterations"));
    }

    @Test
    void listenerSeesEveryIterationAndCanCancel() {
        List<Double> losses = new ArrayList<>();
        TrainingListener recorder = (iteration, max, loss) -> losses.add(loss);
        LogisticModel model = LogisticRegressionTrainer.fit(BREAST_CANCER, TrainingConfig.builder().lambda(0.01)
                .build(), recorder);
        assertEquals(model.report().iterations(), losses.size());
        assertEquals(model.report().finalLoss(), losses.get(losses.size() - 1), 0.0);
        TrainingListener cancelAfterThree = new TrainingListener() {
            int calls;

            @Override
            public void onIteration(int iteration, int maxIterations, double loss) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls >= 3;
            }
        };
        TrainingCancelledException e = assertThrows(TrainingCancelledException.class,
                () -> LogisticRegressionTrainer.fit(BREAST_CANCER, TrainingConfig.builder().solver(Solver.SGD)
                        .maxIterations(1000).build(), cancelAfterThree));
        assertTrue(e.getMessage().contains("iteration 3"), e.getMessage());
    }

    @Test
    void sameSeedSameModelBitForBitOnAnyThreadCount() {
        Dataset large = Generated.binary(9000, 12, 42);
        for (Solver solver : new Solver[] {Solver.AUTO, Solver.SGD, Solver.ADAM}) {
            TrainingConfig one = TrainingConfig.builder().solver(solver).lambda(1e-3).maxIterations(20).seed(7)
                    .learningRate(0.01).threads(1).build();
            LogisticModel a = LogisticRegressionTrainer.fit(large, one);
            LogisticModel b = LogisticRegressionTrainer.fit(large, one);
            LogisticModel c = LogisticRegressionTrainer.fit(large, one.toBuilder().threads(2).build());
            LogisticModel d = LogisticRegressionTrainer.fit(large, one.toBuilder().threads(3).build());
            assertArrayEquals(a.coefficients()[0], b.coefficients()[0], 0.0, solver.toString());
            assertArrayEquals(a.coefficients()[0], c.coefficients()[0], 0.0, solver.toString());
            assertArrayEquals(a.coefficients()[0], d.coefficients()[0], 0.0, solver.toString());
            assertEquals(a.intercepts()[0], d.intercepts()[0], 0.0);
        }
        Dataset multi = Generated.multiclass(6 * RowBlocks.BLOCK_ROWS, 6, 4, 3); // enough blocks for 2 threads
        TrainingConfig config = TrainingConfig.builder().lambda(1e-3).threads(1).build();
        LogisticModel single = LogisticRegressionTrainer.fit(multi, config);
        LogisticModel parallel = LogisticRegressionTrainer.fit(multi, config.toBuilder().threads(2).build());
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(single.coefficients()[c], parallel.coefficients()[c], 0.0);
        }
        LogisticModel otherSeed = LogisticRegressionTrainer.fit(large, TrainingConfig.builder().solver(Solver.SGD)
                .maxIterations(3).seed(8).build());
        LogisticModel seed7 = LogisticRegressionTrainer.fit(large, TrainingConfig.builder().solver(Solver.SGD)
                .maxIterations(3).seed(7).build());
        assertFalse(java.util.Arrays.equals(otherSeed.coefficients()[0], seed7.coefficients()[0]),
                "the seed must matter for SGD");
    }

    @Test
    void constantColumnsDoNotBreakTraining() {
        Dataset ionosphere = Arff.numeric("ionosphere.arff"); // V2 is constant
        LogisticModel model = LogisticRegressionTrainer.fit(ionosphere, TrainingConfig.builder().lambda(0.01).build());
        assertTrue(model.report().converged(), model.report().message());
        assertEquals(0.0, model.coefficients()[0][1], 0.0);
        assertEquals(0.0, model.standardizedCoefficients()[0][1], 0.0);
    }

    @Test
    void aLossThatStallsWithALargeGradientIsNotConvergence() {
        LogisticModel model = LogisticRegressionTrainer.fit(BREAST_CANCER, TrainingConfig.builder().solver(Solver.GD)
                .learningRate(1e-12).build());
        TrainingReport report = model.report();
        assertEquals(StopReason.STALLED, report.stopReason(), report.message());
        assertFalse(report.converged(), report.message());
        assertTrue(report.finalGradientNorm() > 0.1, report.message());
        assertTrue(report.message().startsWith("Did not converge"), report.message());
        assertTrue(report.message().contains("learning rate"), report.message());
    }

    @Test
    void aNonFiniteLossIsReportedAsDivergence() {
        // a step of 1e308 makes the scores overflow with both signs: the loss becomes NaN (inf - inf) at iteration 1
        TrainingConfig config = TrainingConfig.builder().solver(Solver.GD).learningRate(1e308).lambda(0)
                .maxIterations(50).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> LogisticRegressionTrainer.fit(BREAST_CANCER, config));
        assertEquals(1, e.iteration(), e.getMessage());
        assertTrue(e.getMessage().matches(".*-> (NaN|Infinity) by iteration 1 .*"), e.getMessage());
    }
}
