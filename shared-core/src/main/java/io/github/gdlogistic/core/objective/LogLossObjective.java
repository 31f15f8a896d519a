package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;


/**
 * The training objective of logistic regression:
 *
 * <pre>
 *   f(w, b) = (1 / S) * sum_i s_i * nll_i(w, b)  +  lambda * ( alpha * ||w||_1  +  (1 - alpha) / 2 * ||w||_2^2 )
 *   s_i     = instanceWeight_i * classWeight[y_i],   S = sum_i s_i
 * </pre>
 *
 * where {@code nll_i} is the negative log-likelihood of row i's class under the sigmoid model (binary, one weight
 * vector) or the softmax model (multinomial, one weight vector and intercept per class), computed on standardized
 * features {@code (x - mean) / scale}. Intercepts {@code b} are never penalized. This class computes the data term
 * plus the smooth L2 part; the L1 part is {@link L1Penalty}, applied by the solvers' proximal steps.
 *
 * <p>Mapping to other tools: scikit-learn's {@code LogisticRegression(C)} minimizes
 * {@code C * sum_i s_i nll_i + 1/2 ||w||^2}, which is this objective times {@code C * S} with
 * {@code lambda = 1 / (C * S)} and {@code alpha = 0} (S = number of rows for unit weights). Weka's {@code Logistic}
 * with ridge {@code R} minimizes {@code sum_i s_i nll_i + R ||w||^2} on standardized features, which for binary
 * problems is this objective times S with {@code lambda = 2 R / S}.
 *
 * <p>Parameter layout: for each of the {@code outputs} weight vectors (1 for binary, one per class for multinomial)
 * the {@code features} standardized coefficients followed by the intercept. Standardization is folded into the
 * coefficients on each evaluation, so the data are never copied: raw coefficients {@code w_j / scale_j} and intercept
 * {@code b - sum_j w_j mean_j / scale_j} are applied to the raw rows, and the raw gradient is mapped back.
 *
 * <p>Rows are processed in the fixed {@link RowBlocks}, each block's partial sums kept apart and added in block
 * order, so results are bit-identical for any number of threads.
 */
public abstract class LogLossObjective implements MiniBatchFunction {

    /** The data. */
    protected final Dataset data;
    /** Number of features per row. */
    protected final int features;
    /** Number of weight vectors: 1 (binary) or the number of classes. */
    protected final int outputs;
    /** The rows, in blocks of eight ({@link BlockLayout}). */
    protected final double[] x;
    /** The class index per row. */
    protected final int[] labels;
    /** The instance weight per row. */
    final double[] instanceWeights;
    /** The weight per class. */
    final double[] classWeights;
    /** The vector row loops, or {@code null} for the scalar ones. */
    private GroupKernels groupKernels;
    private final double totalWeight;
    private final FeatureScaling scaling;
    private final StandardizedParameters parameters;
    private final RowBlocks blocks;
    private final double[][] blockGradients;
    private final double[] blockLosses;
    /**
     * How much memory a group of rows drawn together by the mini-batch solvers spans: runs long enough that the wait
     * at the start of each matters less when groups are read in random order (4, 16 and 64 KB measured in
     * docs/performance.md; 256 KB measured no better).
     */
    static final int GROUP_BYTES = 64 * 1024;
    /** The fewest groups an epoch is cut into, so that small data are still drawn in many pieces. */
    static final int MIN_GROUPS = 1024;
    /** Rows evaluated in mini-batches since the last cancellation check. */
    private int rowsSinceCheckpoint;
    /** The working arrays of mini-batches, reused from batch to batch. */
    private final RowScratch batchScratch = new RowScratch();
    /** The working arrays of an {@link #evaluationAt}, which may run beside the batches on a worker thread. */
    private final RowScratch evaluationScratch = new RowScratch();

    /**
     * @param data training data
     * @param outputs number of weight vectors
     * @param classWeights weight per class (multiplies instance weights)
     * @param scaling feature standardization (identity when off)
     * @param l2Strength {@code lambda * (1 - alpha)}
     * @param fitIntercept whether intercepts are free parameters (else kept at 0)
     * @param blocks the row blocks of {@code data}, with the threads that evaluate them
     */
    protected LogLossObjective(Dataset data, int outputs, double[] classWeights, FeatureScaling scaling,
            double l2Strength, boolean fitIntercept, RowBlocks blocks) {
        this.data = data;
        this.features = data.features();
        this.outputs = outputs;
        this.x = data.valuesUnsafe();
        this.labels = data.labelsUnsafe();
        this.instanceWeights = data.weightsUnsafe();
        this.classWeights = classWeights.clone();
        this.scaling = scaling;
        this.parameters = new StandardizedParameters(features, outputs, scaling, l2Strength, fitIntercept);
        this.blocks = blocks;
        double total = 0;
        for (int i = 0; i < data.rows(); i++) {
            total += rowWeight(i);
        }
        this.totalWeight = total;
        this.groupKernels = SimdSupport.vectorLoopsFor(data.rows(), features) ? SimdSupport.kernels() : null;
        this.blockGradients = new double[blocks.count()][outputs * (features + 1)];
        this.blockLosses = new double[blocks.count()];
    }

    @Override
    public int dimension() {
        return outputs * (features + 1);
    }

    @Override
    public int rows() {
        return data.rows();
    }

    /** @return number of weight vectors (1 for binary, number of classes for multinomial) */
    public int outputs() {
        return outputs;
    }

    /** @return number of features */
    public int features() {
        return features;
    }

    /** @return the sum of effective row weights S */
    public double totalWeight() {
        return totalWeight;
    }

    /**
     * @param row row index
     * @return instance weight times class weight
     */
    protected final double rowWeight(int row) {
        return instanceWeights[row] * classWeights[labels[row]];
    }

    /**
     * @return which parameters carry the penalty: all coefficients, no intercept
     */
    public boolean[] penalizedMask() {
        return parameters.penalizedMask();
    }

    /**
     * Adds the rows' weighted negative log-likelihood gradient (with respect to raw coefficients) to
     * {@code gradient} and returns their weighted negative log-likelihood: whole blocks of eight rows where they are
     * stored; rows in a given order, and rows outside whole blocks, copied into blocks first ({@link #gathered}).
     *
     * @param rowOrder row indices, or {@code null} for the rows {@code from..to} themselves
     * @param from first position, inclusive
     * @param to last position, exclusive
     * @param coefficients raw coefficients, layout as the parameters
     * @param gradient accumulates the raw-coefficient gradient, weighted by the row weights
     * @param withLoss whether the loss is wanted (else the row loops may skip it and return 0)
     * @param work the working arrays
     * @return the rows' summed weighted negative log-likelihood
     */
    private double accumulateRows(int[] rowOrder, int from, int to, double[] coefficients, double[] gradient,
            boolean withLoss, RowScratch work) {
        if (rowOrder != null) {
            // runs of whole stored blocks in order are read where they are, the other rows are gathered
            double loss = 0;
            int k = from;
            while (k < to) {
                int run = storedRun(rowOrder, k, to);
                if (run > 0) {
                    loss += blocks(x, labels, instanceWeights, rowOrder[k], rowOrder[k] + run, coefficients,
                            gradient, withLoss, work);
                    k += run;
                } else {
                    int end = k + 1;
                    while (end < to && storedRun(rowOrder, end, to) == 0) {
                        end++;
                    }
                    loss += gathered(rowOrder, k, end, coefficients, gradient, withLoss, work);
                    k = end;
                }
            }
            return loss;
        }
        int first = Math.min(BlockLayout.paddedRows(from), to);
        int last = first + (to - first) / BlockLayout.BLOCK_ROWS * BlockLayout.BLOCK_ROWS;
        double loss = blocks(x, labels, instanceWeights, first, last, coefficients, gradient, withLoss, work);
        if (from < first) {
            loss += gathered(null, from, first, coefficients, gradient, withLoss, work);
        }
        if (last < to) {
            loss += gathered(null, last, to, coefficients, gradient, withLoss, work);
        }
        return loss;
    }

    /**
     * {@link #accumulateRows} for rows that are not whole blocks where they are stored (a mini-batch in shuffled
     * order, the last rows of the data): copies them into blocks of their own, the last padded with rows of weight
     * 0, and runs {@link #blocks} on those. Each row is read once; the copy holds only these rows, in the working
     * arrays.
     */
    private double gathered(int[] rowOrder, int from, int to, double[] coefficients, double[] gradient,
            boolean withLoss, RowScratch work) {
        int count = to - from;
        int padded = BlockLayout.paddedRows(count);
        double[] values = work.doubles(RowScratch.GATHERED_VALUES, padded * features);
        int[] rowLabels = work.gatheredLabels(padded);
        double[] rowWeights = work.doubles(RowScratch.GATHERED_WEIGHTS, padded);
        for (int k = 0; k < count; k++) {
            int row = rowAt(rowOrder, from + k);
            BlockLayout.copyBlockedRow(x, features, row, values, k);
            rowLabels[k] = labels[row];
            rowWeights[k] = instanceWeights[row];
        }
        for (int k = count; k < padded; k++) {
            // the padding: rows of weight 0, values 0, class 0
            for (int j = 0, at = BlockLayout.rowStart(k, features); j < features; j++, at += BlockLayout.BLOCK_ROWS) {
                values[at] = 0;
            }
            rowLabels[k] = 0;
            rowWeights[k] = 0;
        }
        return blocks(values, rowLabels, rowWeights, 0, padded, coefficients, gradient, withLoss, work);
    }

    /**
     * @return how many positions from {@code at} (within {@code to}) hold whole stored blocks in order, one run of
     *         memory: a multiple of {@link BlockLayout#BLOCK_ROWS}, 0 when the rows there are not a whole block
     */
    private int storedRun(int[] rowOrder, int at, int to) {
        int first = rowOrder[at];
        if (first % BlockLayout.BLOCK_ROWS != 0) {
            return 0;
        }
        int run = 0;
        while (at + run + BlockLayout.BLOCK_ROWS <= to && first + run + BlockLayout.BLOCK_ROWS <= data.rows()) {
            for (int r = 0; r < BlockLayout.BLOCK_ROWS; r++) {
                if (rowOrder[at + run + r] != first + run + r) {
                    return run;
                }
            }
            run += BlockLayout.BLOCK_ROWS;
        }
        return run;
    }

    /**
     * {@link #accumulateRows} for whole blocks, with the vector loops when they are in use.
     *
     * @param values the rows, in blocks of eight ({@link BlockLayout})
     * @param rowLabels class index per row
     * @param rowWeights instance weight per row (class weights are applied here)
     * @param from first row, the start of a block
     * @param to end row (exclusive), the end of a block
     * @param coefficients raw coefficients, layout as the parameters
     * @param gradient accumulates the raw-coefficient gradient
     * @param withLoss whether the loss is wanted: without it the vector loops skip it and return 0 (the scalar
     *        ones still sum it)
     * @param work the working arrays of the row loops
     * @return the rows' summed weighted negative log-likelihood
     */
    abstract double blocks(double[] values, int[] rowLabels, double[] rowWeights, int from, int to,
            double[] coefficients, double[] gradient, boolean withLoss, RowScratch work);

    /**
     * @param row row index
     * @return where the row's first value is in {@link #x}; its next values follow {@link BlockLayout#BLOCK_ROWS}
     *         apart
     */
    protected final int rowStart(int row) {
        return BlockLayout.rowStart(row, features);
    }

    /** @return the vector row loops, or {@code null} when the scalar loops run */
    final GroupKernels groupKernels() {
        return groupKernels;
    }

    /** @return whether this objective runs the vector row loops (see {@link SimdSupport}) */
    public final boolean usesVectorLoops() {
        return groupKernels != null;
    }

    /**
     * @return whole stored blocks ({@link BlockLayout#BLOCK_ROWS} rows each) holding about {@link #GROUP_BYTES} of
     *         values (for example 416 rows of 20 features, 160 of 50), but at most a {@link #MIN_GROUPS}-th of the
     *         rows and at least one block: each such group of a shuffled copy is one run of memory
     */
    @Override
    public int rowsDrawnTogether() {
        int blockBytes = BlockLayout.BLOCK_ROWS * Math.max(1, features) * Double.BYTES;
        int blocksForBytes = Math.max(1, GROUP_BYTES / blockBytes);
        int blocksForCount = data.rows() / MIN_GROUPS / BlockLayout.BLOCK_ROWS;
        return BlockLayout.BLOCK_ROWS * Math.max(1, Math.min(blocksForBytes, blocksForCount));
    }

    /**
     * A copy of the rows in the given order (values, labels and weights: one more copy of the data in memory),
     * with the same standardization, penalty, row loops and threads. Its mini-batches of consecutive stored blocks
     * are read in runs of memory; its full-pass value is the same objective (the sum in another order).
     */
    @Override
    public LogLossObjective reordered(int[] rowOrder) {
        LogLossObjective copy = on(data.subset(rowOrder), classWeights, scaling, parameters.l2Strength(),
                parameters.fitIntercept(), blocks);
        copy.groupKernels = groupKernels;
        return copy;
    }

    /**
     * @return the same kind of objective on other data with these settings (for {@link #reordered})
     */
    abstract LogLossObjective on(Dataset rows, double[] classWeights, FeatureScaling scaling, double l2Strength,
            boolean fitIntercept, RowBlocks blocks);

    /**
     * Chooses between the vector and the scalar row loops for this objective, whatever the default (the vector
     * loops where {@link SimdSupport#enabled()} and the data hold at least {@link SimdSupport#MIN_VALUES} values);
     * benchmarks and tests compare the two.
     *
     * @param wanted whether to use the vector loops
     * @return whether the vector loops are now in use (false where the runtime cannot run them)
     */
    public final boolean useVectorLoops(boolean wanted) {
        this.groupKernels = wanted ? SimdSupport.available() : null;
        return groupKernels != null;
    }

    /**
     * @param rowOrder row indices or {@code null}
     * @param position a position
     * @return the row at that position
     */
    protected static int rowAt(int[] rowOrder, int position) {
        return rowOrder == null ? position : rowOrder[position];
    }

    /**
     * Maps standardized parameters to coefficients on raw features.
     *
     * @param point standardized parameters
     * @return raw coefficients in the same layout
     */
    public double[] toRawCoefficients(double[] point) {
        return parameters.toRaw(point);
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        double loss = sums(toRawCoefficients(point), gradient);
        return parameters.finish(point, gradient, loss, totalWeight);
    }

    /**
     * The data term's plain sums at raw coefficients: the rows' weighted negative log-likelihood (instance weight
     * times class weight) and its gradient with respect to the raw coefficients, neither divided by the total weight
     * nor penalized. The blocks of rows are summed separately and added in block order, so the result does not
     * depend on the threads. A distributed fit evaluates this on each part of the data and adds the parts in a fixed
     * order ({@link SummedLogLoss}).
     *
     * @param rawCoefficients coefficients on raw features, layout as the parameters (not modified)
     * @param gradient receives the summed raw-coefficient gradient (overwritten)
     * @return the summed weighted negative log-likelihood
     */
    public double sums(double[] rawCoefficients, double[] gradient) {
        double[] raw = rawCoefficients;
        blocks.forEach(block -> {
            double[] partial = blockGradients[block];
            java.util.Arrays.fill(partial, 0.0);
            blockLosses[block] = accumulateRows(null, blocks.start(block), blocks.end(block), raw, partial, true,
                    RowScratch.fresh());
        });
        java.util.Arrays.fill(gradient, 0.0);
        double loss = 0;
        for (int b = 0; b < blocks.count(); b++) {
            loss += blockLosses[b];
            double[] partial = blockGradients[b];
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] += partial[k];
            }
        }
        return loss;
    }

    /**
     * Whether the model at {@code point} classifies every row with positive weight correctly with a positive margin
     * (its class's score strictly above every other): then the data are linearly separable and the unregularized
     * loss has no finite minimizer. One pass of dot products, in parallel like the objective.
     *
     * @param point parameters
     * @return whether every weighted row is strictly on the right side
     */
    public boolean separates(double[] point) {
        double[] raw = toRawCoefficients(point);
        boolean[] separated = new boolean[blocks.count()];
        blocks.forEach(block -> separated[block] = separatesRows(blocks.start(block), blocks.end(block), raw));
        for (boolean blockSeparated : separated) {
            if (!blockSeparated) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param from first row, inclusive
     * @param to last row, exclusive
     * @param coefficients raw coefficients
     * @return whether every row in the range with positive weight has its class strictly ahead
     */
    protected abstract boolean separatesRows(int from, int to, double[] coefficients);

    @Override
    public double batchValueAndGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
        double loss = batchSums(point, gradient, rowOrder, from, to, true);
        return parameters.finish(point, gradient, loss, batchWeight(rowOrder, from, to));
    }

    /**
     * The gradient of {@link #batchValueAndGradient}, bit for bit, without its value: the vector row loops then
     * skip the loss (a logarithm per row). Nothing is allocated once the working arrays have grown to the batch.
     */
    @Override
    public void batchGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
        batchSums(point, gradient, rowOrder, from, to, false);
        parameters.finishGradient(point, gradient, batchWeight(rowOrder, from, to), groupKernels);
    }

    /**
     * The raw sums of a mini-batch ({@link #accumulateRows} at the raw coefficients of {@code point}, into
     * {@code gradient}, overwritten), with a cancellation check every {@link RowBlocks#BLOCK_ROWS} rows.
     */
    private double batchSums(double[] point, double[] gradient, int[] rowOrder, int from, int to, boolean withLoss) {
        countRowsRead(to - from);
        double[] raw = parameters.toRaw(point, batchScratch.doubles(RowScratch.RAW_COEFFICIENTS, point.length),
                groupKernels);
        java.util.Arrays.fill(gradient, 0.0);
        return accumulateRows(rowOrder, from, to, raw, gradient, withLoss, batchScratch);
    }

    /**
     * Counts rows read row by row (mini-batches, an {@link #evaluationAt} in parts) and checks for cancellation
     * every {@link RowBlocks#BLOCK_ROWS} of them: such reading is a pass over the data too.
     */
    private void countRowsRead(int count) {
        rowsSinceCheckpoint += count;
        if (rowsSinceCheckpoint >= RowBlocks.BLOCK_ROWS) {
            rowsSinceCheckpoint = 0;
            blocks.checkpoint().run();
        }
    }

    /**
     * The full objective in parts: each run of rows is added to one running loss and raw gradient at the point's
     * raw coefficients by the row loops of {@link #valueAndGradient} (whole stored blocks where they are, the rows of
     * a last partial block gathered), with working arrays of its own; the {@link Evaluation#finish} divides by the
     * total weight and adds the L2 part as {@link #valueAndGradient} does. With worker threads the runs can be added
     * on one of them ({@link Evaluation#addInBackground}), in the same order, so the sums do not depend on the
     * number of threads. One evaluation at a time per objective.
     */
    @Override
    public Evaluation evaluationAt(double[] point) {
        double[] at = point.clone();
        double[] raw = parameters.toRaw(at);
        double[] rawGradient = new double[at.length];
        return new Evaluation() {
            private double loss;
            /** Set before the worker starts, so that the worker sees it. */
            private boolean inBackground;
            private java.util.concurrent.Future<?> background;

            @Override
            public void addRows(int from, int to) {
                if (!inBackground) {
                    countRowsRead(to - from); // in the background the batches' thread checks for cancellation
                }
                loss += accumulateRows(null, from, to, raw, rawGradient, true, evaluationScratch);
            }

            @Override
            public boolean addInBackground(Runnable adding) {
                inBackground = true;
                background = blocks.submit(adding);
                inBackground = background != null;
                return inBackground;
            }

            @Override
            public double finish(double[] gradient) {
                if (background != null) {
                    blocks.await(background);
                }
                System.arraycopy(rawGradient, 0, gradient, 0, rawGradient.length);
                return parameters.finish(at, gradient, loss, totalWeight);
            }
        };
    }

    /** @return the summed effective weights of the rows {@code rowOrder[from..to)}, in that order */
    private double batchWeight(int[] rowOrder, int from, int to) {
        double weight = 0;
        for (int k = from; k < to; k++) {
            weight += rowWeight(rowOrder[k]);
        }
        return weight;
    }

    /**
     * An upper estimate of the gradient's Lipschitz constant (largest curvature), by power iteration on the
     * standardized, weighted Gram matrix. Used to tell users which learning rates are stable.
     *
     * @return the estimate; rates below about {@code 2 / estimate} keep full-batch gradient descent stable
     */
    public double curvatureEstimate() {
        int d = features + 1;
        double[] v = new double[d];
        java.util.Arrays.fill(v, 1.0 / Math.sqrt(d));
        double eigenvalue = 0;
        double[] z = new double[d];
        for (int iteration = 0; iteration < 30; iteration++) {
            java.util.Arrays.fill(z, 0.0);
            for (int i = 0; i < data.rows(); i++) {
                double s = rowWeight(i);
                if (s == 0) {
                    continue;
                }
                int at = rowStart(i);
                double dot = parameters.fitIntercept() ? v[features] : 0;
                for (int j = 0; j < features; j++) {
                    dot += v[j] * (x[at + j * BlockLayout.BLOCK_ROWS] - scaling.mean(j)) / scaling.scale(j);
                }
                dot *= s;
                for (int j = 0; j < features; j++) {
                    z[j] += dot * (x[at + j * BlockLayout.BLOCK_ROWS] - scaling.mean(j)) / scaling.scale(j);
                }
                if (parameters.fitIntercept()) {
                    z[features] += dot;
                }
            }
            double norm = 0;
            for (double value : z) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                break;
            }
            eigenvalue = norm / totalWeight;
            for (int j = 0; j < d; j++) {
                v[j] = z[j] / norm;
            }
        }
        double hessianBound = outputs == 1 ? 0.25 : 0.5;
        return hessianBound * eigenvalue + parameters.l2Strength();
    }
}
