package io.github.gdlogistic.spark;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.TrainingReport;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.FeatureEncoder;
import io.github.gdlogistic.core.table.LabelEncoder;
import io.github.gdlogistic.core.table.ModelFiles;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import org.apache.spark.ml.classification.ProbabilisticClassificationModel;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsReader$;
import org.apache.spark.ml.util.DefaultParamsWriter$;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Option;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fitted model of {@link GradientDescentLogisticRegression}: {@code transform} appends {@code rawPrediction}
 * (the scores: {@code [-z, z]} for two classes, one score per class otherwise, as MLlib), {@code probability} and
 * {@code prediction}. For two classes the prediction is class 1 when its probability reaches the model's threshold,
 * unless Spark's {@code thresholds} param is set. It holds the core's model ({@link #toCoreModel}), which the core
 * can save as a model file and export as PMML, and saves itself with that model file inside.
 */
public final class GradientDescentLogisticRegressionModel
        extends ProbabilisticClassificationModel<Vector, GradientDescentLogisticRegressionModel>
        implements MLWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final TabularModel model;
    private final double[][] coefficients;
    private final double[] intercepts;

    /**
     * @param uid the uid
     * @param model the core's model (numeric attributes, one class value per label, label 0 first)
     */
    public GradientDescentLogisticRegressionModel(String uid, TabularModel model) {
        this(PendingUid.hold(uid), model, true);
    }

    private GradientDescentLogisticRegressionModel(String uid, TabularModel model, boolean held) {
        super();
        this.uid = uid;
        PendingUid.release();
        this.model = model;
        this.coefficients = model.core().coefficients();
        this.intercepts = model.core().intercepts();
    }

    /**
     * The core's model around a fitted one: numeric attributes whose fill value (for missing values, in PMML) is the
     * training mean, and the classes in label order.
     *
     * @param core the fitted model on the feature vector
     * @param featureNames one name per feature
     * @param classNames one name per class, label 0 first
     * @param means the weighted training mean per feature
     * @return the core's tabular model
     */
    static TabularModel tabular(LogisticModel core, List<String> featureNames, List<String> classNames,
            double[] means) {
        List<AttributeSpec> attributes = new ArrayList<>();
        for (String name : featureNames) {
            attributes.add(AttributeSpec.numeric(name));
        }
        // one row per class, each the training means: the encoder's fill values are the means and every class is
        // present in the label encoder, in label order
        RawTable.Builder table = RawTable.builder(attributes, classNames, core.numClasses());
        for (int c = 0; c < core.numClasses(); c++) {
            table.addRow(means, c, 1.0);
        }
        RawTable rows = table.build();
        return new TabularModel(FeatureEncoder.fit(rows), LabelEncoder.fit(rows), core, null);
    }

    @Override
    public String uid() {
        return uid != null ? uid : PendingUid.current();
    }

    /**
     * @return the core's model: same coefficients, classes and threshold; save it with {@code ModelFiles}, export it
     *         with {@code PmmlWriter}
     */
    public TabularModel toCoreModel() {
        return model;
    }

    /** @return the training summary: convergence, iterations, final loss and the learning curve */
    public TrainingReport trainingReport() {
        return model.report();
    }

    /** @return the objective after each iteration, iteration 0 being the start */
    public double[] lossHistory() {
        return model.report().lossHistory().stream().mapToDouble(point -> point.loss()).toArray();
    }

    /** @return raw-unit coefficients, one vector per weight vector (one for two classes) */
    public double[][] coefficients() {
        return model.core().coefficients();
    }

    /** @return raw-unit intercepts */
    public double[] intercepts() {
        return model.core().intercepts();
    }

    /** @return the binary decision threshold on P(class 1) */
    public double threshold() {
        return model.threshold();
    }

    @Override
    public int numClasses() {
        return model.core().numClasses();
    }

    @Override
    public int numFeatures() {
        return model.core().numFeatures();
    }

    @Override
    public Vector predictRaw(Vector features) {
        if (features.size() != coefficients[0].length) {
            throw new IllegalArgumentException("Column '" + getFeaturesCol() + "' holds a vector of size "
                    + features.size() + "; this model expects " + coefficients[0].length + " features");
        }
        double[] scores = new double[intercepts.length];
        for (int c = 0; c < scores.length; c++) {
            double z = intercepts[c];
            double[] w = coefficients[c];
            if (features instanceof org.apache.spark.ml.linalg.SparseVector) {
                org.apache.spark.ml.linalg.SparseVector sparse = (org.apache.spark.ml.linalg.SparseVector) features;
                int[] indices = sparse.indices();
                double[] values = sparse.values();
                for (int k = 0; k < indices.length; k++) {
                    z += w[indices[k]] * values[k];
                }
            } else {
                for (int j = 0; j < w.length; j++) {
                    z += w[j] * features.apply(j);
                }
            }
            scores[c] = z;
        }
        return scores.length == 1 ? Vectors.dense(-scores[0], scores[0]) : Vectors.dense(scores);
    }

    /** The core's probabilities from the scores: its sigmoid for two classes, its softmax for more. */
    @Override
    public Vector raw2probabilityInPlace(Vector rawPrediction) {
        DenseVector dense = (DenseVector) rawPrediction;
        double[] v = dense.values();
        if (v.length == 2) {
            double p = LogisticModel.sigmoid(v[1]);
            v[0] = 1 - p;
            v[1] = p;
        } else {
            LogisticModel.softmaxInPlace(v, 0, v.length);
        }
        return dense;
    }

    @Override
    public double probability2prediction(Vector probability) {
        if (isDefined(thresholds())) {
            return super.probability2prediction(probability);
        }
        return LogisticModel.classify(probability.toArray(), model.threshold());
    }

    @Override
    public double raw2prediction(Vector rawPrediction) {
        return probability2prediction(raw2probability(rawPrediction));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public scala.Tuple3 findSummaryModel() {
        return super.findSummaryModel();
    }

    @Override
    public GradientDescentLogisticRegressionModel copy(ParamMap extra) {
        GradientDescentLogisticRegressionModel copied = new GradientDescentLogisticRegressionModel(uid, model);
        return copyValues(copied, extra).setParent(parent());
    }

    @Override
    public MLWriter write() {
        return new Writer(this);
    }

    /** @return the reader for {@link #load} and {@code PipelineModel.load} */
    public static MLReader<GradientDescentLogisticRegressionModel> read() {
        return new Reader();
    }

    /**
     * @param path where a model was saved
     * @return the model
     */
    public static GradientDescentLogisticRegressionModel load(String path) {
        return read().load(path);
    }

    @Override
    public String toString() {
        return "GradientDescentLogisticRegressionModel: uid=" + uid + ", numClasses=" + numClasses()
                + ", numFeatures=" + numFeatures();
    }

    /** Params as JSON metadata (Spark's format); the core's model file in one Parquet row under {@code data}. */
    private static final class Writer extends MLWriter {
        private final GradientDescentLogisticRegressionModel instance;

        Writer(GradientDescentLogisticRegressionModel instance) {
            this.instance = instance;
        }

        @Override
        public void saveImpl(String path) {
            DefaultParamsWriter$.MODULE$.saveMetadata(instance, path, sc(), Option.empty(), Option.empty());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                ModelFiles.write(instance.model, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StructType schema = new StructType().add("model", DataTypes.BinaryType, false);
            List<Row> rows = Collections.singletonList(RowFactory.create((Object) bytes.toByteArray()));
            sparkSession().createDataFrame(rows, schema).repartition(1).write().parquet(path + "/data");
        }
    }

    /** Reads what {@link Writer} wrote; the core checks the model file. */
    private static final class Reader extends MLReader<GradientDescentLogisticRegressionModel> {
        @Override
        public GradientDescentLogisticRegressionModel load(String path) {
            DefaultParamsReader.Metadata metadata = DefaultParamsReader$.MODULE$.loadMetadata(path, sc(),
                    GradientDescentLogisticRegressionModel.class.getName());
            Row row = sparkSession().read().parquet(path + "/data").select("model").head();
            TabularModel model;
            try {
                model = ModelFiles.read(new ByteArrayInputStream((byte[]) row.get(0)), path + "/data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GradientDescentLogisticRegressionModel loaded =
                    new GradientDescentLogisticRegressionModel(metadata.uid(), model);
            metadata.getAndSetParams(loaded, Option.empty());
            return loaded;
        }
    }

    /** @return a random uid with this model's prefix (for models built from a core model) */
    static String randomUid() {
        return Identifiable.randomUID("gdLogRegModel");
    }
}
