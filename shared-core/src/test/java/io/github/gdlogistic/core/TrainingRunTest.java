package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training that is stepped, read at any point, serialized and resumed gives exactly what one fit gives. */
class TrainingRunTest {

    private static final Dataset WINE = Arff.numeric("wine.arff");
    private static final Dataset CANCER = Arff.numeric("breast-cancer-wisconsin-diagnostic.arff");

    /** One configuration per optimizer and update rule, with an L1 part where it changes the method. */
    private static final TrainingConfig[] CONFIGS = {
        TrainingConfig.builder().lambda(1e-3).build(),
        TrainingConfig.builder().lambda(0.02).alpha(0.5).build(),
        TrainingConfig.builder().solver(Solver.GD).learningRate(0.5).maxIterations(40).build(),
        TrainingConfig.builder().solver(Solver.SGD).learningRate(0.1).maxIterations(12).miniBatchSize(16).build(),
        TrainingConfig.builder().solver(Solver.MOMENTUM).learningRate(0.05).maxIterations(12).miniBatchSize(16)
                .lambda(0.01).alpha(1).build(),
        TrainingConfig.builder().solver(Solver.NESTEROV).learningRate(0.05).maxIterations(12).miniBatchSize(16).build(),
        TrainingConfig.builder().solver(Solver.ADAM).learningRate(0.01).maxIterations(12).miniBatchSize(16)
                .schedule(LearningRateSchedule.EXPONENTIAL).decay(0.1).build(),
    };

    private static void assertSameModel(LogisticModel expected, LogisticModel actual, String what) {
        assertEquals(expected.numClasses(), actual.numClasses(), what);
        for (int c = 0; c < expected.coefficients().length; c++) {
            assertArrayEquals(expected.coefficients()[c], actual.coefficients()[c], 0.0, what + ", vector " + c);
        }
        assertArrayEquals(expected.intercepts(), actual.intercepts(), 0.0, what);
        assertEquals(expected.report().iterations(), actual.report().iterations(), what);
        assertEquals(expected.report().stopReason(), actual.report().stopReason(), what);
        assertEquals(expected.report().finalLoss(), actual.report().finalLoss(), 0.0, what);
        assertEquals(expected.report().lossHistory().size(), actual.report().lossHistory().size(), what);
    }

    @Test
    void steppingUntilDoneIsFit() {
        for (Dataset data : new Dataset[] {WINE, CANCER}) {
            for (TrainingConfig config : CONFIGS) {
                LogisticModel fitted = LogisticRegressionTrainer.fit(data, config);
                int steps = 0;
                try (TrainingRun run = TrainingRun.start(data, config, TrainingListener.NONE)) {
                    while (run.step()) {
                        steps++;
                    }
                    assertTrue(run.isDone());
                    assertFalse(run.step(), "a finished run takes no more steps");
                    assertSameModel(fitted, run.model(), config.solver() + " " + data.numClasses());
                    assertEquals(steps + 1, run.iterations());
                }
            }
        }
    }

    @Test
    void theModelAfterAnyStepPredictsAndSerializes() throws Exception {
        try (TrainingRun run = TrainingRun.start(WINE, TrainingConfig.builder().lambda(1e-3).build(),
                TrainingListener.NONE)) {
            double previousLoss = run.loss();
            for (int step = 1; step <= 3; step++) {
                assertTrue(run.step());
                LogisticModel model = run.model();
                assertEquals(step, model.report().iterations());
                assertEquals(StopReason.NOT_FINISHED, model.report().stopReason());
                assertFalse(model.report().converged());
                assertTrue(model.report().message().startsWith("Not finished: stopped by the caller after " + step
                        + " iterations"), model.report().message());
                assertTrue(run.loss() < previousLoss, "L-BFGS decreases the loss at every step");
                previousLoss = run.loss();
                double[] p = Serialized.copy(model).probabilities(WINE.row(5));
                assertArrayEquals(model.probabilities(WINE.row(5)), p, 0.0);
                assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
            }
        }
    }

    @Test
    void aRunResumedFromItsSerializedFormEndsExactlyAsAnUninterruptedOne() throws Exception {
        for (TrainingConfig config : CONFIGS) {
            LogisticModel uninterrupted = LogisticRegressionTrainer.fit(CANCER, config);
            TrainingRun run = TrainingRun.start(CANCER, config, TrainingListener.NONE);
            for (int step = 0; step < 3; step++) {
                run.step();
            }
            run.close();
            TrainingRun restored = Serialized.copy(run);
            IllegalStateException notAttached = assertThrows(IllegalStateException.class, restored::step);
            assertTrue(notAttached.getMessage().contains("resume"), notAttached.getMessage());
            restored.resume(CANCER, TrainingListener.NONE);
            while (restored.step()) {
                // on to the end
            }
            assertSameModel(uninterrupted, restored.model(), config.solver().toString());
            restored.close();
        }
    }

    /**
     * Mini-batch runs saved after 3 epochs by the build before the loss after an epoch was evaluated together with
     * the next epoch's batches (commit fc66c2a), each with that build's uninterrupted model: resumed, they end on
     * that model, the same coefficients bit for bit at the same step for the same reason (the stopping rule ends
     * these runs before their limit), the loss to the order of the sums; and so does a fresh fit of this build.
     */
    @Test
    void miniBatchRunsSavedByTheEarlierBuildEndOnItsModel() throws Exception {
        for (String name : new String[] {"sgd", "adam-l1"}) {
            Object[] saved = (Object[]) readBase64("/compatibility/training-run-" + name
                    + "-saved-after-3-epochs.base64");
            TrainingRun run = (TrainingRun) saved[0];
            LogisticModel expected = (LogisticModel) saved[1];
            assertEquals(3, run.iterations(), name);
            assertTrue(expected.report().iterations() < 200 && expected.report().stopReason()
                    != StopReason.MAX_ITERATIONS, name + ": the rule ends the run early");
            run.resume(CANCER, TrainingListener.NONE);
            while (run.step()) {
                // on to the end
            }
            assertSameModelToTheSums(expected, run.model(), name + ", resumed");
            run.close();
            assertSameModelToTheSums(expected, LogisticRegressionTrainer.fit(CANCER, expected.config()),
                    name + ", fitted");
        }
    }

    /** {@link #assertSameModel}, but the final loss to 1e-12 relative (its sums may come in another order). */
    private static void assertSameModelToTheSums(LogisticModel expected, LogisticModel actual, String what) {
        for (int c = 0; c < expected.coefficients().length; c++) {
            assertArrayEquals(expected.coefficients()[c], actual.coefficients()[c], what + ", vector " + c);
        }
        assertArrayEquals(expected.intercepts(), actual.intercepts(), what);
        assertEquals(expected.report().iterations(), actual.report().iterations(), what);
        assertEquals(expected.report().stopReason(), actual.report().stopReason(), what);
        double loss = expected.report().finalLoss();
        assertEquals(loss, actual.report().finalLoss(), 1e-12 * loss, what);
        assertEquals(expected.report().lossHistory().size(), actual.report().lossHistory().size(), what);
    }

    private static Object readBase64(String resource) throws IOException, ClassNotFoundException {
        byte[] text;
        try (InputStream in = TrainingRunTest.class.getResourceAsStream(resource)) {
            text = in.readAllBytes();
        }
        byte[] bytes = Base64.getMimeDecoder().decode(new String(text, StandardCharsets.US_ASCII));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Test
    void aRunResumesOnlyOnDataOfTheSameShape() throws Exception {
        TrainingRun run = TrainingRun.start(CANCER, TrainingConfig.defaults(), TrainingListener.NONE);
        run.step();
        TrainingRun restored = Serialized.copy(run);
        run.close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> restored.resume(WINE, TrainingListener.NONE));
        assertTrue(e.getMessage().contains("started on 569 rows x 30 features with 2 classes, but is resumed on 178 x 13"
                + " with 3"), e.getMessage());
    }

    @Test
    void aDivergingStepThrowsWithAdvice() {
        try (TrainingRun run = TrainingRun.start(CANCER, TrainingConfig.builder().solver(Solver.GD)
                .learningRate(500).lambda(0.01).build(), TrainingListener.NONE)) {
            TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> {
                while (run.step()) {
                    // until it diverges
                }
            });
            assertTrue(e.getMessage().contains("is stable"), e.getMessage());
        }
    }
}
