package io.github.gdlogistic.spark;

import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same optimum as Spark MLlib's {@code LogisticRegression} on the same objective (regParam = lambda,
 * elasticNetParam = alpha, standardization on). The objectives differ in one detail: MLlib standardizes by the
 * unbiased sample standard deviation (divisor W - sum w^2 / W), the core by the population one (divisor W), so the
 * penalty acts on slightly differently scaled coefficients and the optima differ by about the penalty's share times
 * 1/n. Tolerances: binary ridge (light penalty) the final objective to 1e-6 relative and coefficients to 1e-4
 * relative; 10 classes with elastic net (lambda 0.01) the objective to 1e-4 relative and probabilities to 1e-3 (MLlib
 * centers its multinomial intercepts, so probabilities rather than coefficients are compared).
 */
class SameOptimumAsMllibTest extends SparkTestBase {


    private static double mllibLoss(LogisticRegressionModel model) {
        double[] history = model.summary().objectiveHistory();
        return history[history.length - 1];
    }

    @Test
    void binaryRidge() {
        Dataset<Row> frame = new LocalSpark.Data(1500, 5, 2, 21).frame(spark, 2);
        GradientDescentLogisticRegressionModel ours = new GradientDescentLogisticRegression().setRegParam(1e-3)
                .setGradientTolerance(1e-9).fit(frame);
        LogisticRegressionModel theirs = new LogisticRegression().setRegParam(1e-3).setElasticNetParam(0)
                .setStandardization(true).setFamily("binomial").setTol(1e-12).setMaxIter(1000).fit(frame);
        assertEquals(mllibLoss(theirs), ours.trainingReport().finalLoss(), 1e-6 * mllibLoss(theirs));
        double[] coefficients = theirs.coefficients().toArray();
        for (int j = 0; j < coefficients.length; j++) {
            assertEquals(coefficients[j], ours.coefficients()[0][j], 1e-4 * Math.max(1, Math.abs(coefficients[j])),
                    "coefficient " + j);
        }
        assertEquals(theirs.intercept(), ours.intercepts()[0], 1e-4 * Math.max(1, Math.abs(theirs.intercept())));
    }

    @Test
    void tenClassesElasticNetWithInstanceWeights() {
        Dataset<Row> frame = new LocalSpark.Data(2000, 6, 10, 22).frame(spark, 2);
        GradientDescentLogisticRegressionModel ours = new GradientDescentLogisticRegression().setRegParam(0.01)
                .setElasticNetParam(0.5).setWeightCol("weight").setGradientTolerance(1e-8).fit(frame);
        LogisticRegressionModel theirs = new LogisticRegression().setRegParam(0.01).setElasticNetParam(0.5)
                .setWeightCol("weight").setStandardization(true).setFamily("multinomial").setTol(1e-12)
                .setMaxIter(2000).fit(frame);
        assertTrue(ours.trainingReport().converged(), ours.trainingReport().message());
        assertEquals(mllibLoss(theirs), ours.trainingReport().finalLoss(), 1e-4 * mllibLoss(theirs));
        List<Row> a = ours.transform(frame).select("probability").collectAsList();
        List<Row> b = theirs.transform(frame).select("probability").collectAsList();
        double largest = 0;
        for (int i = 0; i < a.size(); i++) {
            double[] p = ((Vector) a.get(i).get(0)).toArray();
            double[] q = ((Vector) b.get(i).get(0)).toArray();
            for (int c = 0; c < p.length; c++) {
                largest = Math.max(largest, Math.abs(p[c] - q[c]));
            }
        }
        assertTrue(largest < 1e-3, "largest probability difference " + largest);
    }
}
