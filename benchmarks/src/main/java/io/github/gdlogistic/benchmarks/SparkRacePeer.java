package io.github.gdlogistic.benchmarks;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Spark MLlib's LogisticRegression in {@code local[2]} on the loopback interface, one session for the whole run
 * (its start is not timed), the data held as a locally checkpointed DataFrame of 2 partitions (no lineage to the
 * driver's rows) before the timed fits.
 */
final class SparkRacePeer extends RacePeer implements AutoCloseable {

    private SparkSession session;
    private Dataset<Row> cached;

    SparkRacePeer() {
        super("Spark MLlib 3.5.9 LogisticRegression, local[2]", "regParam = lambda, elasticNetParam 0, "
                + "standardization on, tol 1e-6 (default), maxIter 1000; more classes: multinomial, K vectors");
    }

    private SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("peer benchmark")
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    @Override
    Callable<PeerObjective.Fitted> prepare(PeerProblem problem) {
        List<Row> rows = new ArrayList<>(problem.rowCount());
        for (int i = 0; i < problem.rowCount(); i++) {
            rows.add(RowFactory.create((double) problem.labels[i], Vectors.dense(problem.rows[i])));
        }
        StructType schema = new StructType(new StructField[] {
            DataTypes.createStructField("label", DataTypes.DoubleType, false),
            DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)});
        JavaSparkContext context = JavaSparkContext.fromSparkContext(session().sparkContext());
        // A local checkpoint cuts the lineage to the parallelized rows: without it every task of every job ships its
        // partition's rows with it (about 100 MB a task on 10^6 x 20), which made MLlib look many times slower.
        Dataset<Row> frame = session().createDataFrame(context.parallelize(rows, 2), schema).localCheckpoint(true);
        cached = frame;
        LogisticRegression estimator = new LogisticRegression().setRegParam(problem.lambda).setElasticNetParam(0)
                .setMaxIter(1000);
        return () -> {
            LogisticRegressionModel model = estimator.fit(frame);
            return problem.classes() == 2 ? binary(model, problem) : multinomial(model, problem);
        };
    }

    private static PeerObjective.Fitted binary(LogisticRegressionModel model, PeerProblem problem) {
        double[] w = model.coefficients().toArray();
        double b = model.intercept();
        return (row, out) -> {
            double z = b;
            for (int j = 0; j < w.length; j++) {
                z += w[j] * problem.rows[row][j];
            }
            out[1] = 1 / (1 + Math.exp(-z));
            out[0] = 1 - out[1];
        };
    }

    private static PeerObjective.Fitted multinomial(LogisticRegressionModel model, PeerProblem problem) {
        Matrix w = model.coefficientMatrix();
        Vector b = model.interceptVector();
        return (row, out) -> {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < out.length; c++) {
                double z = b.apply(c);
                for (int j = 0; j < problem.features(); j++) {
                    z += w.apply(c, j) * problem.rows[row][j];
                }
                out[c] = z;
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int c = 0; c < out.length; c++) {
                out[c] = Math.exp(out[c] - max);
                sum += out[c];
            }
            for (int c = 0; c < out.length; c++) {
                out[c] /= sum;
            }
        };
    }

    @Override
    void release() {
        if (cached != null) {
            cached.unpersist(true);
            cached = null;
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.stop();
        }
    }
}
