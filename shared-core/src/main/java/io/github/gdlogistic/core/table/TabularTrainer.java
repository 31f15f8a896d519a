package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.CoefficientStatistics;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.TrainingRun;
import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trains a {@link TabularModel} from host rows: fits the {@link FeatureEncoder} and {@link LabelEncoder}, encodes the
 * rows with a class value into a dense {@link Dataset}, trains (a {@link TabularRun} stepped to its end), and adds
 * coefficient statistics for unregularized binary models. Stateless.
 */
public final class TabularTrainer {

    private TabularTrainer() {
    }

    /**
     * @param table training rows
     * @param config training configuration; custom class weights are given in the host's class order
     * @param listener progress and cancellation
     * @return the fitted model
     * @throws IllegalArgumentException when the data cannot be used, naming the problem
     */
    public static TabularModel fit(RawTable table, TrainingConfig config, TrainingListener listener) {
        try (TabularRun run = TabularRun.start(table, config, listener)) {
            while (run.step()) {
                // the run records, reports and decides
            }
            return run.model();
        }
    }

    /** The encoded rows, with the classes named for messages. */
    static Dataset encodeWithNames(RawTable table, FeatureEncoder encoder, LabelEncoder labels) {
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c < labels.numClasses(); c++) {
            classNames.add(labels.name(c));
        }
        return encode(table, encoder, labels).withClassNames(classNames);
    }

    /**
     * Wald standard errors for unregularized binary models that have a finite optimum, else {@code null}; also
     * {@code null}, without the pass over the data they take, when the configuration turns the coefficient
     * statistics off ({@link TrainingConfig#coefficientStatistics()}).
     *
     * @param run the finished run, not closed
     * @param model its model
     * @param modelConfig its configuration
     * @return the standard errors (features, then intercept), or {@code null}
     */
    static double[] standardErrors(TrainingRun run, LogisticModel model, TrainingConfig modelConfig) {
        if (!modelConfig.coefficientStatistics() || !model.isBinary() || modelConfig.lambda() != 0
                || model.report().possiblySeparable()) {
            return null;
        }
        Optional<CoefficientStatistics> statistics = run.coefficientStatistics(model);
        if (statistics.isEmpty()) {
            return null;
        }
        int features = model.coefficients()[0].length;
        double[] standardErrors = new double[features + 1];
        for (int j = 0; j <= features; j++) {
            standardErrors[j] = statistics.get().standardError(j);
        }
        return standardErrors;
    }

    /**
     * @param table training rows
     * @param config training configuration
     * @return the fitted model
     */
    public static TabularModel fit(RawTable table, TrainingConfig config) {
        return fit(table, config, TrainingListener.NONE);
    }

    /** Encodes the rows whose class is a model class. */
    static Dataset encode(RawTable table, FeatureEncoder encoder, LabelEncoder labels) {
        int count = 0;
        for (int i = 0; i < table.rows(); i++) {
            if (labels.toModel(table.classIndex(i)) >= 0) {
                count++;
            }
        }
        int d = encoder.numFeatures();
        int attributes = table.attributes().size();
        if (count == table.rows() && !table.hasMissingValues() && encoder.isIdentity()) {
            // Numeric attributes only, nothing missing, every row with a model class: the encoded rows are the raw
            // rows, so the dataset shares the table's values instead of copying them (both are read-only).
            // The class indices are shared too when the model numbers the classes as the host does.
            int[] classes = table.classesUnsafe();
            for (int i = 0; i < count; i++) {
                int modelClass = labels.toModel(table.classIndex(i));
                if (modelClass != classes[i]) {
                    if (classes == table.classesUnsafe()) {
                        classes = java.util.Arrays.copyOf(classes, count);
                    }
                    classes[i] = modelClass;
                }
            }
            return new Dataset(table.valuesUnsafe(), count, d, classes, table.weightsUnsafe(), labels.numClasses());
        }
        double[] values = new double[BlockLayout.length(count, d)];
        int[] classes = new int[count];
        double[] weights = new double[count];
        double[] raw = new double[attributes];
        double[] encoded = new double[d];
        int row = 0;
        for (int i = 0; i < table.rows(); i++) {
            int modelClass = labels.toModel(table.classIndex(i));
            if (modelClass < 0) {
                continue;
            }
            table.copyRow(i, raw, 0);
            encoder.encode(raw, encoded, 0);
            BlockLayout.setRow(values, d, row, encoded, 0);
            classes[row] = modelClass;
            weights[row] = table.weight(i);
            row++;
        }
        return new Dataset(values, count, d, classes, weights, labels.numClasses());
    }

    static TrainingConfig toModelClasses(TrainingConfig config, LabelEncoder labels) {
        if (config.classWeighting() != ClassWeighting.CUSTOM) {
            return config;
        }
        double[] hostWeights = config.classWeights();
        if (hostWeights.length != labels.hostValues().size()) {
            throw new IllegalArgumentException("Expected " + labels.hostValues().size() + " class weights, one per class "
                    + labels.hostValues() + ", but got " + hostWeights.length);
        }
        double[] modelWeights = new double[labels.numClasses()];
        for (int k = 0; k < modelWeights.length; k++) {
            modelWeights[k] = hostWeights[labels.toHost(k)];
        }
        return config.toBuilder().classWeights(modelWeights).build();
    }
}
