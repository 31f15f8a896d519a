package io.github.gdlogistic.core.stream;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingReport;
import io.github.gdlogistic.core.objective.BlockLoss;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.FeatureEncoder;
import io.github.gdlogistic.core.table.LabelEncoder;
import io.github.gdlogistic.core.table.TabularModel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Logistic regression learned in one pass over rows that arrive one at a time, with memory independent of their
 * number: the parameters, running statistics and one block of buffered rows.
 *
 * <p>The objective is batch training's ({@link LogLossObjective}, L2 only): weighted mean log-loss over all rows +
 * {@code lambda / 2 ||w||^2} on standardized coefficients. Each full block of {@link TrainingConfig#miniBatchSize()}
 * rows is learned as follows:
 * <ol>
 *   <li>the replacements of missing values (running mean / most frequent value, {@link RunningFill}) and then the
 *       running means and standard deviations of the encoded features ({@link RunningMoments}) take in the block's
 *       rows. The coefficients live on the features standardized with these statistics, and keep their values when
 *       the statistics change: the <i>normalized</i> part, each coordinate's steps are in units of its feature's
 *       spread, whatever the units of the data (as Vowpal Wabbit's normalized updates, which shrink a weight when its
 *       feature's scale grows; rescaling the coefficients to keep the model in original units unchanged instead
 *       made them explode after a few rows whose spread was underestimated);</li>
 *   <li>the block is standardized and its loss and gradient are computed by the core's fused block loops at the
 *       current coefficients ({@link BlockLoss}, one reused for every block); that loss, before the block is
 *       learned, is the <i>progressive</i> log-loss;</li>
 *   <li>each coordinate takes an AdaGrad step, {@code w_j -= eta g_j / sqrt(sum of g_j^2 so far)} (the
 *       <i>adaptive</i> part), where {@code g} is the gradient of the block's summed weighted loss divided by its
 *       number of rows: heavier blocks step further, and the division by the accumulated squares makes the step
 *       independent of the scale of the instance weights (the <i>invariant</i> part).</li>
 * </ol>
 * Because training happens on standardized features, multiplying a column by a constant changes the coefficients'
 * units but not the predictions. Coefficients are reported in original units, as batch training reports them.
 *
 * <p>Serializable at any point (buffered rows included), so training can go on later with more rows. Not thread-safe.
 */
public final class OnePassLogistic implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default step multiplier {@code eta}. */
    public static final double DEFAULT_LEARNING_RATE = 0.5;
    /** The default number of rows learned together (one block of the fused loops). */
    public static final int DEFAULT_BLOCK_ROWS = 8;
    /** Points kept in the learning curve; when full, every second point is dropped and sampling halves. */
    private static final int CURVE_POINTS = 256;

    private final List<AttributeSpec> attributes;
    private final LabelEncoder labels;
    private final TrainingConfig config;
    private final int features;
    private final int outputs;
    private final int blockRows;
    private final RunningFill fill;
    private final RunningMoments moments;
    /** Per output: the standardized coefficients followed by the intercept. */
    private final double[] parameters;
    private final double[] squaredGradients;
    private final double[] bufferRaw;
    private final int[] bufferClasses;
    private final double[] bufferWeights;
    private int buffered;
    private long learned;
    private long skippedMissingClass;
    private double learnedWeight;
    private double progressiveLoss;
    private final List<LossPoint> curve = new ArrayList<>();
    private long curveSpacing = 1;
    private long blocksLearned;
    private long elapsedNanos;
    private transient TabularModel snapshot;
    private transient FeatureEncoder encoder;
    /**
     * Whether a buffered row has a missing value (seen by {@link #check}). Not serialized: a deserialized learner has
     * no encoder yet and makes one for its first block anyway.
     */
    private transient boolean bufferedMissing;
    private transient double[] encodedBlock;
    private transient double[] blockMeans;
    private transient double[] blockScales;
    /** The standardized block and its objective, reused for every block. */
    private transient BlockLoss blockLoss;
    private transient double[] blockGradient;

    private OnePassLogistic(List<AttributeSpec> attributes, List<String> classValues, TrainingConfig config) {
        if (config.alpha() != 0) {
            throw new IllegalArgumentException("One-pass training supports the L2 penalty only, but alpha was "
                    + config.alpha() + "; expected 0");
        }
        this.attributes = new ArrayList<>(attributes);
        this.labels = LabelEncoder.allClasses(classValues, config.positiveClass().orElse(null));
        this.config = config;
        this.fill = new RunningFill(attributes);
        FeatureEncoder encoder = fill.encoder();
        this.features = encoder.numFeatures();
        this.outputs = labels.numClasses() == 2 ? 1 : labels.numClasses();
        this.blockRows = config.miniBatchSize();
        this.moments = new RunningMoments(features);
        this.parameters = new double[outputs * (features + 1)];
        this.squaredGradients = new double[parameters.length];
        this.bufferRaw = new double[blockRows * attributes.size()];
        this.bufferClasses = new int[blockRows];
        this.bufferWeights = new double[blockRows];
    }

    /**
     * @param attributes the input attributes (nominal values as the host indexes them)
     * @param classValues all class values, at least two
     * @param config lambda (with alpha 0), the positive class, the step multiplier ({@link TrainingConfig#learningRate()})
     *        and the block size ({@link TrainingConfig#miniBatchSize()}); other settings do not apply
     * @return a learner that has seen no rows
     * @throws IllegalArgumentException when the configuration asks for L1, or the classes are unusable
     */
    public static OnePassLogistic start(List<AttributeSpec> attributes, List<String> classValues,
            TrainingConfig config) {
        return new OnePassLogistic(attributes, classValues, config);
    }

    /**
     * Takes one row: a row with a missing class is skipped and counted, a row of weight 0 is ignored, any other
     * is buffered and learned when its block is full.
     *
     * @param raw one value per attribute (NaN = missing, nominal values as value indices); copied, so the caller
     *        may reuse the array for the next row
     * @param hostClass the host's class index, or -1 for a missing class
     * @param weight the instance weight, finite and &gt;= 0
     * @throws IllegalArgumentException naming the attribute for an infinite value or a nominal index that is not one of
     *         the attribute's values; nothing learned is changed then
     */
    public void update(double[] raw, int hostClass, double weight) {
        boolean missing = check(raw, hostClass, weight);
        if (hostClass < 0) {
            skippedMissingClass++;
            return;
        }
        if (weight == 0) {
            return;
        }
        System.arraycopy(raw, 0, bufferRaw, buffered * attributes.size(), attributes.size());
        bufferClasses[buffered] = labels.toModel(hostClass);
        bufferWeights[buffered] = weight;
        bufferedMissing |= missing;
        buffered++;
        if (buffered == blockRows) {
            flush();
        }
    }

    /** @return whether the row has a missing value */
    private boolean check(double[] raw, int hostClass, double weight) {
        if (raw == null || raw.length != attributes.size()) {
            throw new IllegalArgumentException("Expected a row of " + attributes.size() + " attribute values, but got "
                    + (raw == null ? "null" : raw.length));
        }
        if (hostClass >= labels.hostValues().size()) {
            throw new IllegalArgumentException("Class index " + hostClass + " is not one of the "
                    + labels.hostValues().size() + " class values " + labels.hostValues());
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("Instance weight is " + weight + "; expected a finite number >= 0");
        }
        boolean missing = false;
        for (int a = 0; a < raw.length; a++) {
            double v = raw[a];
            AttributeSpec attribute = attributes.get(a);
            if (Double.isNaN(v)) {
                missing = true;
                continue;
            }
            if (attribute.isNominal()) {
                if (v < 0 || v >= attribute.values().size() || v != Math.rint(v)) {
                    throw new IllegalArgumentException("Attribute '" + attribute.name() + "' has value index " + v
                            + ", which is not one of its values " + attribute.values());
                }
            } else if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("Attribute '" + attribute.name() + "' is " + v
                        + "; expected a finite number or a missing value");
            }
        }
        return missing;
    }

    /**
     * Learns the buffered rows now, even if their block is not full. The steps are small methods of their own, so
     * that the JIT compiles each soon after a fresh JVM starts (one large method with loops is compiled late, and
     * the first rows of a stream then run slowly).
     */
    public void flush() {
        if (buffered == 0) {
            return;
        }
        long start = System.nanoTime();
        int rows = buffered;
        BlockLoss block = standardizedBlock(rows);
        double blockWeight = 0;
        for (int i = 0; i < rows; i++) {
            blockWeight += bufferWeights[i];
        }
        double[] gradient = blockGradient;
        double loss = block.valueAndGradient(parameters, gradient) - penalty();
        step(gradient, blockWeight / rows);
        progressiveLoss += loss * blockWeight;
        learnedWeight += blockWeight;
        learned += rows;
        buffered = 0;
        snapshot = null;
        blocksLearned++;
        recordCurvePoint();
        elapsedNanos += System.nanoTime() - start;
    }

    /**
     * Updates the running statistics with the buffered rows and standardizes them with the updated ones.
     *
     * @return the block of standardized rows, reused
     */
    private BlockLoss standardizedBlock(int rows) {
        int width = attributes.size();
        for (int i = 0; i < rows; i++) {
            fill.add(bufferRaw, i * width, bufferWeights[i]);
        }
        FeatureEncoder encoder = encoder();
        double[] encoded = scratch();
        for (int i = 0; i < rows; i++) {
            encoder.encode(bufferRaw, i * width, encoded, i * features);
            moments.add(encoded, i * features, bufferWeights[i]);
        }
        // the block's means and scales once per block (a square root per feature, not per value)
        double[] means = blockMeans;
        double[] scales = blockScales;
        for (int j = 0; j < features; j++) {
            means[j] = moments.mean(j);
            scales[j] = moments.scale(j);
        }
        BlockLoss block = blockLoss;
        block.clear();
        for (int i = 0; i < rows; i++) {
            block.add(encoded, i * features, means, scales, bufferClasses[i], bufferWeights[i]);
        }
        return block;
    }

    /** One AdaGrad step per coordinate with the block's gradient times {@code share} (its weight per row). */
    private void step(double[] gradient, double share) {
        double eta = config.learningRate();
        for (int k = 0; k < parameters.length; k++) {
            double g = gradient[k] * share;
            squaredGradients[k] += g * g;
            if (squaredGradients[k] > 0) {
                parameters[k] -= eta * g / Math.sqrt(squaredGradients[k]);
            }
        }
    }

    /**
     * The block's encoded rows: one buffer reused for every block. Not serialized; the means and scales of a block,
     * the standardized block and its gradient likewise.
     */
    private double[] scratch() {
        if (encodedBlock == null) {
            encodedBlock = new double[blockRows * features];
            blockMeans = new double[features];
            blockScales = new double[features];
            blockLoss = new BlockLoss(blockRows, features, labels.numClasses(), config.lambda());
            blockGradient = new double[parameters.length];
        }
        return encodedBlock;
    }

    /**
     * The encoder for a block: with the replacements of missing values so far when the block has a missing value,
     * else the last one (replacements are not used then, and the encoder is not rebuilt for every block).
     */
    private FeatureEncoder encoder() {
        if (encoder == null || bufferedMissing) {
            encoder = fill.encoder();
        }
        bufferedMissing = false;
        return encoder;
    }

    /** The L2 term of the objective at the current parameters (the objective's value includes it). */
    private double penalty() {
        double sum = 0;
        for (int c = 0; c < outputs; c++) {
            for (int j = 0; j < features; j++) {
                double w = parameters[c * (features + 1) + j];
                sum += w * w;
            }
        }
        return 0.5 * config.lambda() * sum;
    }

    /** Keeps at most {@link #CURVE_POINTS} points, one every {@code curveSpacing} blocks. */
    private void recordCurvePoint() {
        if (blocksLearned % curveSpacing != 0) {
            return;
        }
        curve.add(point());
        if (curve.size() > CURVE_POINTS) {
            List<LossPoint> kept = new ArrayList<>();
            for (int p = 1; p < curve.size(); p += 2) {
                kept.add(curve.get(p));
            }
            curve.clear();
            curve.addAll(kept);
            curveSpacing *= 2;
        }
    }

    private LossPoint point() {
        return new LossPoint((int) Math.min(learned, Integer.MAX_VALUE), progressiveLoss / learnedWeight);
    }

    /** The current parameters in original units, per output the coefficients followed by the intercept. */
    private double[] rawCoefficients() {
        double[] raw = new double[parameters.length];
        for (int c = 0; c < outputs; c++) {
            int base = c * (features + 1);
            double intercept = parameters[base + features];
            for (int j = 0; j < features; j++) {
                double w = parameters[base + j] / moments.scale(j);
                raw[base + j] = w;
                intercept -= w * moments.mean(j);
            }
            raw[base + features] = intercept;
        }
        return raw;
    }

    /**
     * The model of the rows learned so far, without the rows still buffered (at most one block): what a
     * predict-then-train evaluation should use. Cached until the next block is learned.
     *
     * @return the model
     */
    public TabularModel snapshot() {
        TabularModel current = snapshot;
        if (current == null) {
            current = buildModel();
            snapshot = current;
        }
        return current;
    }

    /**
     * Learns the buffered rows, then gives the model of all rows so far.
     *
     * @return the model
     */
    public TabularModel model() {
        flush();
        return snapshot();
    }

    private TabularModel buildModel() {
        double[] raw = rawCoefficients();
        double[][] coefficients = new double[outputs][features];
        double[] intercepts = new double[outputs];
        double[][] standardized = new double[outputs][features];
        double[] standardizedIntercepts = new double[outputs];
        for (int c = 0; c < outputs; c++) {
            int base = c * (features + 1);
            System.arraycopy(raw, base, coefficients[c], 0, features);
            intercepts[c] = raw[base + features];
            System.arraycopy(parameters, base, standardized[c], 0, features);
            standardizedIntercepts[c] = parameters[base + features];
        }
        double loss = progressiveLogLoss();
        List<LossPoint> history = new ArrayList<>(curve);
        history.add(0, new LossPoint(0, Math.log(labels.numClasses())));
        if (learned > 0 && history.get(history.size() - 1).iteration() != point().iteration()) {
            history.add(point());
        }
        TrainingReport report = new TrainingReport(StopReason.ONE_PASS, false, (int) Math.min(learned,
                Integer.MAX_VALUE), loss, Double.NaN, history, elapsedNanos / 1_000_000, description());
        LogisticModel model = new LogisticModel(labels.numClasses(), coefficients, intercepts, standardized,
                standardizedIntercepts, 0.5, null, report, config);
        return new TabularModel(fill.encoder(), labels, model, null);
    }

    private String description() {
        String text = String.format(Locale.ROOT, "incremental, one pass over %d instances (adaptive steps on "
                + "running standardization, blocks of %d, learning rate %s)", learned, blockRows, config.learningRate());
        if (skippedMissingClass > 0) {
            text += ", " + skippedMissingClass + " instances with a missing class skipped";
        }
        return text;
    }

    /** @return the progressive log-loss so far (NaN before the first block is learned) */
    public double progressiveLogLoss() {
        return learnedWeight > 0 ? progressiveLoss / learnedWeight : Double.NaN;
    }

    /** @return rows learned (buffered rows not included) */
    public long learnedRows() {
        return learned;
    }

    /** @return rows taken but not learned yet (fewer than one block) */
    public int bufferedRows() {
        return buffered;
    }

    /** @return rows skipped because their class was missing */
    public long skippedMissingClass() {
        return skippedMissingClass;
    }

    /** @return the input attributes */
    public List<AttributeSpec> attributes() {
        return java.util.Collections.unmodifiableList(attributes);
    }

    /** @return all class values */
    public List<String> classValues() {
        return labels.hostValues();
    }
}
