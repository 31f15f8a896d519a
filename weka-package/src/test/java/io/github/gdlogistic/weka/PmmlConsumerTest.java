package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gdlogistic.core.table.TabularModel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.classifiers.pmml.consumer.PMMLClassifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.core.pmml.PMMLFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The exported PMML scored by Weka 3.8.6's own PMML consumer ({@code PMMLFactory.getPMMLModel}) on every row of the
 * training data: its probabilities must be the core model's to 1e-9 and its predicted classes the classifier's (for
 * the default threshold). The core model's probabilities are computed from raw rows built here, independently of the
 * classifier's converter.
 */
class PmmlConsumerTest {

    private static final double TOLERANCE = 1e-9;

    private static GradientDescentLogistic train(Instances data, String options) throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions(options));
        classifier.buildClassifier(data);
        return classifier;
    }

    private static PMMLClassifier consumer(String document) throws Exception {
        return (PMMLClassifier) PMMLFactory.getPMMLModel(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    /** The core's raw row of an instance: attribute values in header order without the class, NaN for missing. */
    private static double[] rawRow(Instance instance) {
        double[] raw = new double[instance.numAttributes() - 1];
        int next = 0;
        for (int a = 0; a < instance.numAttributes(); a++) {
            if (a != instance.classIndex()) {
                raw[next++] = instance.isMissing(a) ? Double.NaN : instance.value(a);
            }
        }
        return raw;
    }

    /** What the consumer gave compared with the model, over all rows. */
    private static final class Agreement {
        double largestDifference;
        int predictions;
        int sameAsClassifier;
        int sameAsModelArgmax;
        int rowsWithMissingValues;
    }

    private static Agreement compare(GradientDescentLogistic classifier, Instances data, String document)
            throws Exception {
        PMMLClassifier pmml = consumer(document);
        TabularModel model = classifier.fittedModel();
        Agreement agreement = new Agreement();
        for (int i = 0; i < data.numInstances(); i++) {
            Instance instance = data.instance(i);
            double[] raw = rawRow(instance);
            double[] expected = model.probabilities(raw);
            double[] actual = pmml.distributionForInstance(instance);
            assertEquals(expected.length, actual.length);
            for (int c = 0; c < expected.length; c++) {
                agreement.largestDifference = Math.max(agreement.largestDifference,
                        Math.abs(expected[c] - actual[c]));
            }
            int predicted = Utils.maxIndex(actual);
            agreement.predictions++;
            if (predicted == (int) classifier.classifyInstance(instance)) {
                agreement.sameAsClassifier++;
            }
            if (predicted == model.predict(raw, 0.5)) {
                agreement.sameAsModelArgmax++;
            }
            if (instance.hasMissingValue()) {
                agreement.rowsWithMissingValues++;
            }
        }
        return agreement;
    }

    @ParameterizedTest
    @ValueSource(strings = {"diabetes", "breast-cancer-wisconsin-original", "breast-cancer-wisconsin-diagnostic",
        "house-votes-84", "ionosphere", "sonar", "iris", "wine"})
    void wekasConsumerScoresLikeTheModel(String dataset) throws Exception {
        Instances data = TestData.load(dataset);
        GradientDescentLogistic classifier = train(data, "");
        Agreement agreement = compare(classifier, data, classifier.toPMML(data));
        assertTrue(agreement.largestDifference <= TOLERANCE, dataset + ": largest probability difference "
                + agreement.largestDifference);
        assertEquals(agreement.predictions, agreement.sameAsClassifier, dataset + ": predicted classes");
        if (dataset.equals("breast-cancer-wisconsin-original") || dataset.equals("house-votes-84")) {
            assertTrue(agreement.rowsWithMissingValues > 0, "the dataset exercises missing values");
        }
    }

    @Test
    void reversedPositiveClass() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogistic classifier = train(data, "-positive-class neg");
        assertTrue(classifier.fittedModel().labels().positiveClassFirst());
        Agreement agreement = compare(classifier, data, classifier.toPMML(null));
        assertTrue(agreement.largestDifference <= TOLERANCE, "largest difference " + agreement.largestDifference);
        assertEquals(agreement.predictions, agreement.sameAsClassifier);
    }

    /**
     * A threshold other than 0.5 is not carried: the consumer's probabilities are still the model's, and its predicted
     * class is the most probable one, which differs from the classifier's decision on some rows.
     */
    @Test
    void thresholdIsNotCarried() throws Exception {
        Instances data = TestData.load("diabetes");
        GradientDescentLogistic classifier = train(data, "-threshold 0.3");
        String document = classifier.toPMML(data);
        assertTrue(document.contains("Not carried: the model's decision threshold 0.3"));
        Agreement agreement = compare(classifier, data, document);
        assertTrue(agreement.largestDifference <= TOLERANCE, "largest difference " + agreement.largestDifference);
        assertEquals(agreement.predictions, agreement.sameAsModelArgmax);
        assertTrue(agreement.sameAsClassifier < agreement.predictions,
                "the threshold 0.3 changes some decisions, which the document cannot carry");
    }

    /** A constant attribute, an attribute missing in every row, missing values and a class value never seen. */
    private static Instances awkwardData(int rows) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("age"));
        attributes.add(new Attribute("constant"));
        attributes.add(new Attribute("never measured"));
        attributes.add(new Attribute("color", List.of("red", "green", "blue")));
        attributes.add(new Attribute("outcome", List.of("no", "never seen", "yes", "maybe")));
        Instances data = new Instances("awkward", attributes, rows);
        data.setClassIndex(4);
        Random random = new Random(3);
        for (int i = 0; i < rows; i++) {
            double age = 20 + random.nextInt(50);
            int color = random.nextInt(3);
            double z = 0.05 * (age - 45) + (color == 2 ? 1.5 : 0) + random.nextGaussian();
            double label = z > 1 ? 3 : z > -0.5 ? 2 : 0;
            Instance instance = new DenseInstance(1, new double[] {i % 9 == 0 ? Double.NaN : age, 4.5, Double.NaN,
                i % 7 == 0 ? Double.NaN : color, label});
            data.add(instance);
        }
        return data;
    }

    @Test
    void constantUnusedAttributeAndAbsentClass() throws Exception {
        Instances data = awkwardData(150);
        GradientDescentLogistic classifier = train(data, "");
        assertEquals(List.of("never measured"), classifier.fittedModel().encoder().unusedAttributes());
        Agreement agreement = compare(classifier, data, classifier.toPMML(data));
        assertTrue(agreement.largestDifference <= TOLERANCE, "largest difference " + agreement.largestDifference);
        assertEquals(agreement.predictions, agreement.sameAsClassifier);
    }

    @Test
    void exportCommandWritesTheDocumentOfASavedModel(@TempDir Path folder) throws Exception {
        Instances data = TestData.load("house-votes-84");
        GradientDescentLogistic classifier = train(data, "");
        String expected = classifier.toPMML(data);

        // As Weka's command line saves it (-d): the classifier alone.
        Path commandLineModel = folder.resolve("command-line.model");
        SerializationHelper.write(commandLineModel.toString(), classifier);
        Path written = folder.resolve("model.pmml");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(errors, true, "UTF-8");
        assertEquals(0, PmmlExport.run(new String[] {commandLineModel.toString(), written.toString()}, System.out,
                err));
        String document = new String(Files.readAllBytes(written), StandardCharsets.UTF_8);
        assertEquals(expected, document);
        Agreement agreement = compare(classifier, data, document);
        assertTrue(agreement.largestDifference <= TOLERANCE, "largest difference " + agreement.largestDifference);

        // As the Explorer saves it: the classifier and the training header; the document goes to standard output.
        Path explorerModel = folder.resolve("explorer.model");
        SerializationHelper.writeAll(explorerModel.toString(), new Object[] {classifier, new Instances(data, 0)});
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        assertEquals(0, PmmlExport.run(new String[] {explorerModel.toString()},
                new PrintStream(output, true, "UTF-8"), err));
        assertEquals(expected, output.toString("UTF-8"));

        // Wrong uses: no arguments, a missing file, another classifier, an untrained one.
        assertEquals(2, PmmlExport.run(new String[0], System.out, err));
        assertTrue(errors.toString("UTF-8").contains("Usage"));
        assertEquals(1, PmmlExport.run(new String[] {folder.resolve("none.model").toString()}, System.out, err));
        Path other = folder.resolve("other.model");
        SerializationHelper.write(other.toString(), new weka.classifiers.rules.ZeroR());
        assertEquals(1, PmmlExport.run(new String[] {other.toString()}, System.out, err));
        Path untrained = folder.resolve("untrained.model");
        SerializationHelper.write(untrained.toString(), new GradientDescentLogistic());
        assertEquals(1, PmmlExport.run(new String[] {untrained.toString()}, System.out, err));
        assertTrue(errors.toString("UTF-8").contains("not trained"), errors.toString("UTF-8"));
    }

    @Test
    void exportNeedsAMatchingHeader() throws Exception {
        Instances data = TestData.load("iris");
        GradientDescentLogistic classifier = train(data, "");
        assertThrows(IllegalArgumentException.class, () -> classifier.toPMML(TestData.load("wine")));
        assertThrows(IllegalStateException.class, () -> new GradientDescentLogistic().toPMML(data));
    }
}
