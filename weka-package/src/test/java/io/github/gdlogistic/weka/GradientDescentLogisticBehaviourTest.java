package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gdlogistic.core.table.TabularModel;

import org.junit.jupiter.api.Test;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.core.WekaException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What the adapter adds on top of the core, seen through Weka's API. */
class GradientDescentLogisticBehaviourTest {

    private static GradientDescentLogistic classifier(String options) throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(Utils.splitOptions(options));
        return classifier;
    }

    @Test
    void badOptionValuesNameTheOptionAndTheValue() {
        Exception rate = assertThrows(IllegalArgumentException.class, () -> classifier("-learning-rate -1"));
        assertTrue(rate.getMessage().contains("-learning-rate") && rate.getMessage().contains("-1"),
                rate::getMessage);
        Exception notANumber = assertThrows(IllegalArgumentException.class, () -> classifier("-lambda abc"));
        assertTrue(notANumber.getMessage().contains("-lambda") && notANumber.getMessage().contains("abc"),
                notANumber::getMessage);
        Exception solver = assertThrows(IllegalArgumentException.class, () -> classifier("-solver newton"));
        assertTrue(solver.getMessage().contains("newton") && solver.getMessage().contains("adam"),
                solver::getMessage);
        Exception threshold = assertThrows(IllegalArgumentException.class, () -> classifier("-threshold 1.5"));
        assertTrue(threshold.getMessage().contains("-threshold") && threshold.getMessage().contains("1.5"),
                threshold::getMessage);
        Exception weights = assertThrows(IllegalArgumentException.class, () -> classifier("-class-weights 1,x"));
        assertTrue(weights.getMessage().contains("-class-weights") && weights.getMessage().contains("1,x"),
                weights::getMessage);
        Exception unknown = assertThrows(Exception.class, () -> classifier("-no-such-option 3"));
        assertTrue(unknown.getMessage().contains("-no-such-option"), unknown::getMessage);
    }

    @Test
    void setterRefusesWhatTheCoreRefuses() {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        Exception error = assertThrows(IllegalArgumentException.class, () -> classifier.setAlpha(2));
        assertTrue(error.getMessage().contains("-alpha") && error.getMessage().contains("2.0"), error::getMessage);
        assertEquals(0.0, classifier.getAlpha(), "a refused value must not be kept");
    }

    @Test
    void optionsSurviveARoundTrip() throws Exception {
        String options = "-solver adam -learning-rate 0.05 -max-iterations 50 -lambda 0.01 -alpha 0.5 "
                + "-mini-batch-size 16 -no-intercept -class-weighting custom -class-weights 1,2 -threshold 0.4 "
                + "-threshold-metric balanced-accuracy -threshold-holdout 0.2 -seed 7 -num-threads 2";
        GradientDescentLogistic first = classifier(options);
        GradientDescentLogistic second = classifier(Utils.joinOptions(first.getOptions()));
        assertEquals(Utils.joinOptions(first.getOptions()), Utils.joinOptions(second.getOptions()));
        assertEquals(first.trainingConfig(), second.trainingConfig());
        assertEquals(io.github.gdlogistic.core.TrainingConfig.builder().solver(io.github.gdlogistic.core.Solver.ADAM)
                .learningRate(0.05).maxIterations(50).lambda(0.01).alpha(0.5).miniBatchSize(16).fitIntercept(false)
                .classWeights(1, 2).threshold(0.4)
                .thresholdMetric(io.github.gdlogistic.core.ThresholdMetric.BALANCED_ACCURACY).thresholdHoldout(0.2)
                .seed(7).threads(2).build(), first.trainingConfig());
        assertTrue(second.getDoNotFitIntercept());
        assertEquals("adam", second.getSolver().getSelectedTag().getReadable());
        assertEquals(7, second.getSeed());
    }

    @Test
    void coefficientStatisticsFlagSurvivesARoundTripAndSkipsThem() throws Exception {
        GradientDescentLogistic defaults = new GradientDescentLogistic();
        assertFalse(defaults.getDoNotCalculateCoefficientStatistics());
        assertFalse(List.of(defaults.getOptions()).contains("-no-coefficient-statistics"));

        GradientDescentLogistic off = classifier("-lambda 0 -no-coefficient-statistics");
        assertTrue(off.getDoNotCalculateCoefficientStatistics());
        assertFalse(off.trainingConfig().coefficientStatistics());
        GradientDescentLogistic copy = classifier(Utils.joinOptions(off.getOptions()));
        assertEquals(Utils.joinOptions(off.getOptions()), Utils.joinOptions(copy.getOptions()));
        assertTrue(Utils.joinOptions(copy.getOptions()).contains("-no-coefficient-statistics"));
        assertEquals(off.trainingConfig(), copy.trainingConfig());
        copy.setOptions(Utils.splitOptions("-lambda 0")); // a flag left out is off again
        assertTrue(copy.trainingConfig().coefficientStatistics());

        Instances diabetes = TestData.load("diabetes");
        off.buildClassifier(diabetes);
        GradientDescentLogistic on = classifier("-lambda 0");
        on.buildClassifier(diabetes);
        assertFalse(off.fittedModel().hasStatistics());
        assertTrue(on.fittedModel().hasStatistics());
        String offText = off.toString();
        assertTrue(offText.contains("-no-coefficient-statistics"), offText);
        assertTrue(offText.contains("not computed (coefficient statistics off)"), offText);
        assertFalse(offText.contains("P>|z|"), offText);
        assertTrue(on.toString().contains("P>|z|"), on::toString);
        assertArrayEquals(on.distributionForInstance(diabetes.instance(0)),
                off.distributionForInstance(diabetes.instance(0)), 0.0);
    }

    @Test
    void customWeightingWithoutWeightsIsRefusedAtTraining() throws Exception {
        GradientDescentLogistic classifier = classifier("-class-weighting custom");
        Exception error = assertThrows(IllegalArgumentException.class,
                () -> classifier.buildClassifier(TestData.load("diabetes")));
        assertTrue(error.getMessage().contains("-class-weights"), error::getMessage);
    }

    @Test
    void stringAttributesGetWekasCapabilitiesMessage() throws Exception {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("text", (List<String>) null));
        attributes.add(new Attribute("class", List.of("a", "b")));
        Instances data = new Instances("strings", attributes, 2);
        data.setClassIndex(1);
        for (int i = 0; i < 4; i++) {
            Instance row = new DenseInstance(2);
            row.setDataset(data);
            row.setValue(0, "word" + i);
            row.setValue(1, i % 2);
            data.add(row);
        }
        WekaException error = assertThrows(WekaException.class, () -> new GradientDescentLogistic()
                .buildClassifier(data));
        assertTrue(error.getMessage().contains("Cannot handle string attributes"), error::getMessage);
    }

    @Test
    void toStringBeforeAndAfterTraining() throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        assertEquals("No model built yet.", classifier.toString());
        Instances iris = TestData.load("iris");
        classifier.buildClassifier(iris);
        String text = classifier.toString();
        assertTrue(text.contains("-solver auto"), text);
        assertTrue(text.contains("(Intercept)"), text);
        for (int c = 0; c < iris.numClasses(); c++) {
            assertTrue(text.contains(iris.classAttribute().value(c)), text);
        }
        assertTrue(text.contains("Learning curve"), text);
    }

    @Test
    void debugOutputShowsIterationsAndNonConvergence() throws Exception {
        GradientDescentLogistic classifier = classifier("-solver gd -max-iterations 5 -output-debug-info");
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            classifier.buildClassifier(TestData.load("diabetes"));
        } finally {
            System.setErr(original);
        }
        String debug = captured.toString(StandardCharsets.UTF_8);
        for (int iteration = 1; iteration <= 5; iteration++) {
            assertTrue(debug.contains("Iteration " + iteration + "/5: loss "), debug);
        }
        assertTrue(debug.contains("Did not converge"), debug);
        assertTrue(classifier.toString().contains("Did not converge"), classifier::toString);
        assertEquals(0.0, classifier.getMeasure(GradientDescentLogistic.MEASURE_CONVERGED));
        assertEquals(5.0, classifier.getMeasure(GradientDescentLogistic.MEASURE_ITERATIONS));
    }

    @Test
    void additionalMeasuresComeFromTheTrainingReport() throws Exception {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        assertTrue(Double.isNaN(classifier.getMeasure(GradientDescentLogistic.MEASURE_FINAL_LOSS)));
        classifier.buildClassifier(TestData.load("diabetes"));
        TabularModel model = classifier.fittedModel();
        assertEquals(model.report().iterations(), classifier.getMeasure(GradientDescentLogistic.MEASURE_ITERATIONS));
        assertEquals(model.report().finalLoss(), classifier.getMeasure(GradientDescentLogistic.MEASURE_FINAL_LOSS));
        assertEquals(model.report().converged() ? 1.0 : 0.0,
                classifier.getMeasure(GradientDescentLogistic.MEASURE_CONVERGED));
        assertThrows(IllegalArgumentException.class, () -> classifier.getMeasure("measureTreeSize"));
    }

    @Test
    void batchPredictionMatchesSinglePredictions() throws Exception {
        Instances votes = TestData.load("house-votes-84");
        GradientDescentLogistic classifier = classifier("-lambda 0.001");
        classifier.buildClassifier(votes);
        assertTrue(classifier.implementsMoreEfficientBatchPrediction());
        double[][] batch = classifier.distributionsForInstances(votes);
        for (int i = 0; i < votes.numInstances(); i++) {
            assertArrayEquals(classifier.distributionForInstance(votes.instance(i)), batch[i], 1e-12);
        }
    }

    @Test
    void integerWeightsActLikeRepeatedRows() throws Exception {
        Instances diabetes = TestData.load("diabetes");
        Instances weighted = new Instances(diabetes);
        Instances repeated = new Instances(diabetes);
        for (int i = 0; i < diabetes.numInstances(); i += 3) {
            weighted.instance(i).setWeight(2);
            repeated.add((Instance) diabetes.instance(i).copy());
        }
        GradientDescentLogistic fromWeights = classifier("-lambda 0.001");
        fromWeights.buildClassifier(weighted);
        GradientDescentLogistic fromRepeats = classifier("-lambda 0.001");
        fromRepeats.buildClassifier(repeated);
        GradientDescentLogistic unweighted = classifier("-lambda 0.001");
        unweighted.buildClassifier(diabetes);
        double largestChange = 0;
        for (int i = 0; i < diabetes.numInstances(); i++) {
            double[] a = fromWeights.distributionForInstance(diabetes.instance(i));
            assertArrayEquals(a, fromRepeats.distributionForInstance(diabetes.instance(i)), 1e-6);
            largestChange = Math.max(largestChange,
                    Math.abs(a[0] - unweighted.distributionForInstance(diabetes.instance(i))[0]));
        }
        assertTrue(largestChange > 1e-3, "the weights must change the model, largest change " + largestChange);
    }

    @Test
    void dataWithoutALabelledInstanceAreRefusedByTheCore() throws Exception {
        Instances unlabelled = new Instances(TestData.load("sonar"));
        for (int i = 0; i < unlabelled.numInstances(); i++) {
            unlabelled.instance(i).setClassMissing();
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new GradientDescentLogistic().buildClassifier(unlabelled));
        assertTrue(error.getMessage().contains("no row has a class value"), error::getMessage);
    }

    @Test
    void instancesWithMissingClassAreIgnored() throws Exception {
        Instances sonar = TestData.load("sonar");
        Instances withUnlabelled = new Instances(sonar);
        for (int i = 0; i < 40; i++) {
            Instance copy = (Instance) sonar.instance(i).copy();
            copy.setClassMissing();
            copy.setValue(0, 100 + i); // values that would change the model if these rows were used
            withUnlabelled.add(copy);
        }
        GradientDescentLogistic plain = classifier("-lambda 0.01");
        plain.buildClassifier(sonar);
        GradientDescentLogistic unlabelled = classifier("-lambda 0.01");
        unlabelled.buildClassifier(withUnlabelled);
        for (int i = 0; i < sonar.numInstances(); i++) {
            assertArrayEquals(plain.distributionForInstance(sonar.instance(i)),
                    unlabelled.distributionForInstance(sonar.instance(i)), 1e-9);
        }
    }

    @Test
    void wekaPredictionFollowsTheCoresThresholdDecision() throws Exception {
        Instances cancer = TestData.load("breast-cancer-wisconsin-diagnostic");
        GradientDescentLogistic classifier = classifier("-lambda 0.01 -threshold 0.9");
        classifier.buildClassifier(cancer);
        TabularModel model = classifier.fittedModel();
        InstancesConverter converter = new InstancesConverter(cancer);
        int disagreementsWithHalf = 0;
        for (int i = 0; i < cancer.numInstances(); i++) {
            Instance instance = cancer.instance(i);
            double[] raw = converter.rawRow(instance);
            double[] probabilities = model.probabilities(raw);
            double[] distribution = classifier.distributionForInstance(instance);
            assertEquals(model.predict(raw), (int) classifier.classifyInstance(instance));
            assertEquals(model.predict(raw), Utils.maxIndex(distribution));
            assertEquals(1.0, distribution[0] + distribution[1], 1e-12);
            if (model.predict(raw, 0.5) != model.predict(raw)) {
                disagreementsWithHalf++;
            }
            // Ranking kept: the rescaled probability moves in the same direction as the model's.
            int positive = model.labels().toHost(1);
            assertEquals(probabilities[positive] >= 0.9, distribution[positive] >= 0.5);
        }
        assertTrue(disagreementsWithHalf > 0, "threshold 0.9 should change some predictions");
    }

    @Test
    void serializedClassifierPredictsTheSame() throws Exception {
        Instances wine = TestData.load("wine");
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.buildClassifier(wine);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SerializationHelper.write(bytes, classifier);
        Classifier copy = (Classifier) SerializationHelper.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        for (int i = 0; i < wine.numInstances(); i++) {
            assertArrayEquals(classifier.distributionForInstance(wine.instance(i)),
                    copy.distributionForInstance(wine.instance(i)), 0);
        }
        Classifier settingsOnly = AbstractClassifier.forName(GradientDescentLogistic.class.getName(),
                classifier.getOptions());
        assertEquals("No model built yet.", settingsOnly.toString());
    }
}
