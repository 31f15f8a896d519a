package io.github.gdlogistic.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fit's jobs run in a job group that cancels it, named by iteration; the learning curve is in the summary. */
class ProgressAndCancelTest extends SparkTestBase {

    private static Dataset<Row> frame;

    @BeforeAll
    static void start() {
        frame = new LocalSpark.Data(600, 4, 2, 41).frame(spark, 2);
    }

    @Test
    void jobsRunInTheFitsGroupOneEvaluationAtATime() throws Exception {
        List<String> groups = new CopyOnWriteArrayList<>();
        List<String> descriptions = new CopyOnWriteArrayList<>();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart job) {
                groups.add(String.valueOf(job.properties().getProperty("spark.jobGroup.id")));
                descriptions.add(String.valueOf(job.properties().getProperty("spark.job.description")));
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            GradientDescentLogisticRegression estimator = new GradientDescentLogisticRegression();
            GradientDescentLogisticRegressionModel model = estimator.fit(frame);
            spark.sparkContext().listenerBus().waitUntilEmpty();
            assertTrue(groups.stream().allMatch(("gd-logistic-" + estimator.uid())::equals), groups.toString());
            assertTrue(descriptions.contains("gd-logistic: iteration 1"), descriptions.toString());
            double[] curve = model.lossHistory();
            assertEquals(model.trainingReport().iterations() + 1, curve.length);
            assertTrue(curve[curve.length - 1] < curve[0], "the loss fell: " + java.util.Arrays.toString(curve));
            assertEquals(null, spark.sparkContext().getLocalProperty("spark.jobGroup.id"), "group cleared");
            assertEquals(null, spark.sparkContext().getLocalProperty("spark.job.description"), "description cleared");
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    @Test
    void aGroupSetByTheCallerIsUsedAndItsDescriptionKept() throws Exception {
        List<String> groups = new CopyOnWriteArrayList<>();
        SparkListener listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart job) {
                groups.add(String.valueOf(job.properties().getProperty("spark.jobGroup.id")));
            }
        };
        spark.sparkContext().setJobGroup("callers-group", "caller's work", false);
        spark.sparkContext().addSparkListener(listener);
        try {
            new GradientDescentLogisticRegression().fit(frame);
            spark.sparkContext().listenerBus().waitUntilEmpty();
            assertTrue(!groups.isEmpty() && groups.stream().allMatch("callers-group"::equals), groups.toString());
            assertEquals("callers-group", spark.sparkContext().getLocalProperty("spark.jobGroup.id"));
            assertEquals("caller's work", spark.sparkContext().getLocalProperty("spark.job.description"));
        } finally {
            spark.sparkContext().removeSparkListener(listener);
            spark.sparkContext().clearJobGroup();
        }
    }

    @Test
    void cancellingTheJobGroupStopsTheFit() {
        GradientDescentLogisticRegression estimator = new GradientDescentLogisticRegression();
        String group = "gd-logistic-" + estimator.uid();
        SparkListener canceller = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart job) {
                if ("gd-logistic: iteration 2".equals(job.properties().getProperty("spark.job.description"))) {
                    spark.sparkContext().cancelJobGroup(group);
                }
            }
        };
        spark.sparkContext().addSparkListener(canceller);
        try {
            Exception e = assertThrows(Exception.class, () -> estimator.fit(frame));
            assertTrue(String.valueOf(e.getMessage()).contains("cancel"), e.toString());
        } finally {
            spark.sparkContext().removeSparkListener(canceller);
        }
    }
}
