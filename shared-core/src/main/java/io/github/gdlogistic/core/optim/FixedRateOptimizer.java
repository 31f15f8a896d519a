package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;

import java.util.SplittableRandom;

/**
 * The fixed-learning-rate methods: an {@link UpdateRule} (plain, momentum, Nesterov, Adam) moved by the gradient at
 * the rate a {@link RateSchedule} gives for each epoch. Full batch ({@code miniBatchSize} 0 or at least the number of
 * rows): one gradient of all rows per step, as plain gradient descent in the classic tutorials. Mini-batch: the rows
 * are reshuffled from the seed at the start of every epoch and visited in batches; one step is one epoch. The L1 part
 * is applied by the update rule's proximal step after each move. After each step the full objective is evaluated
 * (for the learning curve and the stopping rule).
 */
public final class FixedRateOptimizer extends Iterate {

    private static final long serialVersionUID = 1L;

    private final UpdateRule rule;
    private final RateSchedule schedule;
    private final int miniBatchSize;
    private final long seed;

    private double[] gradient;
    private int epochs;
    private int[] order;
    private transient MiniBatchFunction function;
    private transient L1Penalty penalty;
    private transient double[] batchGradient;
    private transient SplittableRandom random;

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
        order = null;
        resume(function, penalty);
        loss = function.valueAndGradient(point, gradient) + penalty.value(point);
        stationarity = penalty.stationarity(point, gradient, schedule.baseRate());
    }

    @Override
    public void resume(MiniBatchFunction function, L1Penalty penalty) {
        this.function = function;
        this.penalty = penalty;
        batchGradient = new double[point.length];
        random = new SplittableRandom(seed);
        if (!fullBatch()) {
            int rows = function.rows();
            if (order == null) {
                order = new int[rows];
                for (int i = 0; i < rows; i++) {
                    order[i] = i;
                }
            } else if (order.length != rows) {
                throw new IllegalArgumentException("The optimizer was started on " + order.length
                        + " rows but is resumed on " + rows);
            }
            // the generator is not serialized: replay the draws of the epochs done
            for (int epoch = 0; epoch < epochs; epoch++) {
                for (int i = rows - 1; i > 0; i--) {
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
        double rate = schedule.rate(epochs);
        epochs++;
        if (fullBatch()) {
            rule.step(point, gradient, rate, penalty);
        } else {
            shuffle(order, random);
            int rows = order.length;
            for (int from = 0; from < rows; from += miniBatchSize) {
                int to = Math.min(rows, from + miniBatchSize);
                function.batchValueAndGradient(point, batchGradient, order, from, to);
                rule.step(point, batchGradient, rate, penalty);
            }
        }
        loss = function.valueAndGradient(point, gradient) + penalty.value(point);
        stationarity = penalty.stationarity(point, gradient, rate);
        return StepOutcome.MOVED;
    }

    @Override
    public String description() {
        return (fullBatch() ? "full batch" : "mini-batches of " + miniBatchSize) + ", " + rule.description();
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
