package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.TrainingReport;
import io.github.gdlogistic.core.metrics.ThresholdCurve;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A fitted model that speaks the host's language: raw rows in (attribute values, nominal indices, NaN for missing),
 * probabilities over all host class values out. Wraps the {@link FeatureEncoder}, the {@link LabelEncoder} and the
 * {@link LogisticModel} on encoded features. Immutable and serializable; see {@link ModelFiles} for files.
 */
public final class TabularModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final FeatureEncoder encoder;
    private final LabelEncoder labels;
    private final LogisticModel model;
    private final double[] standardErrors;

    /**
     * @param encoder the fitted feature encoder
     * @param labels the fitted label encoder
     * @param model the model on encoded features
     * @param standardErrors standard errors (features then intercept), or {@code null} when unavailable
     */
    public TabularModel(FeatureEncoder encoder, LabelEncoder labels, LogisticModel model, double[] standardErrors) {
        this.encoder = encoder;
        this.labels = labels;
        this.model = model;
        this.standardErrors = standardErrors == null ? null : standardErrors.clone();
        validate();
    }

    private void validate() {
        if (encoder == null || labels == null || model == null) {
            throw new IllegalArgumentException("Inconsistent model: the " + (encoder == null ? "feature encoder"
                    : labels == null ? "label encoder" : "model on encoded features") + " is missing");
        }
        if (encoder.numFeatures() != model.numFeatures() || labels.numClasses() != model.numClasses()) {
            throw new IllegalArgumentException("Encoder (" + encoder.numFeatures() + " features, "
                    + labels.numClasses() + " classes) does not match the model (" + model.numFeatures()
                    + " features, " + model.numClasses() + " classes)");
        }
        if (standardErrors != null && standardErrors.length != model.numFeatures() + 1) {
            throw new IllegalArgumentException("Inconsistent model: " + standardErrors.length
                    + " standard errors; expected " + (model.numFeatures() + 1) + " (features and intercept)");
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            validate();
        } catch (IllegalArgumentException e) {
            throw new InvalidObjectException("Damaged model: " + e.getMessage());
        }
    }

    /** @return the input attributes, in the order raw rows list them */
    public List<AttributeSpec> attributes() {
        return encoder.attributes();
    }

    /** @return all host class values (probabilities come in this order) */
    public List<String> classValues() {
        return labels.hostValues();
    }

    /** @return names of the encoded features the coefficients belong to */
    public List<String> encodedFeatureNames() {
        return encoder.featureNames();
    }

    /** @return the feature encoder */
    public FeatureEncoder encoder() {
        return encoder;
    }

    /** @return the label encoder */
    public LabelEncoder labels() {
        return labels;
    }

    /** @return the model on encoded features */
    public LogisticModel core() {
        return model;
    }

    /** @return the training report */
    public TrainingReport report() {
        return model.report();
    }

    /** @return the binary decision threshold */
    public double threshold() {
        return model.threshold();
    }

    /** @return the threshold tuning curve, when tuning was on */
    public Optional<ThresholdCurve> thresholdCurve() {
        return model.thresholdCurve();
    }

    /**
     * @return the host class value whose probability the binary threshold applies to (the second class present in
     *         training), or empty for multinomial models
     */
    public Optional<String> positiveClass() {
        return model.isBinary() ? Optional.of(labels.name(1)) : Optional.empty();
    }

    /**
     * @param raw one raw value per attribute (NaN = missing)
     * @return one probability per host class value; classes absent from training get 0
     */
    public double[] probabilities(double[] raw) {
        double[] modelProbabilities = model.probabilities(encoder.encode(raw));
        return toHost(modelProbabilities, 0);
    }

    /**
     * Batch prediction over row-major raw rows.
     *
     * @param raw {@code rows * attributes().size()} raw values
     * @param rows number of rows
     * @return row-major probabilities, {@code rows * classValues().size()}
     */
    public double[] probabilities(double[] raw, int rows) {
        int attributes = encoder.attributes().size();
        if (raw == null || (long) rows * attributes != raw.length) {
            throw new IllegalArgumentException("Expected " + ((long) rows * attributes) + " raw values for " + rows
                    + " rows x " + attributes + " attributes, but got " + (raw == null ? "null" : raw.length));
        }
        int d = encoder.numFeatures();
        double[] encoded = new double[rows * d];
        for (int i = 0; i < rows; i++) {
            encoder.encode(raw, i * attributes, encoded, i * d);
        }
        double[] modelProbabilities = model.probabilities(encoded, rows);
        int hostClasses = labels.hostValues().size();
        double[] out = new double[rows * hostClasses];
        int k = model.numClasses();
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < k; c++) {
                out[i * hostClasses + labels.toHost(c)] = modelProbabilities[i * k + c];
            }
        }
        return out;
    }

    private double[] toHost(double[] modelProbabilities, int offset) {
        double[] out = new double[labels.hostValues().size()];
        for (int c = 0; c < model.numClasses(); c++) {
            out[labels.toHost(c)] = modelProbabilities[offset + c];
        }
        return out;
    }

    /**
     * @param raw one raw row
     * @return the predicted host class index (binary: positive class when its probability reaches the threshold)
     */
    public int predict(double[] raw) {
        return predict(raw, model.threshold());
    }

    /**
     * @param raw one raw row
     * @param threshold binary threshold override in (0, 1); ignored by multinomial models
     * @return the predicted host class index
     */
    public int predict(double[] raw, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("Decision threshold must be strictly between 0 and 1, but was "
                    + threshold);
        }
        return labels.toHost(LogisticModel.classify(model.probabilities(encoder.encode(raw)), threshold));
    }

    /**
     * @param hostProbabilities probabilities over host classes, as returned by {@link #probabilities(double[])}
     * @param threshold binary threshold in (0, 1)
     * @return the predicted host class index
     */
    public int classify(double[] hostProbabilities, double threshold) {
        double[] modelProbabilities = new double[model.numClasses()];
        for (int c = 0; c < modelProbabilities.length; c++) {
            modelProbabilities[c] = hostProbabilities[labels.toHost(c)];
        }
        return labels.toHost(LogisticModel.classify(modelProbabilities, threshold));
    }

    /** @return whether standard errors, z-scores and p-values are available */
    public boolean hasStatistics() {
        return standardErrors != null;
    }

    /**
     * The coefficient table in original units: for binary models one block for the positive class, for multinomial
     * models one block per class; each block starts with the intercept row.
     *
     * @return the rows
     */
    public List<CoefficientRow> coefficientTable() {
        double[][] coefficients = model.coefficients();
        double[] intercepts = model.intercepts();
        double[][] standardized = model.standardizedCoefficients();
        double[] standardizedIntercepts = model.standardizedIntercepts();
        List<String> names = encoder.featureNames();
        List<CoefficientRow> rows = new ArrayList<>();
        for (int c = 0; c < coefficients.length; c++) {
            String className = model.isBinary() ? labels.name(1) : labels.name(c);
            double interceptError = standardErrors == null ? Double.NaN : standardErrors[names.size()];
            rows.add(new CoefficientRow(className, CoefficientRow.INTERCEPT, intercepts[c], standardizedIntercepts[c],
                    interceptError));
            for (int j = 0; j < names.size(); j++) {
                double error = standardErrors == null ? Double.NaN : standardErrors[j];
                rows.add(new CoefficientRow(className, names.get(j), coefficients[c][j], standardized[c][j], error));
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /** @return the readable multi-line summary (see {@link ModelSummary}) */
    public String summary() {
        return ModelSummary.describe(this, 4);
    }

    @Override
    public String toString() {
        return summary();
    }
}
