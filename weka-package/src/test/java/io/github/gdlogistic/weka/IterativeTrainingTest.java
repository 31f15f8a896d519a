package io.github.gdlogistic.weka;

import io.github.gdlogistic.core.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.classifiers.meta.IterativeClassifierOptimizer;
import weka.core.Instances;
import weka.core.SerializationHelper;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weka's iterative training: stepping, reading the model after any step, resuming, Weka's own optimizer. */
class IterativeTrainingTest {

    private static void assertSamePredictions(GradientDescentLogistic expected, GradientDescentLogistic actual,
            Instances data) throws Exception {
        for (int i = 0; i < data.numInstances(); i += 7) {
            assertArrayEquals(expected.distributionForInstance(data.instance(i)),
                    actual.distributionForInstance(data.instance(i)), 0.0, "instance " + i);
        }
    }

    @Test
    void steppingByHandIsBuildClassifier() throws Exception {
        Instances data = TestData.load("diabetes");
        for (String[] options : new String[][] {{}, {"-solver", "adam", "-learning-rate", "0.01", "-max-iterations",
            "15", "-threshold-metric", "f1"}, {"-lambda", "0.01", "-alpha", "1"}}) {
            GradientDescentLogistic built = new GradientDescentLogistic();
            built.setOptions(options.clone());
            built.buildClassifier(data);
            GradientDescentLogistic stepped = new GradientDescentLogistic();
            stepped.setOptions(options.clone());
            stepped.initializeClassifier(data);
            int steps = 0;
            while (stepped.next()) {
                steps++;
            }
            stepped.done();
            assertEquals(built.fittedModel().report().iterations(), steps + 1);
            assertEquals(built.fittedModel().threshold(), stepped.fittedModel().threshold(), 0.0);
            assertSamePredictions(built, stepped, data);
            assertEquals(built.toString().replaceAll("time: \\d+ ms", ""),
                    stepped.toString().replaceAll("time: \\d+ ms", ""));
        }
    }

    @Test
    void afterEveryStepTheClassifierPredictsPrintsAndSerializes() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.initializeClassifier(data);
        double[] start = classifier.distributionForInstance(data.instance(0));
        assertArrayEquals(new double[] {0.5, 0.5}, start, 1e-12, "the run starts at zero coefficients");
        double previousLoss = classifier.fittedModel().report().finalLoss();
        for (int step = 1; step <= 3; step++) {
            assertTrue(classifier.next());
            assertEquals(step, classifier.fittedModel().report().iterations());
            assertEquals(StopReason.NOT_FINISHED, classifier.fittedModel().report().stopReason());
            assertTrue(classifier.fittedModel().report().finalLoss() < previousLoss);
            previousLoss = classifier.fittedModel().report().finalLoss();
            assertTrue(classifier.toString().contains("Not finished"), classifier.toString());
            GradientDescentLogistic copy = (GradientDescentLogistic) AbstractClassifier.makeCopy(classifier);
            assertSamePredictions(classifier, copy, data);
        }
    }

    @Test
    void nextBeforeInitializeSaysWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new GradientDescentLogistic().next());
        assertTrue(e.getMessage().contains("initializeClassifier"), e.getMessage());
    }

    @Test
    void copiesStepIndependently() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogistic original = new GradientDescentLogistic();
        original.initializeClassifier(data);
        GradientDescentLogistic a = (GradientDescentLogistic) AbstractClassifier.makeCopy(original);
        GradientDescentLogistic b = (GradientDescentLogistic) AbstractClassifier.makeCopy(original);
        a.initializeClassifier(data);
        b.initializeClassifier(data);
        double[] before = b.distributionForInstance(data.instance(3));
        for (int step = 0; step < 5; step++) {
            a.next();
        }
        assertArrayEquals(before, b.distributionForInstance(data.instance(3)), 0.0);
        assertFalse(java.util.Arrays.equals(before, a.distributionForInstance(data.instance(3))));
    }

    @Test
    void aSavedClassifierContinuesIteratingToTheSameModelAsOneUninterruptedRun(@TempDir Path directory)
            throws Exception {
        Instances data = TestData.load("breast-cancer-wisconsin-diagnostic");
        GradientDescentLogistic uninterrupted = new GradientDescentLogistic();
        uninterrupted.setOptions(new String[] {"-solver", "momentum", "-learning-rate", "0.05", "-max-iterations",
            "20"});
        uninterrupted.buildClassifier(data);
        GradientDescentLogistic first = new GradientDescentLogistic();
        first.setOptions(new String[] {"-solver", "momentum", "-learning-rate", "0.05", "-max-iterations", "5"});
        first.setResume(true);
        first.buildClassifier(data);
        assertEquals(5, first.fittedModel().report().iterations());
        Path file = directory.resolve("five-iterations.model");
        SerializationHelper.write(file.toString(), first);
        GradientDescentLogistic loaded = (GradientDescentLogistic) SerializationHelper.read(file.toString());
        // the run goes on with the settings it started with; only the iteration limit is taken from the options
        loaded.setOptions(new String[] {"-solver", "momentum", "-learning-rate", "0.01", "-max-iterations", "20"});
        loaded.setResume(true);
        loaded.initializeClassifier(data);
        while (loaded.next()) {
            // on to the end
        }
        loaded.done();
        assertEquals(20, loaded.fittedModel().report().iterations());
        assertEquals(uninterrupted.fittedModel().report().stopReason(), loaded.fittedModel().report().stopReason());
        assertSamePredictions(uninterrupted, loaded, data);
    }

    @Test
    void wekasCommandLineContinuesIteratingASavedModel(@TempDir Path directory) throws Exception {
        String train = TestData.file("diabetes").toString();
        String first = directory.resolve("five-epochs.model").toString();
        String continued = directory.resolve("ten-epochs.model").toString();
        Evaluation.evaluateModel(new GradientDescentLogistic(), new String[] {"-t", train, "-no-cv", "-d", first,
            "-solver", "sgd", "-learning-rate", "0.1", "-max-iterations", "5", "-resume"});
        // Weka asks for a test file (-T) whenever a model is loaded with training data; the continued run keeps the
        // settings it was trained with (learning rate 0.1) and takes only the new iteration limit
        String output = Evaluation.evaluateModel(new GradientDescentLogistic(), new String[] {"-l", first, "-t",
            train, "-T", train, "-continue-iterating", "-d", continued, "-solver", "sgd", "-learning-rate", "0.05",
            "-max-iterations", "10"});
        assertTrue(output.contains("within 10 iterations"), output);
        GradientDescentLogistic uninterrupted = new GradientDescentLogistic();
        uninterrupted.setOptions(new String[] {"-solver", "sgd", "-learning-rate", "0.1", "-max-iterations", "10"});
        Instances data = TestData.load("diabetes");
        uninterrupted.buildClassifier(data);
        assertSamePredictions(uninterrupted, (GradientDescentLogistic) SerializationHelper.read(continued), data);
    }

    @Test
    void wekasIterativeClassifierOptimizerChoosesTheIterationCount() throws Exception {
        Instances data = TestData.load("diabetes");
        IterativeClassifierOptimizer optimizer = new IterativeClassifierOptimizer();
        optimizer.setOptions(new String[] {"-W", GradientDescentLogistic.class.getName(), "-F", "5", "-L", "5",
            "-metric", "rmse", "-S", "1", "--", "-solver", "gd", "-learning-rate", "0.5", "-max-iterations", "200"});
        optimizer.buildClassifier(data);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Best number of iterations found: (\\d+)")
                .matcher(optimizer.toString());
        assertTrue(m.find(), optimizer.toString());
        int chosen = Integer.parseInt(m.group(1));
        assertTrue(chosen > 5 && chosen < 200, "chosen " + chosen);
        assertTrue(optimizer.toString().contains("after " + chosen + " iterations"), optimizer.toString());
        Evaluation evaluation = new Evaluation(data);
        evaluation.evaluateModel(optimizer, data);
        assertTrue(evaluation.pctCorrect() > 70, "accuracy " + evaluation.pctCorrect());
    }
}
