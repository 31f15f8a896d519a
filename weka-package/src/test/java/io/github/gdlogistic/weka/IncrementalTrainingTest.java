package io.github.gdlogistic.weka;

import io.github.gdlogistic.core.StopReason;
import org.junit.jupiter.api.Test;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.classifiers.functions.GradientDescentLogisticUpdateable;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GradientDescentLogisticUpdateable in process: Weka's updateable contract, bad input, saving mid-stream. */
class IncrementalTrainingTest {

    private static GradientDescentLogisticUpdateable started(Instances header) throws Exception {
        GradientDescentLogisticUpdateable classifier = new GradientDescentLogisticUpdateable();
        classifier.buildClassifier(new Instances(header, 0));
        return classifier;
    }

    private static void assertSamePredictions(GradientDescentLogisticUpdateable expected,
            GradientDescentLogisticUpdateable actual, Instances data) throws Exception {
        for (int i = 0; i < data.numInstances(); i++) {
            assertArrayEquals(expected.distributionForInstance(data.instance(i)),
                    actual.distributionForInstance(data.instance(i)), 0.0, "instance " + i);
        }
    }

    @Test
    void buildClassifierIsTheHeaderThenEveryInstanceInOrder() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogisticUpdateable batch = new GradientDescentLogisticUpdateable();
        batch.buildClassifier(data);
        GradientDescentLogisticUpdateable stream = started(data);
        for (int i = 0; i < data.numInstances(); i++) {
            stream.updateClassifier(data.instance(i));
        }
        stream.batchFinished();
        assertSamePredictions(batch, stream, data);
        assertEquals(StopReason.ONE_PASS, batch.fittedModel().report().stopReason());
        assertTrue(batch.toString().contains("incremental, one pass over 768 instances"), batch::toString);
    }

    /** Seeded rows of a three-class softmax model on five numeric attributes of different units. */
    private static Instances generated(int rows) {
        java.util.ArrayList<weka.core.Attribute> attributes = new java.util.ArrayList<>();
        for (int j = 0; j < 5; j++) {
            attributes.add(new weka.core.Attribute("x" + j));
        }
        attributes.add(new weka.core.Attribute("class", java.util.Arrays.asList("a", "b", "c")));
        Instances data = new Instances("generated", attributes, rows);
        data.setClassIndex(5);
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < rows; i++) {
            double[] values = new double[6];
            double[] scores = new double[3];
            for (int j = 0; j < 5; j++) {
                double z = random.nextGaussian();
                values[j] = 100 + Math.pow(10, j - 2) * z;
                scores[j % 3] += (j + 1) * 0.4 * z;
            }
            double total = Math.exp(scores[0]) + Math.exp(scores[1]) + Math.exp(scores[2]);
            double u = random.nextDouble() * total;
            values[5] = u < Math.exp(scores[0]) ? 0 : u < Math.exp(scores[0]) + Math.exp(scores[1]) ? 1 : 2;
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }

    @Test
    void oneCrossValidatedPassComesCloseToTheBatchClassifierOnAMulticlassDataset() throws Exception {
        Instances data = generated(20_000);
        Evaluation stream = new Evaluation(data);
        stream.crossValidateModel(new GradientDescentLogisticUpdateable(), data, 5, new java.util.Random(1));
        Evaluation batch = new Evaluation(data);
        batch.crossValidateModel(new GradientDescentLogistic(), data, 5, new java.util.Random(1));
        // one pass over 16000 rows against the converged batch model: within half a point of accuracy, 1 % log-loss
        assertTrue(stream.pctCorrect() > batch.pctCorrect() - 0.5, stream.pctCorrect() + "% against "
                + batch.pctCorrect() + "%");
        assertTrue(stream.SFMeanSchemeEntropy() < 1.01 * batch.SFMeanSchemeEntropy(), stream.pctCorrect() + "% against "
                + batch.pctCorrect() + "%");
    }

    @Test
    void anInstanceOfAnotherHeaderIsRefusedAndNothingLearnedIsLost() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogisticUpdateable classifier = started(data);
        for (int i = 0; i < 100; i++) {
            classifier.updateClassifier(data.instance(i));
        }
        double[] before = classifier.distributionForInstance(data.instance(0));
        Instances other = TestData.load("ionosphere");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> classifier.updateClassifier(other.instance(0)));
        assertTrue(error.getMessage().contains("structure of the training data"), error.getMessage());
        assertArrayEquals(before, classifier.distributionForInstance(data.instance(0)), 0.0);
        assertTrue(classifier.toString().contains("one pass over 100 instances"), classifier::toString);
    }

    @Test
    void anInfiniteValueIsRefusedNamingTheAttribute() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogisticUpdateable classifier = started(data);
        classifier.updateClassifier(data.instance(0));
        Instance bad = (Instance) data.instance(1).copy();
        bad.setValue(2, Double.POSITIVE_INFINITY);
        bad.setDataset(data);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> classifier.updateClassifier(bad));
        assertTrue(error.getMessage().contains("'" + data.attribute(2).name() + "'")
                && error.getMessage().contains("Infinity"), error.getMessage());
        assertTrue(classifier.toString().contains("one pass over 1 instances"), classifier::toString);
    }

    @Test
    void instancesWithAMissingClassAreSkippedCountedAndReported() throws Exception {
        Instances data = TestData.load("iris");
        for (int i = 0; i < data.numInstances(); i += 10) {
            data.instance(i).setClassMissing();
        }
        GradientDescentLogisticUpdateable classifier = new GradientDescentLogisticUpdateable();
        classifier.buildClassifier(data);
        String text = classifier.toString();
        assertTrue(text.contains("one pass over 135 instances"), text);
        assertTrue(text.contains("15 instances with a missing class skipped"), text);
    }

    @Test
    void savedMidStreamAndLoadedItGoesOnAsIfUninterrupted() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogisticUpdateable straight = started(data);
        GradientDescentLogisticUpdateable first = started(data);
        for (int i = 0; i < data.numInstances(); i++) {
            straight.updateClassifier(data.instance(i));
            if (i < 301) {
                first.updateClassifier(data.instance(i));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SerializationHelper.write(bytes, first);
        GradientDescentLogisticUpdateable loaded = (GradientDescentLogisticUpdateable) SerializationHelper.read(
                new ByteArrayInputStream(bytes.toByteArray()));
        for (int i = 301; i < data.numInstances(); i++) {
            loaded.updateClassifier(data.instance(i));
        }
        assertSamePredictions(straight, loaded, data);
    }

    @Test
    void optionsAreReadStrictlyAndWrittenBack() throws Exception {
        GradientDescentLogisticUpdateable classifier = new GradientDescentLogisticUpdateable();
        classifier.setOptions(Utils.splitOptions("-lambda 0.01 -learning-rate 0.2 -block-size 16 -positive-class a"));
        assertEquals(0.01, classifier.getLambda());
        assertEquals(0.2, classifier.getLearningRate());
        assertEquals(16, classifier.getBlockSize());
        GradientDescentLogisticUpdateable copy = (GradientDescentLogisticUpdateable) AbstractClassifier.forName(
                GradientDescentLogisticUpdateable.class.getName(), classifier.getOptions());
        assertEquals(16, copy.getBlockSize());
        assertEquals("a", copy.getPositiveClass());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> classifier.setOptions(Utils.splitOptions("-block-size 0")));
        assertTrue(error.getMessage().contains("-block-size") && error.getMessage().contains("0"),
                error.getMessage());
    }

    @Test
    void pmmlOfTheStreamModelScoresLikeItInWekasConsumer() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogisticUpdateable classifier = new GradientDescentLogisticUpdateable();
        classifier.buildClassifier(data);
        weka.classifiers.pmml.consumer.PMMLClassifier consumer = (weka.classifiers.pmml.consumer.PMMLClassifier)
                weka.core.pmml.PMMLFactory.getPMMLModel(new ByteArrayInputStream(
                        classifier.toPMML(null).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (int i = 0; i < data.numInstances(); i++) {
            assertArrayEquals(classifier.distributionForInstance(data.instance(i)),
                    consumer.distributionForInstance(data.instance(i)), 1e-9, "instance " + i);
        }
    }

    @Test
    void debugOutputReportsProgressAsInstancesArrive() throws Exception {
        Instances data = generated(5_000);
        GradientDescentLogisticUpdateable classifier = new GradientDescentLogisticUpdateable();
        classifier.setOptions(new String[] {"-output-debug-info"});
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            classifier.buildClassifier(data);
        } finally {
            System.setErr(original);
        }
        String debug = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        for (int learned : new int[] {1024, 2048, 4096, 5000}) {
            assertTrue(debug.contains("GradientDescentLogisticUpdateable: " + learned + " instances learned, "
                    + "progressive log-loss "), debug);
        }
    }

    @Test
    void predictingBeforeTrainingSaysWhatToDo() {
        GradientDescentLogisticUpdateable classifier = new GradientDescentLogisticUpdateable();
        Instance empty = new DenseInstance(3);
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> classifier.distributionForInstance(empty));
        assertTrue(error.getMessage().contains("buildClassifier"), error.getMessage());
        assertEquals("No model built yet.", classifier.toString());
    }
}
