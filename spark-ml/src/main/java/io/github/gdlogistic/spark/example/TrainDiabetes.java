package io.github.gdlogistic.spark.example;

import io.github.gdlogistic.spark.GradientDescentLogisticRegression;
import io.github.gdlogistic.spark.GradientDescentLogisticRegressionModel;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.util.Arrays;

/**
 * Trains the estimator in a pipeline on the bundled Pima diabetes data (an ARFF file, read as CSV with its header
 * lines skipped) in local mode, prints the model and its training accuracy, saves the pipeline model and loads it
 * back. Usage: {@code TrainDiabetes [data/diabetes.arff] [output directory]}.
 */
public final class TrainDiabetes {

    private TrainDiabetes() {
    }

    /**
     * @param args the ARFF file and where to save the pipeline model
     * @throws java.io.IOException when the pipeline model cannot be saved
     */
    public static void main(String[] args) throws java.io.IOException {
        String file = args.length > 0 ? args[0] : "data/diabetes.arff";
        String output = args.length > 1 ? args[1] : "spark-ml/target/diabetes-pipeline";
        SparkSession spark = SparkSession.builder().appName("gd-logistic diabetes")
                .master(System.getProperty("spark.master", "local[2]"))
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        String[] inputs = {"preg", "plas", "pres", "skin", "insu", "mass", "pedi", "age"};
        // the ARFF data section is CSV; '@' starts the header lines, class values are quoted with '
        Dataset<Row> data = spark.read().option("comment", "@").option("quote", "'").option("inferSchema", "true")
                .csv(file).toDF(concat(inputs, "class"));
        StringIndexer label = new StringIndexer().setInputCol("class").setOutputCol("label")
                .setStringOrderType("alphabetAsc"); // neg = 0, pos = 1
        VectorAssembler features = new VectorAssembler().setInputCols(inputs).setOutputCol("features");
        GradientDescentLogisticRegression logistic = new GradientDescentLogisticRegression().setRegParam(1e-3);
        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {label, features, logistic})
                .fit(data);
        GradientDescentLogisticRegressionModel model = (GradientDescentLogisticRegressionModel) pipeline.stages()[2];
        System.out.println(model.trainingReport().message());
        System.out.println("coefficients " + Arrays.toString(model.coefficients()[0]) + ", intercept "
                + model.intercepts()[0]);
        Dataset<Row> predicted = pipeline.transform(data);
        double accuracy = predicted.filter(functions.col("label").equalTo(functions.col("prediction"))).count()
                / (double) predicted.count();
        System.out.printf("training accuracy %.4f on %d rows%n", accuracy, predicted.count());
        pipeline.write().overwrite().save(output);
        long same = PipelineModel.load(output).transform(data).select("prediction").except(
                predicted.select("prediction")).count();
        System.out.println("saved to " + output + " and loaded back (" + (same == 0 ? "same predictions" : "DIFFERENT")
                + ")");
        spark.stop();
    }

    private static String[] concat(String[] first, String last) {
        String[] all = Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }
}
