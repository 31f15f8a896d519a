package io.github.gdlogistic.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A local[2] session on the loopback interface without UI, and seeded test data; one session per test class. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder().master("local[2]").appName("gd-logistic-test")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    /** Seeded data: rows x features, labels from a softmax/sigmoid model with noise, and instance weights. */
    static final class Data {
        final double[][] x;
        final int[] labels;
        final double[] weights;
        final int numClasses;

        Data(int rows, int features, int numClasses, long seed) {
            Random random = new Random(seed);
            this.numClasses = numClasses;
            int outputs = numClasses;
            double[][] truth = new double[outputs][features];
            for (double[] w : truth) {
                for (int j = 0; j < features; j++) {
                    w[j] = random.nextGaussian();
                }
            }
            x = new double[rows][features];
            labels = new int[rows];
            weights = new double[rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < features; j++) {
                    x[i][j] = random.nextGaussian() * (j + 1) + j; // scales and means differ per feature
                }
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < outputs; c++) {
                    double score = random.nextGaussian() * 2;
                    for (int j = 0; j < features; j++) {
                        score += truth[c][j] * (x[i][j] - j) / (j + 1);
                    }
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
                labels[i] = best;
                weights[i] = 0.5 + random.nextInt(3);
            }
        }

        Dataset<Row> frame(SparkSession spark, int partitions) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                rows.add(RowFactory.create(Vectors.dense(x[i]), (double) labels[i], weights[i]));
            }
            StructType schema = new StructType().add("features", SQLDataTypes.VectorType())
                    .add("label", DataTypes.DoubleType).add("weight", DataTypes.DoubleType);
            // parallelize slices the rows into consecutive, fixed partitions (no shuffle, so a fixed row order)
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            return spark.createDataFrame(jsc.parallelize(rows, partitions), schema);
        }
    }
}
