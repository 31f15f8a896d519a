package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.metrics.Metrics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AUTO solver, with its default tolerances, against optima computed independently with scikit-learn 1.2.1
 * ({@code LogisticRegression(solver="lbfgs")}, features standardized with the population standard deviation).
 *
 * <p>Three figures per dataset. (1) The objective value, {@code mean log-loss + lambda/2 ||w||^2}, evaluated at
 * scikit-learn's solution: ours must be at most 1e-8 above it (relative) and may be slightly below it, since
 * scikit-learn stops with a gradient max-norm of about 6e-7 on breast cancer. (2) The mean training log-loss given in
 * the issue: within 1e-5 relative. The log-loss alone is not what is minimized, so along the flat directions of the
 * regularized objective it moves by a few 1e-6 between two points that are both within 1e-9 of the optimum; at the
 * default tolerances we reach 6.5e-6 (iris) and less elsewhere. (3) Coefficients: within 1e-3.
 */
class ReferenceOptimaTest {

    static double meanLogLoss(LogisticModel model, Dataset data) {
        double[] probabilities = model.probabilities(BlockLayout.toRowMajor(data.valuesUnsafe(), data.rows(), data.features()), data.rows());
        return Metrics.logLoss(probabilities, data.labelsUnsafe(), null);
    }

    private static LogisticModel fitAndCheck(Dataset data, double lambda, double referenceObjective,
            double referenceLogLoss) {
        LogisticModel model = LogisticRegressionTrainer.fit(data, TrainingConfig.builder().lambda(lambda).build());
        assertTrue(model.report().converged(), model.report().message());
        double objective = model.report().finalLoss();
        assertTrue(objective <= referenceObjective * (1 + 1e-8),
                "objective " + objective + " above scikit-learn's " + referenceObjective);
        assertEquals(referenceObjective, objective, referenceObjective * 1e-6);
        assertEquals(referenceLogLoss, meanLogLoss(model, data), referenceLogLoss * 1e-5);
        return model;
    }

    @Test
    void breastCancerWithScikitLearnDefaultC() {
        Dataset data = Arff.standardized(Arff.numeric("breast-cancer-wisconsin-diagnostic.arff"));
        LogisticModel model = fitAndCheck(data, 1.0 / 569, 0.066360186380, 0.05339204);
        assertEquals(0.214566, model.standardizedIntercepts()[0], 1e-3);
        double[] expected = {-0.363171, -0.387703, -0.351114, -0.435559, -0.161765};
        double[] actual = model.standardizedCoefficients()[0];
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], 1e-3, "coefficient " + j);
        }
    }

    @Test
    void internalStandardizationEqualsStandardizingBeforehand() {
        Dataset raw = Arff.numeric("breast-cancer-wisconsin-diagnostic.arff");
        LogisticModel model = LogisticRegressionTrainer.fit(raw, TrainingConfig.builder().lambda(1.0 / 569).build());
        assertEquals(0.066360186380, model.report().finalLoss(), 0.066360186380 * 1e-8);
        assertEquals(0.214566, model.standardizedIntercepts()[0], 1e-3);
        assertEquals(-0.363171, model.standardizedCoefficients()[0][0], 1e-3);
        // Original units: the standardized coefficient divided by the feature's standard deviation.
        double sd = 3.520950761; // population standard deviation of 'mean radius'
        assertEquals(-0.363171 / sd, model.coefficients()[0][0], 1e-3 / sd);
    }

    @Test
    void diabetesUnregularizedInRawUnits() {
        Dataset data = Arff.numeric("diabetes.arff");
        LogisticModel model = fitAndCheck(data, 0, 0.470993123726, 0.47099308);
        assertEquals(-8.404696, model.intercepts()[0], 1e-3);
        double[] expected = {0.123182, 0.035164, -0.013296, 0.000619, -0.001192, 0.089701, 0.94518, 0.014869};
        double[] actual = model.coefficients()[0];
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], actual[j], 1e-3, "coefficient " + j);
        }
    }

    @Test
    void irisMultinomial() {
        Dataset data = Arff.standardized(Arff.numeric("iris.arff"));
        LogisticModel model = fitAndCheck(data, 1.0 / 150, 0.209191788597, 0.12954221);
        // scikit-learn's first class (setosa): intercept and coefficients.
        assertEquals(-0.205317, model.standardizedIntercepts()[0], 1e-3);
        double[] expected = {-1.074041, 1.160063, -1.930629, -1.811689};
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], model.standardizedCoefficients()[0][j], 1e-3, "coefficient " + j);
        }
    }

    @Test
    void wineMultinomial() {
        Dataset data = Arff.standardized(Arff.numeric("wine.arff"));
        LogisticModel model = fitAndCheck(data, 1.0 / 178, 0.067923234795, 0.03186140);
        assertEquals(0.412294, model.standardizedIntercepts()[0], 1e-3);
        double[] expected = {0.810135, 0.203821, 0.472212, -0.844784, 0.049529};
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], model.standardizedCoefficients()[0][j], 1e-3, "coefficient " + j);
        }
    }
}
