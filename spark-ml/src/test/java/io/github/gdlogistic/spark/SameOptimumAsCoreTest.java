package io.github.gdlogistic.spark;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distributed fit reaches the single-machine core's optimum on the same data: loss to 1e-9 relative,
 * coefficients to 1e-6 (relative to their size above 1), binary and 10-class, with L2, elastic net, instance
 * weights and class weights, on 1, 2 and 7 partitions; and the same partitions give the same model bit for bit.
 */
class SameOptimumAsCoreTest extends SparkTestBase {

    private static final int[] PARTITIONS = {1, 2, 7};
    private static final LocalSpark.Data BINARY = new LocalSpark.Data(1500, 5, 2, 11);
    private static final LocalSpark.Data TEN_CLASSES = new LocalSpark.Data(2000, 6, 10, 12);

    private static GradientDescentLogisticRegression tight() {
        return new GradientDescentLogisticRegression().setGradientTolerance(1e-10).setTol(0);
    }

    private static void assertSameOptimum(LocalSpark.Data data, GradientDescentLogisticRegression estimator,
            boolean weighted) {
        if (weighted) {
            estimator.setWeightCol("weight");
        }
        TrainingConfig config = estimator.trainingConfig();
        LogisticModel expected = LogisticRegressionTrainer.fit(io.github.gdlogistic.core.data.Dataset.of(data.x,
                data.labels, weighted ? data.weights : null, data.numClasses), config);
        for (int partitions : PARTITIONS) {
            Dataset<Row> frame = data.frame(spark, partitions);
            assertEquals(partitions, frame.rdd().getNumPartitions());
            GradientDescentLogisticRegressionModel model = estimator.fit(frame);
            String what = partitions + " partitions, " + config;
            assertTrue(model.trainingReport().converged(), what + ": " + model.trainingReport().message());
            double loss = expected.report().finalLoss();
            assertEquals(loss, model.trainingReport().finalLoss(), 1e-9 * loss, what);
            double[][] coefficients = model.coefficients();
            for (int c = 0; c < coefficients.length; c++) {
                for (int j = 0; j < coefficients[c].length; j++) {
                    double w = expected.coefficients()[c][j];
                    assertEquals(w, coefficients[c][j], 1e-6 * Math.max(1, Math.abs(w)), what + ", " + c + "/" + j);
                }
                double b = expected.intercepts()[c];
                assertEquals(b, model.intercepts()[c], 1e-6 * Math.max(1, Math.abs(b)), what + ", intercept " + c);
            }
        }
    }

    @Test
    void binaryWithL2() {
        assertSameOptimum(BINARY, tight().setRegParam(1e-3), false);
    }

    @Test
    void binaryWithElasticNetAndInstanceWeights() {
        assertSameOptimum(BINARY, tight().setRegParam(0.01).setElasticNetParam(0.5), true);
    }

    @Test
    void binaryWithClassWeights() {
        assertSameOptimum(BINARY, tight().setRegParam(1e-3).setClassWeights(new double[] {1, 3}), false);
        assertSameOptimum(BINARY, tight().setRegParam(1e-3)
                .setClassWeighting(ClassWeighting.BALANCED.optionName()), true);
    }

    @Test
    void tenClassesWithL2AndInstanceWeights() {
        assertSameOptimum(TEN_CLASSES, tight().setRegParam(1e-3), true);
    }

    @Test
    void tenClassesWithElasticNetAndClassWeights() {
        // proximal gradient takes many more (cheap) iterations than L-BFGS: a looser gradient tolerance keeps the
        // test short, and both fits follow the same iterates anyway
        assertSameOptimum(TEN_CLASSES, tight().setGradientTolerance(1e-8).setRegParam(0.01).setElasticNetParam(0.3)
                .setClassWeighting(ClassWeighting.BALANCED.optionName()), false);
    }

    @Test
    void sparseVectorsGiveTheModelOfDenseOnes() {
        double[][] x = BINARY.x;
        java.util.List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i].clone();
            row[i % row.length] = 0; // a zero in every row, so that the sparse vectors leave entries out
            rows.add(org.apache.spark.sql.RowFactory.create(org.apache.spark.ml.linalg.Vectors.dense(row),
                    (double) BINARY.labels[i]));
        }
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("features", org.apache.spark.ml.linalg.SQLDataTypes.VectorType())
                .add("label", org.apache.spark.sql.types.DataTypes.DoubleType);
        Dataset<Row> dense = spark.createDataFrame(rows, schema);
        java.util.List<Row> sparseRows = new java.util.ArrayList<>();
        for (Row row : rows) {
            sparseRows.add(org.apache.spark.sql.RowFactory.create(
                    ((org.apache.spark.ml.linalg.Vector) row.get(0)).toSparse(), row.get(1)));
        }
        Dataset<Row> sparse = spark.createDataFrame(sparseRows, schema);
        GradientDescentLogisticRegression estimator = new GradientDescentLogisticRegression().setRegParam(1e-3);
        GradientDescentLogisticRegressionModel fromDense = estimator.fit(dense);
        GradientDescentLogisticRegressionModel fromSparse = estimator.fit(sparse);
        assertArrayEquals(fromDense.coefficients()[0], fromSparse.coefficients()[0], 0.0);
        assertEquals(fromDense.intercepts()[0], fromSparse.intercepts()[0], 0.0);
        java.util.List<Row> a = fromDense.transform(sparse).select("probability").collectAsList();
        java.util.List<Row> b = fromDense.transform(dense).select("probability").collectAsList();
        assertEquals(b, a);
    }

    @Test
    void samePartitionsGiveTheSameModelBitForBit() {
        Dataset<Row> frame = TEN_CLASSES.frame(spark, 3);
        GradientDescentLogisticRegression estimator = new GradientDescentLogisticRegression().setRegParam(1e-3);
        GradientDescentLogisticRegressionModel first = estimator.fit(frame);
        GradientDescentLogisticRegressionModel second = estimator.fit(TEN_CLASSES.frame(spark, 3));
        for (int c = 0; c < first.coefficients().length; c++) {
            assertArrayEquals(first.coefficients()[c], second.coefficients()[c], 0.0, "vector " + c);
        }
        assertArrayEquals(first.intercepts(), second.intercepts(), 0.0);
        assertArrayEquals(first.lossHistory(), second.lossHistory(), 0.0);
        assertTrue(first.lossHistory().length > 5, "a learning curve: " + first.lossHistory().length);
    }
}
