package io.github.gdlogistic.core;

import io.github.gdlogistic.core.metrics.ThresholdCurve;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * A fitted logistic regression model on numeric features: binary (one coefficient vector for class 1, sigmoid) or
 * multinomial (one vector per class, softmax). Coefficients are kept in original feature units; the standardized
 * ones the penalty acted on are kept too. Immutable and serializable; accessors return copies.
 */
public final class LogisticModel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Scores that overflow are recomputed with coefficients and values scaled by {@code 2^-SCALE_EXPONENT}. */
    private static final int SCALE_EXPONENT = 540;

    private final int numClasses;
    private final int features;
    private final double[][] coefficients;
    private final double[] intercepts;
    private final double[][] standardizedCoefficients;
    private final double[] standardizedIntercepts;
    private final double threshold;
    private final ThresholdCurve thresholdCurve;
    private final TrainingReport report;
    private final TrainingConfig config;

    /**
     * @param numClasses number of classes (2 means binary with one coefficient vector)
     * @param coefficients raw-unit coefficients, {@code [outputs][features]}
     * @param intercepts raw-unit intercepts, {@code [outputs]}
     * @param standardizedCoefficients coefficients on standardized features
     * @param standardizedIntercepts intercepts on standardized features
     * @param threshold binary decision threshold
     * @param thresholdCurve the tuning curve, or {@code null}
     * @param report what happened during training
     * @param config the configuration used
     */
    public LogisticModel(int numClasses, double[][] coefficients, double[] intercepts,
            double[][] standardizedCoefficients, double[] standardizedIntercepts, double threshold,
            ThresholdCurve thresholdCurve, TrainingReport report, TrainingConfig config) {
        this.numClasses = numClasses;
        this.features = coefficients[0].length;
        this.coefficients = deepCopy(coefficients);
        this.intercepts = intercepts.clone();
        this.standardizedCoefficients = deepCopy(standardizedCoefficients);
        this.standardizedIntercepts = standardizedIntercepts.clone();
        this.threshold = threshold;
        this.thresholdCurve = thresholdCurve;
        this.report = report;
        this.config = config;
        validate();
    }

    private void validate() {
        int outputs = numClasses == 2 ? 1 : numClasses;
        if (numClasses < 2 || coefficients.length != outputs || intercepts.length != outputs
                || standardizedCoefficients.length != outputs || standardizedIntercepts.length != outputs) {
            throw new IllegalArgumentException("Inconsistent model: " + numClasses + " classes but "
                    + coefficients.length + " coefficient vectors, " + intercepts.length + " intercepts, "
                    + standardizedCoefficients.length + " standardized coefficient vectors and "
                    + standardizedIntercepts.length + " standardized intercepts; expected " + outputs + " of each");
        }
        for (int c = 0; c < outputs; c++) {
            checkVector("coefficient", c, coefficients[c], intercepts[c]);
            checkVector("standardized coefficient", c, standardizedCoefficients[c], standardizedIntercepts[c]);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("Model threshold must be in (0, 1), but was " + threshold);
        }
        if (report == null || config == null) {
            throw new IllegalArgumentException("Inconsistent model: the training " + (report == null ? "report"
                    : "configuration") + " is missing");
        }
    }

    private void checkVector(String kind, int output, double[] vector, double intercept) {
        if (vector == null || vector.length != features) {
            throw new IllegalArgumentException("Inconsistent model: " + kind + " vector " + output + " has "
                    + (vector == null ? "no" : String.valueOf(vector.length)) + " entries, expected " + features);
        }
        for (int j = 0; j < features; j++) {
            if (!Double.isFinite(vector[j])) {
                throw new IllegalArgumentException("Damaged model: " + kind + " " + j + " of vector " + output
                        + " is " + vector[j] + "; expected a finite number");
            }
        }
        if (!Double.isFinite(intercept)) {
            throw new IllegalArgumentException("Damaged model: the intercept of " + kind + " vector " + output
                    + " is " + intercept + "; expected a finite number");
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            if (coefficients == null || intercepts == null || standardizedCoefficients == null
                    || standardizedIntercepts == null) {
                throw new IllegalArgumentException("missing coefficients");
            }
            validate();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidObjectException("Damaged logistic model: " + e.getMessage());
        }
    }

    /** @return number of classes */
    public int numClasses() {
        return numClasses;
    }

    /** @return number of input features */
    public int numFeatures() {
        return features;
    }

    /** @return whether this is a binary (sigmoid) model */
    public boolean isBinary() {
        return numClasses == 2;
    }

    /**
     * Class probabilities for one row.
     *
     * @param row feature values, {@link #numFeatures()} finite numbers
     * @return one probability per class, summing to 1
     * @throws IllegalArgumentException when the row has the wrong length or a non-finite value
     */
    public double[] probabilities(double[] row) {
        checkRow(row, 0, row == null ? -1 : row.length);
        double[] out = new double[numClasses];
        probabilitiesInto(row, 0, out, 0);
        return out;
    }

    /**
     * Class probabilities for many rows at once.
     *
     * @param rows row-major feature values, {@code count * numFeatures()} finite numbers
     * @param count number of rows
     * @return row-major probabilities, {@code count * numClasses()}
     */
    public double[] probabilities(double[] rows, int count) {
        if (rows == null || (long) count * features != rows.length) {
            throw new IllegalArgumentException("Expected " + ((long) count * features) + " values for " + count
                    + " rows x " + features + " features, but got " + (rows == null ? "null" : rows.length));
        }
        double[] out = new double[count * numClasses];
        for (int i = 0; i < count; i++) {
            checkRow(rows, i * features, features);
            probabilitiesInto(rows, i * features, out, i * numClasses);
        }
        return out;
    }

    private void checkRow(double[] values, int offset, int length) {
        if (values == null || length != features) {
            throw new IllegalArgumentException("Expected a row of " + features + " features, but got "
                    + (values == null ? "null" : length));
        }
        for (int j = 0; j < features; j++) {
            if (!Double.isFinite(values[offset + j])) {
                throw new IllegalArgumentException("Feature " + j + " is " + values[offset + j]
                        + "; expected a finite number");
            }
        }
    }

    private void probabilitiesInto(double[] values, int offset, double[] out, int outOffset) {
        if (numClasses == 2) {
            double z = linear(0, values, offset);
            if (!Double.isFinite(z)) {
                z = Math.scalb(scaledLinear(0, values, offset), 2 * SCALE_EXPONENT);
            }
            double p = sigmoid(z);
            out[outOffset] = 1 - p;
            out[outOffset + 1] = p;
            return;
        }
        boolean finite = true;
        for (int c = 0; c < numClasses; c++) {
            double z = linear(c, values, offset);
            out[outOffset + c] = z;
            finite &= Double.isFinite(z);
        }
        if (!finite) {
            // scores beyond the double range: compare them scaled down, then scale their differences back
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < numClasses; c++) {
                out[outOffset + c] = scaledLinear(c, values, offset);
                max = Math.max(max, out[outOffset + c]);
            }
            for (int c = 0; c < numClasses; c++) {
                out[outOffset + c] = Math.scalb(out[outOffset + c] - max, 2 * SCALE_EXPONENT);
            }
        }
        softmaxInPlace(out, outOffset, numClasses);
    }

    /**
     * The probability of class 1 of a binary model for a finite score, computed without overflow.
     *
     * @param z the score (linear predictor) of class 1
     * @return {@code 1 / (1 + exp(-z))}
     */
    public static double sigmoid(double z) {
        double e = Math.exp(-Math.abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    /**
     * The probabilities of a multinomial model for finite scores, in place: the softmax, shifted by the largest score
     * so that it never overflows.
     *
     * @param scores the scores (linear predictors), replaced by the probabilities
     * @param offset the first class's position
     * @param count number of classes
     */
    public static void softmaxInPlace(double[] scores, int offset, int count) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < count; c++) {
            max = Math.max(max, scores[offset + c]);
        }
        double sum = 0;
        for (int c = 0; c < count; c++) {
            double e = Math.exp(scores[offset + c] - max);
            scores[offset + c] = e;
            sum += e;
        }
        for (int c = 0; c < count; c++) {
            scores[offset + c] /= sum;
        }
    }

    private double linear(int output, double[] values, int offset) {
        double[] w = coefficients[output];
        double z = intercepts[output];
        for (int j = 0; j < features; j++) {
            z += w[j] * values[offset + j];
        }
        return z;
    }

    /**
     * The score times {@code 2^(-2 SCALE_EXPONENT)}, for rows whose score overflows: coefficient and value are each
     * scaled by {@code 2^-SCALE_EXPONENT} (exactly, apart from values that underflow and cannot matter then), so every
     * product stays below {@code 2^968} and the sum is finite for any finite row.
     */
    private double scaledLinear(int output, double[] values, int offset) {
        double[] w = coefficients[output];
        double z = Math.scalb(intercepts[output], -2 * SCALE_EXPONENT);
        for (int j = 0; j < features; j++) {
            z += Math.scalb(w[j], -SCALE_EXPONENT) * Math.scalb(values[offset + j], -SCALE_EXPONENT);
        }
        return z;
    }

    /**
     * @param row feature values
     * @return the predicted class: for binary models class 1 when its probability reaches {@link #threshold()}
     */
    public int predict(double[] row) {
        return classify(probabilities(row), threshold);
    }

    /**
     * @param probabilities class probabilities of one row
     * @param threshold binary threshold in (0, 1)
     * @return the class chosen from the probabilities
     */
    public static int classify(double[] probabilities, double threshold) {
        if (probabilities.length == 2) {
            return probabilities[1] >= threshold ? 1 : 0;
        }
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    /** @return the binary decision threshold (tuned when tuning was on) */
    public double threshold() {
        return threshold;
    }

    /** @return the threshold tuning curve, when tuning was on */
    public Optional<ThresholdCurve> thresholdCurve() {
        return Optional.ofNullable(thresholdCurve);
    }

    /** @return raw-unit coefficients {@code [outputs][features]}: one row for binary (class 1), else one per class */
    public double[][] coefficients() {
        return deepCopy(coefficients);
    }

    /** @return raw-unit intercepts, one per coefficient row */
    public double[] intercepts() {
        return intercepts.clone();
    }

    /** @return {@code exp(coefficient)}: the odds multiplier per unit increase of each feature */
    public double[][] oddsRatios() {
        double[][] odds = deepCopy(coefficients);
        for (double[] row : odds) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.exp(row[j]);
            }
        }
        return odds;
    }

    /** @return coefficients on standardized features (what the penalty acted on) */
    public double[][] standardizedCoefficients() {
        return deepCopy(standardizedCoefficients);
    }

    /** @return intercepts on standardized features */
    public double[] standardizedIntercepts() {
        return standardizedIntercepts.clone();
    }

    /** @return the training report */
    public TrainingReport report() {
        return report;
    }

    /** @return the configuration the model was trained with */
    public TrainingConfig config() {
        return config;
    }

    private static double[][] deepCopy(double[][] source) {
        double[][] copy = new double[source.length][];
        for (int i = 0; i < source.length; i++) {
            copy[i] = source[i].clone();
        }
        return copy;
    }
}
