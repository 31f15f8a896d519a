package io.github.gdlogistic.spark;

import io.github.gdlogistic.core.DistributedTraining;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.data.DataSummary;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One distributed fit: the partitions' rows read once into the core's blocks and cached (memory and disk), one pass
 * for the statistics, then the core's optimizer on the driver with every evaluation a Spark job: the raw
 * coefficients broadcast, each partition's sums by the core's kernels, collected and added in partition order (so
 * the same data and partitioning give the same model bit for bit). The jobs run in the caller's job group, or in
 * {@code gd-logistic-<uid>} when none is set, so {@code SparkContext.cancelJobGroup} cancels training; each
 * iteration is logged and named in the job description.
 */
final class DistributedFit {

    private static final Logger LOG = LoggerFactory.getLogger(DistributedFit.class);

    private final GradientDescentLogisticRegression estimator;
    private final Dataset<?> dataset;

    DistributedFit(GradientDescentLogisticRegression estimator, Dataset<?> dataset) {
        this.estimator = estimator;
        this.dataset = dataset;
    }

    GradientDescentLogisticRegressionModel model() {
        TrainingConfig config = estimator.trainingConfig();
        String featuresCol = estimator.getFeaturesCol();
        String labelCol = estimator.getLabelCol();
        String weightCol = estimator.weightColumn();
        requireColumn(featuresCol, "featuresCol");
        requireColumn(labelCol, "labelCol");
        Column weight = functions.lit(1.0);
        if (!weightCol.isEmpty()) {
            requireColumn(weightCol, "weightCol");
            weight = functions.col(weightCol).cast("double");
        }
        String[] names = {featuresCol, labelCol, weightCol.isEmpty() ? "(unit weights)" : weightCol};
        JavaRDD<Row> rows = dataset.select(functions.col(featuresCol), functions.col(labelCol).cast("double"),
                weight).toJavaRDD();
        JavaRDD<PartitionBlocks> blocks = rows.mapPartitionsWithIndex((partition, input) -> Collections
                .singletonList(PartitionBlocks.read(partition, input, names)).iterator(), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        SparkContext sc = dataset.sparkSession().sparkContext();
        boolean ownGroup = sc.getLocalProperty("spark.jobGroup.id") == null;
        String callersDescription = sc.getLocalProperty("spark.job.description");
        if (ownGroup) {
            sc.setJobGroup("gd-logistic-" + estimator.uid(), "gd-logistic training", true);
        }
        try {
            return fit(sc, blocks, config, names);
        } finally {
            blocks.unpersist(false);
            if (ownGroup) {
                sc.clearJobGroup(); // also clears the description
            } else {
                sc.setJobDescription(callersDescription);
            }
        }
    }

    private void requireColumn(String column, String param) {
        if (!Arrays.asList(dataset.columns()).contains(column)) {
            throw new IllegalArgumentException("Column '" + column + "' (param " + param + ") is not in the "
                    + "DataFrame; its columns are " + Arrays.toString(dataset.columns()));
        }
    }

    private GradientDescentLogisticRegressionModel fit(SparkContext sc, JavaRDD<PartitionBlocks> blocks,
            TrainingConfig config, String[] names) {
        sc.setJobDescription("gd-logistic: reading the partitions into blocks");
        List<int[]> shapes = blocks.map(b -> new int[] {b.rows(), b.features(), b.maxLabel()}).collect();
        long rowCount = 0;
        int features = -1;
        int maxLabel = -1;
        for (int[] shape : shapes) {
            if (shape[0] == 0) {
                continue;
            }
            if (features >= 0 && shape[1] != features) {
                throw new IllegalArgumentException("Column '" + names[0] + "' holds vectors of size " + features
                        + " and " + shape[1] + "; expected one size");
            }
            rowCount += shape[0];
            features = shape[1];
            maxLabel = Math.max(maxLabel, shape[2]);
        }
        if (rowCount == 0) {
            throw new IllegalArgumentException("The DataFrame has no rows (columns '" + names[0] + "', '" + names[1]
                    + "'); expected at least one row of each class");
        }
        if (maxLabel < 1) {
            throw new IllegalArgumentException("Column '" + names[1] + "' holds only the label " + maxLabel
                    + ".0; expected at least two classes (labels 0 and 1)");
        }
        int numClasses = maxLabel + 1;
        DistributedTraining.requireSupported(config, rowCount);
        sc.setJobDescription("gd-logistic: standardization statistics");
        List<DataSummary> parts = blocks.map(b -> b.summary(numClasses)).collect();
        DataSummary summary = DataSummary.empty(features, numClasses);
        for (DataSummary part : parts) {
            if (part != null) {
                summary = summary.plus(part);
            }
        }
        double[] classWeights = LogisticRegressionTrainer.effectiveClassWeights(summary.classTotals(),
                c -> "label " + c + ".0 of column '" + names[1] + "'", config);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        sc.setJobDescription("gd-logistic: iteration 1"); // the starting point's evaluation included
        int[] evaluations = {0};
        long totalRows = rowCount;
        LogisticModel core = DistributedTraining.fit(summary, classWeights, config, (raw, gradient) -> {
            evaluations[0]++;
            Broadcast<double[]> coefficients = jsc.broadcast(raw);
            try {
                List<double[]> sums = blocks.map(b -> b.sums(coefficients.value(), classWeights, numClasses,
                        config, totalRows)).collect();
                Arrays.fill(gradient, 0.0);
                double loss = 0;
                for (double[] part : sums) { // partition order: the same sum on every run
                    if (part != null) {
                        loss += part[0];
                        for (int k = 0; k < gradient.length; k++) {
                            gradient[k] += part[k + 1];
                        }
                    }
                }
                return loss;
            } finally {
                coefficients.destroy();
            }
        }, new TrainingListener() {
            @Override
            public void onIteration(int iteration, int maxIterations, double loss) {
                LOG.info("gd-logistic iteration {} of at most {}: loss {}", iteration, maxIterations, loss);
                sc.setJobDescription("gd-logistic: iteration " + (iteration + 1));
            }
        });
        LOG.info("gd-logistic: {} after {} loss evaluations", core.report().message(), evaluations[0]);
        return new GradientDescentLogisticRegressionModel(estimator.uid(),
                GradientDescentLogisticRegressionModel.tabular(core,
                        ColumnNames.features(dataset.schema(), names[0], features),
                        ColumnNames.classes(dataset.schema(), names[1], numClasses), summary.means()));
    }
}
