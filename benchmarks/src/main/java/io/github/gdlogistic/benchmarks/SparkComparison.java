package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.spark.GradientDescentLogisticRegression;
import io.github.gdlogistic.spark.GradientDescentLogisticRegressionModel;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Side by side in one {@code local[2]} session: this project's Spark estimator against MLlib's
 * {@code LogisticRegression} on seeded data (10^6 x 20 binary, 10^5 x 50 with 10 classes), the same objective
 * (regParam = lambda, elasticNetParam = alpha = 0, standardization on), both run to a relative loss change of 1e-9:
 * wall time to fit, iterations, Spark jobs during the fit (loss evaluations plus the setup passes), time per job,
 * and the final objective; medians over the repetitions, the two alternating. Reported, never asserted.
 *
 * <p>Usage: {@code ./benchmark --spark [repetitions]} (default 3).
 */
public final class SparkComparison {

    private static final double LAMBDA = 1e-3;
    private static final double TOLERANCE = 1e-9;

    private SparkComparison() {
    }

    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("gd-logistic-vs-mllib")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        AtomicInteger jobs = new AtomicInteger();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                jobs.incrementAndGet();
            }
        });
        System.out.println("repetitions " + repetitions + ", local[2], lambda " + LAMBDA + ", alpha 0, tolerance "
                + TOLERANCE + "; " + io.github.gdlogistic.core.objective.SimdSupport.description());
        compare(spark, jobs, "binary 1000000 x 20", seeded(spark, 1_000_000, 20, 2, 1), repetitions);
        compare(spark, jobs, "10 classes 100000 x 50", seeded(spark, 100_000, 50, 10, 2), repetitions);
        spark.stop();
    }

    private static void compare(SparkSession spark, AtomicInteger jobs, String name, Dataset<Row> data,
            int repetitions) {
        double[][] ours = new double[repetitions][];
        double[][] theirs = new double[repetitions][];
        for (int r = 0; r < repetitions; r++) {
            ours[r] = timeOurs(data, jobs);
            theirs[r] = timeMllib(data, jobs);
            System.out.printf(Locale.ROOT, "  %s run %d: ours %.2f s, MLlib %.2f s%n", name, r + 1, ours[r][0],
                    theirs[r][0]);
        }
        double[] a = medians(ours);
        double[] b = medians(theirs);
        System.out.println(name + " (medians of " + repetitions + ")");
        System.out.println("  estimator    wall s  iterations  jobs  ms/job   final objective");
        print("ours", a);
        print("MLlib", b);
        System.out.printf(Locale.ROOT, "  MLlib / ours wall time: %.2f; objective gap (MLlib - ours) / ours: %.2e%n",
                b[0] / a[0], (b[4] - a[4]) / a[4]);
    }

    private static void print(String who, double[] m) {
        System.out.printf(Locale.ROOT, "  %-10s %8.2f %11.0f %5.0f %7.1f   %.12f%n", who, m[0], m[1], m[2], m[3], m[4]);
    }

    /** @return {seconds, iterations, jobs, ms per job, final objective} */
    private static double[] timeOurs(Dataset<Row> data, AtomicInteger jobs) {
        int before = jobs.get();
        long start = System.nanoTime();
        GradientDescentLogisticRegressionModel model = new GradientDescentLogisticRegression().setRegParam(LAMBDA)
                .setTol(TOLERANCE).setMaxIter(1000).fit(data);
        double seconds = (System.nanoTime() - start) / 1e9;
        int count = jobs.get() - before;
        return new double[] {seconds, model.trainingReport().iterations(), count, 1000 * seconds / count,
            model.trainingReport().finalLoss()};
    }

    private static double[] timeMllib(Dataset<Row> data, AtomicInteger jobs) {
        int before = jobs.get();
        long start = System.nanoTime();
        LogisticRegressionModel model = new LogisticRegression().setRegParam(LAMBDA).setElasticNetParam(0)
                .setStandardization(true).setTol(TOLERANCE).setMaxIter(1000).fit(data);
        double seconds = (System.nanoTime() - start) / 1e9;
        int count = jobs.get() - before;
        double[] history = model.summary().objectiveHistory();
        return new double[] {seconds, model.summary().totalIterations(), count, 1000 * seconds / count,
            history[history.length - 1]};
    }

    private static double[] medians(double[][] runs) {
        double[] result = new double[runs[0].length];
        for (int k = 0; k < result.length; k++) {
            double[] values = new double[runs.length];
            for (int r = 0; r < runs.length; r++) {
                values[r] = runs[r][k];
            }
            Arrays.sort(values);
            result[k] = values.length % 2 == 1 ? values[values.length / 2]
                    : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
        }
        return result;
    }

    /**
     * Seeded data from a planted model, generated in two partitions on the executors and cached: features
     * N(0, 1) times a per-feature scale, labels drawn from the model's probabilities.
     */
    private static Dataset<Row> seeded(SparkSession spark, int rows, int features, int classes, long seed) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int outputs = classes == 2 ? 1 : classes;
        Random planted = new Random(seed);
        double[][] truth = new double[outputs][features];
        for (double[] w : truth) {
            for (int j = 0; j < features; j++) {
                w[j] = planted.nextGaussian() * 0.5;
            }
        }
        StructType schema = new StructType().add("features", SQLDataTypes.VectorType())
                .add("label", DataTypes.DoubleType);
        Dataset<Row> data = spark.createDataFrame(jsc.parallelize(Arrays.asList(0, 1), 2).flatMap(part -> {
            Random random = new Random(seed * 1000 + part);
            List<Row> out = new ArrayList<>(rows / 2);
            double[] scores = new double[outputs];
            for (int i = 0; i < rows / 2; i++) {
                double[] x = new double[features];
                for (int j = 0; j < features; j++) {
                    x[j] = random.nextGaussian() * (1 + j % 5);
                }
                for (int c = 0; c < outputs; c++) {
                    double z = 0;
                    for (int j = 0; j < features; j++) {
                        z += truth[c][j] * x[j] / (1 + j % 5);
                    }
                    scores[c] = z;
                }
                out.add(RowFactory.create(Vectors.dense(x), (double) draw(scores, random)));
            }
            return out.iterator();
        }), schema).cache();
        data.count();
        return data;
    }

    private static int draw(double[] scores, Random random) {
        if (scores.length == 1) {
            return random.nextDouble() < 1 / (1 + Math.exp(-scores[0])) ? 1 : 0;
        }
        double max = Arrays.stream(scores).max().getAsDouble();
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - max);
        }
        double u = random.nextDouble() * sum;
        for (int c = 0; c < scores.length; c++) {
            u -= Math.exp(scores[c] - max);
            if (u <= 0) {
                return c;
            }
        }
        return scores.length - 1;
    }
}
