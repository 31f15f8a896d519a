package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;

import java.util.SplittableRandom;

/**
 * The fixed-learning-rate methods: an {@link UpdateRule} (plain, momentum, Nesterov, Adam) moved by the gradient at
 * the rate a {@link RateSchedule} gives for each epoch. Full batch ({@code miniBatchSize} 0 or at least the number of
 * rows): one gradient of all rows per step, as plain gradient descent in the classic tutorials, then the objective at
 * the new point. Mini-batch: one step is one epoch over the rows in batches. At the start the rows are shuffled once
 * from the seed into a copy ({@link MiniBatchFunction#reordered}); every epoch then visits that copy's groups of
 * {@link MiniBatchFunction#rowsDrawnTogether} consecutive rows in a new order drawn from the seed, batch after batch.
 * Every batch is thus a uniform random sample of the rows, mixed even for rows sorted by class, and every epoch visits
 * the groups in another order; a batch smaller than a group is the same rows in every epoch (shuffled once, as in
 * "shuffle once" SGD). Each group is one run of memory, so an epoch reads the data in long runs, where reshuffling
 * single rows read a whole cache line per value (17 to 31 full passes per epoch on data larger than the caches,
 * measured in docs/performance.md). The last {@code rows % group} rows (fewer than a group) close every epoch.
 * Batches ask for the gradient only ({@link MiniBatchFunction#batchGradient}). The L1 part is applied by the update
 * rule's proximal step after each move.
 *
 * <p>The full objective at the point an epoch ends at (the learning curve and the stopping rule read it) is evaluated
 * together with the next epoch, which therefore runs one step early: each group's rows are added to that evaluation
 * ({@link MiniBatchFunction#evaluationAt}) just before the first of the next epoch's batches that reads them, so they
 * are read from memory once for both and the batches find them in the caches (where the objective has worker
 * threads, one of them adds the groups in the same order while the batches run: the same sums). Step {@code k} thus runs epoch
 * {@code k + 1} (step 1 runs epochs 1 and 2) and reports the point after epoch {@code k}, with its objective and
 * stationarity (at the rate of epoch {@code k}): the points of a full evaluation after each epoch bit for bit, the
 * objective and stationarity up to the order of the sums, so the stopping rule decides as it would and a run ends on
 * the same point. The cost is one epoch of batches more over a run; the point ahead and the update rule's state,
 * which belongs to it, are saved with the optimizer. A run saved before this (no point ahead) resumes with an epoch
 * from the point it reports, which continues it as before; an objective that cannot evaluate in parts gets an epoch,
 * then a full evaluation, per step. The evaluation runs on the batches' thread, not on the objective's threads.
 */
public final class FixedRateOptimizer extends Iterate {

    private static final long serialVersionUID = 1L;

    private final UpdateRule rule;
    private final RateSchedule schedule;
    private final int miniBatchSize;
    private final long seed;

    /** The gradient of the smooth part at {@link #point}. */
    private double[] gradient;
    /** Epochs whose batches have run (the epochs behind {@link #ahead} when it is set, else behind the point). */
    private int epochs;
    /** The rows the run started on (mini-batch runs). */
    private int rows;
    /**
     * The groups of the shuffled copy in this epoch's order: positions {@code g * group .. (g + 1) * group} of the
     * epoch hold the copy's group {@code groupOrder[g]}; the rows after the last whole group close the epoch.
     */
    private int[] groupOrder;
    /**
     * Mini-batch runs: where the batches stand, one epoch ahead of the reported {@link #point}, whose evaluation
     * they read the rows with; the update rule's state belongs to this point. {@code null} when the batches stand at
     * the reported point: at the start, in full-batch runs, after the resume of a run saved before this field
     * existed, and on objectives that do not evaluate in parts ({@link MiniBatchFunction#evaluationAt}).
     */
    private double[] ahead;
    private transient MiniBatchFunction function;
    private transient MiniBatchFunction shuffled;
    private transient L1Penalty penalty;
    private transient double[] batchGradient;
    private transient SplittableRandom random;
    /** The current batch's rows of the shuffled copy. */
    private transient int[] batchRows;
    /** Whether the shuffled copy evaluates the full objective in parts ({@link MiniBatchFunction#evaluationAt}). */
    private transient boolean inParts;

    /**
     * @param rule how a gradient moves the parameters (a fresh instance: it keeps the run's state)
     * @param schedule the learning rate per epoch
     * @param miniBatchSize rows per step, or 0 for full-batch steps
     * @param seed the shuffling seed
     */
    public FixedRateOptimizer(UpdateRule rule, RateSchedule schedule, int miniBatchSize, long seed) {
        this.rule = rule;
        this.schedule = schedule;
        this.miniBatchSize = miniBatchSize;
        this.seed = seed;
    }

    @Override
    public void start(MiniBatchFunction function, L1Penalty penalty, double[] start) {
        point = start.clone();
        gradient = new double[point.length];
        epochs = 0;
        groupOrder = null;
        ahead = null;
        resume(function, penalty);
        evaluate(schedule.baseRate());
    }

    @Override
    public void resume(MiniBatchFunction function, L1Penalty penalty) {
        this.function = function;
        this.penalty = penalty;
        batchGradient = new double[point.length];
        random = new SplittableRandom(seed);
        if (!fullBatch()) {
            int[] rowOrder = identity(function.rows());
            shuffle(rowOrder, rowOrder.length, random);
            shuffled = function.reordered(rowOrder);
            inParts = shuffled.evaluationAt(point) != null;
            batchRows = new int[miniBatchSize];
            if (groupOrder == null) {
                rows = function.rows();
                groupOrder = identity(rows / groupRows());
            } else if (rows != function.rows()) {
                throw new IllegalArgumentException("The optimizer was started on " + rows
                        + " rows but is resumed on " + function.rows());
            }
            // the generator is not serialized: replay the draws of the epochs done
            int groups = groupOrder.length;
            for (int epoch = 0; epoch < epochs; epoch++) {
                for (int i = groups - 1; i > 0; i--) {
                    random.nextInt(i + 1);
                }
            }
        }
    }

    private boolean fullBatch() {
        return miniBatchSize <= 0 || miniBatchSize >= function.rows();
    }

    @Override
    public StepOutcome step() {
        if (fullBatch()) {
            double rate = schedule.rate(epochs);
            epochs++;
            rule.step(point, gradient, rate, penalty);
            evaluate(rate);
            return StepOutcome.MOVED;
        }
        if (ahead == null) {
            // the batches stand at the reported point: the next epoch from there first
            double[] moving = point.clone();
            runEpoch(moving, null);
            if (!inParts) {
                point = moving;
                evaluate(schedule.rate(epochs - 1));
                return StepOutcome.MOVED;
            }
            ahead = moving;
        } else if (!inParts) {
            // saved ahead, resumed on an objective that evaluates all at once: report the point ahead
            point = ahead;
            ahead = null;
            evaluate(schedule.rate(epochs - 1));
            return StepOutcome.MOVED;
        }
        // report the point ahead, evaluated while the next epoch's batches read the rows from it
        double[] reported = ahead.clone();
        double rate = schedule.rate(epochs - 1);
        MiniBatchFunction.Evaluation evaluation = shuffled.evaluationAt(reported);
        runEpoch(ahead, evaluation);
        point = reported;
        loss = evaluation.finish(gradient) + penalty.value(point);
        stationarity = penalty.stationarity(point, gradient, rate);
        return StepOutcome.MOVED;
    }

    /**
     * The loss and stationarity at {@link #point}, from one full evaluation.
     *
     * @param rate the rate of the epoch that led to the point (the proximal mapping's step)
     */
    private void evaluate(double rate) {
        loss = function.valueAndGradient(point, gradient) + penalty.value(point);
        stationarity = penalty.stationarity(point, gradient, rate);
    }

    /**
     * One epoch of batches over the shuffled copy, its groups in a new order.
     *
     * @param moving where the batches start, moved in place
     * @param evaluation when given: each group's rows are added to it just before the epoch's first batch that
     *        reads them, so that the batches find them in the caches; where the objective has worker threads, one
     *        of them adds the groups in the same order while the batches run (the same sums)
     */
    private void runEpoch(double[] moving, MiniBatchFunction.Evaluation evaluation) {
        double rate = schedule.rate(epochs);
        epochs++;
        shuffleGroups();
        boolean addHere = evaluation != null
                && !evaluation.addInBackground(() -> evaluateThrough(evaluation, 0, rows));
        int evaluated = 0;
        for (int from = 0; from < rows; from += miniBatchSize) {
            int count = Math.min(rows, from + miniBatchSize) - from;
            if (addHere) {
                evaluated = evaluateThrough(evaluation, evaluated, from + count);
            }
            shuffled.batchGradient(moving, batchGradient, rowsAt(from, count), 0, count);
            rule.step(moving, batchGradient, rate, penalty);
        }
    }

    /**
     * Adds the rows of this epoch's positions {@code evaluated ..} to an evaluation, whole groups (and the rows
     * after the last whole group as one run), until it holds the positions up to {@code through}.
     *
     * @return the positions now added
     */
    private int evaluateThrough(MiniBatchFunction.Evaluation evaluation, int evaluated, int through) {
        int group = groupRows();
        int grouped = groupOrder.length * group;
        while (evaluated < through) {
            if (evaluated < grouped) {
                int first = groupOrder[evaluated / group] * group;
                evaluation.addRows(first, first + group);
                evaluated += group;
            } else {
                evaluation.addRows(grouped, rows);
                evaluated = rows;
            }
        }
        return evaluated;
    }

    @Override
    public String description() {
        return (fullBatch() ? "full batch" : "mini-batches of " + miniBatchSize) + ", " + rule.description();
    }

    private int groupRows() {
        return Math.max(1, function.rowsDrawnTogether());
    }

    /** Puts the groups in a new random order; the rows after the last whole group stay last. */
    private void shuffleGroups() {
        for (int i = groupOrder.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = groupOrder[i];
            groupOrder[i] = groupOrder[j];
            groupOrder[j] = swap;
        }
    }

    /**
     * @param from the epoch's position of the batch's first row
     * @param count rows in the batch
     * @return {@link #batchRows} holding the shuffled copy's rows at positions {@code from .. from + count} of
     *         this epoch (a group's rows in order, the groups in {@link #groupOrder}'s order)
     */
    private int[] rowsAt(int from, int count) {
        int group = groupRows();
        int grouped = groupOrder.length * group;
        int g = from / group;
        int r = from % group;
        for (int k = 0; k < count; k++) {
            if (from + k >= grouped) {
                batchRows[k] = from + k;
                continue;
            }
            batchRows[k] = groupOrder[g] * group + r;
            if (++r == group) {
                g++;
                r = 0;
            }
        }
        return batchRows;
    }

    private static int[] identity(int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, int count, SplittableRandom random) {
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
