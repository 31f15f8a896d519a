package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Prediction through Weka's API refuses instances whose header differs from the training header. */
class HeaderCheckTest {

    private static GradientDescentLogistic trained(Instances data) throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.buildClassifier(data);
        return classifier;
    }

    /** The same rows with the attributes at {@code first} and {@code second} swapped, values following them. */
    private static Instances swapped(Instances data, int first, int second) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        int[] source = new int[data.numAttributes()];
        for (int a = 0; a < data.numAttributes(); a++) {
            source[a] = a == first ? second : a == second ? first : a;
            attributes.add((Attribute) data.attribute(source[a]).copy());
        }
        Instances result = new Instances(data.relationName(), attributes, data.numInstances());
        for (Instance row : data) {
            double[] values = new double[data.numAttributes()];
            for (int a = 0; a < values.length; a++) {
                values[a] = row.value(source[a]);
            }
            result.add(new DenseInstance(row.weight(), values));
        }
        result.setClassIndex(data.classIndex());
        return result;
    }

    /** The same rows with the labels of nominal attribute {@code index} declared in reverse order. */
    private static Instances labelsReversed(Instances data, int index) {
        Attribute original = data.attribute(index);
        List<String> labels = new ArrayList<>();
        for (int v = 0; v < original.numValues(); v++) {
            labels.add(original.value(v));
        }
        Collections.reverse(labels);
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int a = 0; a < data.numAttributes(); a++) {
            attributes.add(a == index ? new Attribute(original.name(), labels) : (Attribute) data.attribute(a).copy());
        }
        Instances result = new Instances(data.relationName(), attributes, data.numInstances());
        for (Instance row : data) {
            double[] values = row.toDoubleArray();
            if (!row.isMissing(index)) {
                values[index] = original.numValues() - 1 - values[index];
            }
            result.add(new DenseInstance(row.weight(), values));
        }
        result.setClassIndex(data.classIndex());
        return result;
    }

    private static void assertRefused(GradientDescentLogistic classifier, Instances data, String... expectedParts) {
        Exception single = assertThrows(IllegalArgumentException.class,
                () -> classifier.distributionForInstance(data.instance(0)));
        Exception batch = assertThrows(IllegalArgumentException.class,
                () -> classifier.distributionsForInstances(data));
        for (String part : expectedParts) {
            assertTrue(single.getMessage().contains(part), single::getMessage);
            assertTrue(batch.getMessage().contains(part), batch::getMessage);
        }
    }

    @Test
    void reorderedAttributesAreRefusedNamingThePosition() throws Exception {
        Instances iris = TestData.load("iris");
        GradientDescentLogistic classifier = trained(iris);
        assertRefused(classifier, swapped(iris, 1, 2), "attribute 2", "'petal_length'", "'sepal_width'");
    }

    @Test
    void aMissingAttributeIsRefused() throws Exception {
        Instances iris = TestData.load("iris");
        GradientDescentLogistic classifier = trained(iris);
        Instances fewer = new Instances(iris);
        fewer.setClassIndex(-1);
        fewer.deleteAttributeAt(3);
        fewer.setClassIndex(fewer.numAttributes() - 1);
        assertRefused(classifier, fewer, "attribute 4", "'class'", "'petal_width'");
    }

    @Test
    void nominalLabelsInAnotherOrderAreRefused() throws Exception {
        Instances votes = TestData.load("house-votes-84");
        GradientDescentLogistic classifier = trained(votes);
        assertRefused(classifier, labelsReversed(votes, 0), "attribute 1", votes.attribute(0).name(), "labels");
        assertRefused(classifier, labelsReversed(votes, votes.classIndex()), "attribute 17", "labels");
    }

    @Test
    void anotherClassPositionIsRefused() throws Exception {
        Instances votes = TestData.load("house-votes-84");
        GradientDescentLogistic classifier = trained(votes);
        Instances otherClass = new Instances(votes);
        otherClass.setClassIndex(0);
        assertRefused(classifier, otherClass, "class attribute", "attribute 17");
    }

    @Test
    void aRenamedOrCopiedDatasetOfTheSameStructureIsAccepted() throws Exception {
        Instances wine = TestData.load("wine");
        GradientDescentLogistic classifier = trained(wine);
        Instances renamed = new Instances(wine);
        renamed.setRelationName("another name");
        Instances copiedHeader = new Instances(wine, 0);
        for (Instance row : wine) {
            copiedHeader.add((Instance) row.copy());
        }
        double[][] expected = classifier.distributionsForInstances(wine);
        assertArrayEquals(expected, classifier.distributionsForInstances(renamed));
        assertArrayEquals(expected, classifier.distributionsForInstances(copiedHeader));
        for (int i = 0; i < wine.numInstances(); i++) {
            assertArrayEquals(expected[i], classifier.distributionForInstance(renamed.instance(i)), 1e-12);
            assertArrayEquals(expected[i], classifier.distributionForInstance(copiedHeader.instance(i)), 1e-12);
        }
    }

    @Test
    void aFailedCheckIsNotRememberedAsPassed() throws Exception {
        Instances iris = TestData.load("iris");
        GradientDescentLogistic classifier = trained(iris);
        Instances other = swapped(iris, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> classifier.distributionsForInstances(other));
        assertThrows(IllegalArgumentException.class, () -> classifier.distributionForInstance(other.instance(5)));
    }
}
