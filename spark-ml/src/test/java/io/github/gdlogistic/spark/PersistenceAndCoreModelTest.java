package io.github.gdlogistic.spark;

import io.github.gdlogistic.core.pmml.PmmlWriter;
import io.github.gdlogistic.core.table.ModelFiles;
import io.github.gdlogistic.core.table.TabularModel;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved estimators, models and pipeline models load back and predict the same; the fitted model converts to the
 * core's model (same coefficients, classes, threshold, probabilities), which saves as a core model file and exports
 * as PMML.
 */
class PersistenceAndCoreModelTest extends SparkTestBase {

    private static final LocalSpark.Data DATA = new LocalSpark.Data(400, 4, 3, 31);
    private static Dataset<Row> frame;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        frame = DATA.frame(spark, 2);
    }

    private static List<Row> predictions(Dataset<Row> transformed) {
        return transformed.select("rawPrediction", "probability", "prediction").collectAsList();
    }

    @Test
    void modelSavesAndLoads() throws Exception {
        GradientDescentLogisticRegressionModel model = new GradientDescentLogisticRegression().setRegParam(0.01)
                .fit(frame);
        String path = dir.resolve("model").toString();
        model.save(path);
        GradientDescentLogisticRegressionModel loaded = GradientDescentLogisticRegressionModel.load(path);
        assertEquals(model.uid(), loaded.uid());
        for (int c = 0; c < model.coefficients().length; c++) {
            assertArrayEquals(model.coefficients()[c], loaded.coefficients()[c], 0.0);
        }
        assertEquals(predictions(model.transform(frame)), predictions(loaded.transform(frame)));
        assertArrayEquals(model.lossHistory(), loaded.lossHistory(), 0.0);
    }

    @Test
    void estimatorAndPipelineModelSaveAndLoad() throws Exception {
        GradientDescentLogisticRegression estimator = new GradientDescentLogisticRegression().setRegParam(0.02)
                .setElasticNetParam(0.25).setWeightCol("weight");
        estimator.save(dir.resolve("estimator").toString());
        GradientDescentLogisticRegression loadedEstimator =
                GradientDescentLogisticRegression.load(dir.resolve("estimator").toString());
        assertEquals(estimator.trainingConfig(), loadedEstimator.trainingConfig());
        assertEquals("weight", loadedEstimator.weightColumn());

        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {estimator}).fit(frame);
        pipeline.save(dir.resolve("pipeline").toString());
        PipelineModel loaded = PipelineModel.load(dir.resolve("pipeline").toString());
        assertTrue(loaded.stages()[0] instanceof GradientDescentLogisticRegressionModel);
        assertEquals(predictions(pipeline.transform(frame)), predictions(loaded.transform(frame)));
    }

    @Test
    void transformAppendsMllibColumnsAndAgreesWithTheCoreModel() {
        GradientDescentLogisticRegressionModel model = new GradientDescentLogisticRegression().setRegParam(0.01)
                .fit(frame);
        TabularModel core = model.toCoreModel();
        assertEquals(List.of("0", "1", "2"), core.classValues());
        List<Row> rows = model.transform(frame).select("features", "rawPrediction", "probability", "prediction")
                .collectAsList();
        for (Row row : rows) {
            double[] x = ((Vector) row.get(0)).toArray();
            double[] p = ((Vector) row.get(2)).toArray();
            assertArrayEquals(core.probabilities(x), p, 1e-12);
            assertEquals(core.predict(x), row.getDouble(3), 0.0);
            assertEquals(3, ((Vector) row.get(1)).size());
        }
    }

    @Test
    void coreModelTakesItsNamesFromTheColumnsMetadata() {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(org.apache.spark.sql.RowFactory.create((double) (i % 7), (double) (i % 5),
                    i % 3 == 0 ? "yes" : "no"));
        }
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add("glucose", org.apache.spark.sql.types.DataTypes.DoubleType)
                .add("bmi", org.apache.spark.sql.types.DataTypes.DoubleType)
                .add("diabetic", org.apache.spark.sql.types.DataTypes.StringType);
        Dataset<Row> table = spark.createDataFrame(rows, schema);
        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {
            new org.apache.spark.ml.feature.StringIndexer().setInputCol("diabetic").setOutputCol("label")
                    .setStringOrderType("alphabetAsc"),
            new org.apache.spark.ml.feature.VectorAssembler().setInputCols(new String[] {"glucose", "bmi"})
                    .setOutputCol("features"),
            new GradientDescentLogisticRegression()}).fit(table);
        TabularModel core = ((GradientDescentLogisticRegressionModel) pipeline.stages()[2]).toCoreModel();
        assertEquals(List.of("glucose", "bmi"), core.encodedFeatureNames());
        assertEquals(List.of("no", "yes"), core.classValues());
    }

    @Test
    void binaryThresholdDecidesThePrediction() {
        LocalSpark.Data binary = new LocalSpark.Data(300, 3, 2, 32);
        Dataset<Row> data = binary.frame(spark, 2);
        GradientDescentLogisticRegressionModel model = new GradientDescentLogisticRegression().setThreshold(0.8)
                .fit(data);
        assertEquals(0.8, model.threshold(), 0.0);
        assertEquals(0.8, model.toCoreModel().threshold(), 0.0);
        int ones = 0;
        for (Row row : model.transform(data).select("probability", "prediction").collectAsList()) {
            double p = ((Vector) row.get(0)).apply(1);
            assertEquals(p >= 0.8 ? 1.0 : 0.0, row.getDouble(1), 0.0, "P(1) = " + p);
            ones += row.getDouble(1) == 1.0 ? 1 : 0;
        }
        assertTrue(ones > 0 && ones < 300, ones + " predicted ones");
    }

    @Test
    void coreModelFileAndPmml() throws Exception {
        GradientDescentLogisticRegressionModel model = new GradientDescentLogisticRegression().setRegParam(0.01)
                .fit(frame);
        Path file = dir.resolve("model.gdlr");
        ModelFiles.save(model.toCoreModel(), file);
        TabularModel loaded = ModelFiles.load(file);
        for (int c = 0; c < model.coefficients().length; c++) {
            assertArrayEquals(model.coefficients()[c], loaded.core().coefficients()[c], 0.0);
        }
        assertEquals(model.toCoreModel().classValues(), loaded.classValues());
        String pmml = PmmlWriter.toPmml(loaded, "label");
        assertTrue(pmml.contains("<RegressionModel"), pmml);
        assertTrue(pmml.contains("name=\"features_3\""), pmml);
        assertTrue(pmml.contains("coefficient=\"" + model.coefficients()[2][3] + "\""), pmml);
        assertTrue(pmml.contains("intercept=\"" + model.intercepts()[1] + "\""), pmml);
    }
}
