package weka.classifiers.functions;

import junit.framework.Test;
import junit.framework.TestSuite;

import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.core.Instances;
import weka.test.Regression;

import java.io.File;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;

/**
 * Weka's standard classifier test suite (JUnit 3 style, from Weka's test jar) for {@link GradientDescentLogistic},
 * with the project's own regression reference under {@code src/test/resources/wekarefs}.
 */
public class GradientDescentLogisticTest extends AbstractClassifierTest {

    /** Set to {@code true} to write a missing reference file instead of failing. */
    public static final String CREATE_REFERENCE_PROPERTY = "gdlogistic.createReference";

    /**
     * @param name the test method to run
     */
    public GradientDescentLogisticTest(String name) {
        super(name);
    }

    /** @return the classifier with default options */
    @Override
    public Classifier getClassifier() {
        return new GradientDescentLogistic();
    }

    /**
     * Weka's regression test writes a missing reference and passes. Here a missing reference fails unless it is
     * asked for, so that a reference deleted by mistake cannot turn the test into a no-op.
     */
    @Override
    public void testRegression() throws Exception {
        File reference = new File(Regression.getRoot(),
                getClass().getName().replace('.', File.separatorChar) + ".ref");
        if (!reference.isFile() && !Boolean.getBoolean(CREATE_REFERENCE_PROPERTY)) {
            fail("Missing regression reference " + reference + "; create it with -D" + CREATE_REFERENCE_PROPERTY
                    + "=true, check it and commit it");
        }
        super.testRegression();
        assertTrue("The regression reference was not written: " + reference, reference.isFile());
    }

    /**
     * The predictions the regression reference records, with every probability rounded to 10 significant digits:
     * the reference guards the model's results, not the last bits of floating-point summation order, which may
     * change with a faster kernel or differ between processors.
     */
    @Override
    protected ArrayList<Prediction> useClassifier(Instances data) throws Exception {
        ArrayList<Prediction> rounded = new ArrayList<>();
        for (Prediction prediction : super.useClassifier(data)) {
            NominalPrediction nominal = (NominalPrediction) prediction;
            double[] distribution = nominal.distribution().clone();
            for (int c = 0; c < distribution.length; c++) {
                distribution[c] = new BigDecimal(distribution[c]).round(new MathContext(10)).doubleValue();
            }
            rounded.add(new NominalPrediction(nominal.actual(), distribution, nominal.weight()));
        }
        return rounded;
    }

    /** @return the suite of all test methods */
    public static Test suite() {
        return new TestSuite(GradientDescentLogisticTest.class);
    }
}
