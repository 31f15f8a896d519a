package io.github.gdlogistic.spark;

import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets a clear error naming the column and the value, whether found on the driver or in a task. */
class BadInputTest extends SparkTestBase {

    private static final StructType SCHEMA = new StructType().add("features", SQLDataTypes.VectorType())
            .add("label", DataTypes.DoubleType);

    private static Dataset<Row> frame(Row... rows) {
        return spark.createDataFrame(Arrays.asList(rows), SCHEMA);
    }

    private static Row row(double label, double... x) {
        return RowFactory.create(Vectors.dense(x), label);
    }

    /** The message of the exception or of one of its causes (a task's error reaches the driver wrapped). */
    private static void assertFailsWith(Executable action, String... parts) {
        Throwable thrown = assertThrows(Exception.class, action);
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        for (String part : parts) {
            assertTrue(messages.toString().contains(part), "expected '" + part + "' in: " + messages);
        }
    }

    private static GradientDescentLogisticRegression estimator() {
        return new GradientDescentLogisticRegression();
    }

    @Test
    void emptyDataFrame() {
        assertFailsWith(() -> estimator().fit(frame()), "no rows", "'features'", "'label'");
    }

    @Test
    void oneClass() {
        assertFailsWith(() -> estimator().fit(frame(row(0, 1, 2), row(0, 2, 3))), "'label'", "only the label 0.0",
                "two classes");
    }

    @Test
    void classWithoutRows() {
        assertFailsWith(() -> estimator().fit(frame(row(0, 1, 2), row(2, 2, 3))), "label 1.0 of column 'label'");
    }

    @Test
    void nonIntegerLabel() {
        assertFailsWith(() -> estimator().fit(frame(row(0, 1, 2), row(1.5, 2, 3))), "'label'", "1.5",
                "class indices");
    }

    @Test
    void negativeWeight() {
        Dataset<Row> weighted = frame(row(0, 1, 2), row(1, 2, 3)).withColumn("w",
                org.apache.spark.sql.functions.lit(-1.0));
        assertFailsWith(() -> estimator().setWeightCol("w").fit(weighted), "'w'", "-1.0");
    }

    @Test
    void nanFeature() {
        assertFailsWith(() -> estimator().fit(frame(row(0, 1, 2), row(1, 2, Double.NaN))), "'features'", "NaN",
                "index 1");
    }

    @Test
    void vectorsOfDifferentSizes() {
        assertFailsWith(() -> estimator().fit(frame(row(0, 1, 2), row(1, 2, 3, 4))), "'features'", "3",
                "expected one size");
    }

    @Test
    void missingColumn() {
        assertFailsWith(() -> estimator().setLabelCol("target").fit(frame(row(0, 1, 2), row(1, 2, 3))),
                "target");
        assertFailsWith(() -> estimator().setWeightCol("w").fit(frame(row(0, 1, 2), row(1, 2, 3))), "'w'",
                "weightCol");
    }

    @Test
    void wrongVectorSizeAtTransform() {
        GradientDescentLogisticRegressionModel model = estimator().fit(frame(row(0, 1, 2), row(1, 2, 3),
                row(0, 0, 1), row(1, 3, 1)));
        Dataset<Row> wider = frame(row(0, 1, 2, 3));
        assertFailsWith(() -> model.transform(wider).collectAsList(), "'features'", "size 3", "expects 2");
    }

    @Test
    void optionOutOfRange() {
        assertFailsWith(() -> estimator().setElasticNetParam(2).fit(frame(row(0, 1, 2), row(1, 2, 3))), "2.0");
        Row[] rows = new Row[40];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(i % 2, i, 1);
        }
        assertFailsWith(() -> estimator().setSolver("sgd").fit(frame(rows)), "'sgd'", "32 rows", "40 rows");
    }

}
