package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;

import java.util.Locale;
import java.util.Random;

/**
 * With default options, 10-fold cross-validated accuracy lies within one standard deviation (over the folds) of Weka's
 * {@code Logistic} on the same folds.
 */
class AccuracySanityTest {

    private static final int FOLDS = 10;

    @ParameterizedTest
    @ValueSource(strings = {"breast-cancer-wisconsin-diagnostic", "diabetes", "ionosphere", "sonar",
        "house-votes-84", "iris", "wine"})
    void accuracyWithinOneStandardDeviationOfLogistic(String dataset) throws Exception {
        Instances data = TestData.load(dataset);
        data.randomize(new Random(1));
        data.stratify(FOLDS);
        double[] ours = foldAccuracies(new GradientDescentLogistic(), data);
        double[] logistic = foldAccuracies(new Logistic(), data);
        double ourMean = mean(ours);
        double logisticMean = mean(logistic);
        double logisticDeviation = standardDeviation(logistic);
        String summary = String.format(Locale.ROOT,
                "%s: GradientDescentLogistic %.2f%%, Logistic %.2f%% (standard deviation %.2f)", dataset, ourMean,
                logisticMean, logisticDeviation);
        System.out.println(summary);
        assertTrue(Math.abs(ourMean - logisticMean) <= logisticDeviation, summary);
    }

    private static double[] foldAccuracies(Classifier classifier, Instances data) throws Exception {
        double[] accuracies = new double[FOLDS];
        for (int fold = 0; fold < FOLDS; fold++) {
            Instances train = data.trainCV(FOLDS, fold);
            Instances test = data.testCV(FOLDS, fold);
            classifier.buildClassifier(train);
            Evaluation evaluation = new Evaluation(train);
            evaluation.evaluateModel(classifier, test);
            accuracies[fold] = evaluation.pctCorrect();
        }
        return accuracies;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
