package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.LearningRateSchedule;
import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.TrainingDivergedException;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.MiniBatchFunction;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * The fixed-learning-rate solvers. {@link Solver#GD} is plain full-batch gradient descent
 * ({@code w <- w - rate * gradient} from zero weights, one gradient per iteration), step by step as in the classic
 * tutorials. {@link Solver#SGD}, {@link Solver#MOMENTUM}, {@link Solver#NESTEROV} and {@link Solver#ADAM} visit the
 * rows in mini-batches, reshuffled every epoch from the seed; one iteration is one epoch. The L1 part is applied by a
 * proximal step after each move. After each iteration the full objective is evaluated for the learning curve, the
 * stopping rule and the divergence guard.
 *
 * <p>Divergence guard: a non-finite loss, a loss above {@value #EXPLOSION_FACTOR} times the starting loss, or
 * {@value #RISING_LIMIT} rises in a row above the starting loss stop training with a
 * {@link TrainingDivergedException} whose message names the learning rate and suggests a stable one.
 */
public final class FirstOrderOptimizer {

    static final double EXPLOSION_FACTOR = 100;
    static final int RISING_LIMIT = 5;
    /** Within an epoch, cancellation is checked after about this many rows. */
    private static final int CANCELLATION_ROWS = 2048;

    private final Solver solver;
    private final double learningRate;
    private final LearningRateSchedule schedule;
    private final double decay;
    private final int batchSize;
    private final double momentum;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final long seed;
    private final DoubleSupplier curvatureEstimate;

    /**
     * @param solver one of GD, SGD, MOMENTUM, NESTEROV, ADAM
     * @param learningRate base learning rate
     * @param schedule learning-rate schedule over epochs
     * @param decay schedule parameter
     * @param batchSize mini-batch size (ignored by GD)
     * @param momentum momentum coefficient (MOMENTUM, NESTEROV)
     * @param beta1 Adam first-moment decay
     * @param beta2 Adam second-moment decay
     * @param epsilon Adam denominator offset
     * @param seed shuffling seed
     * @param curvatureEstimate computes the objective's curvature bound, only when a divergence is reported
     */
    public FirstOrderOptimizer(Solver solver, double learningRate, LearningRateSchedule schedule, double decay,
            int batchSize, double momentum, double beta1, double beta2, double epsilon, long seed,
            DoubleSupplier curvatureEstimate) {
        if (solver == Solver.AUTO) {
            throw new IllegalArgumentException("The AUTO solver is not a fixed-learning-rate solver");
        }
        this.solver = solver;
        this.learningRate = learningRate;
        this.schedule = schedule;
        this.decay = decay;
        this.batchSize = batchSize;
        this.momentum = momentum;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.seed = seed;
        this.curvatureEstimate = curvatureEstimate;
    }

    /**
     * @param function the smooth objective
     * @param penalty the L1 part
     * @param start starting parameters (not modified)
     * @param progress stopping rule and record
     * @return the result
     * @throws TrainingDivergedException when the loss explodes
     */
    public OptimizationResult minimize(MiniBatchFunction function, L1Penalty penalty, double[] start,
            Progress progress) {
        int n = function.dimension();
        int rows = function.rows();
        double[] point = start.clone();
        double[] gradient = new double[n];
        double[] batchGradient = new double[n];
        double loss = function.valueAndGradient(point, gradient) + penalty.value(point);
        double startLoss = loss;
        checkFinite(loss, 0, startLoss, progress);
        StopReason stop = progress.start(loss, penalty.stationarity(point, gradient, learningRate));
        UpdateRule rule = createRule(n);
        boolean fullBatch = solver == Solver.GD || batchSize >= rows;
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int rising = 0;
        int iteration = 0;
        while (stop == null) {
            iteration++;
            double rate = schedule.rate(learningRate, decay, iteration - 1);
            if (fullBatch) {
                rule.step(point, gradient, rate, penalty);
            } else {
                shuffle(order, random);
                for (int from = 0, checked = 0; from < rows; from += batchSize) {
                    int to = Math.min(rows, from + batchSize);
                    if (from - checked >= CANCELLATION_ROWS) {
                        progress.checkCancelled(iteration - 1);
                        checked = from;
                    }
                    function.batchValueAndGradient(point, batchGradient, order, from, to);
                    rule.step(point, batchGradient, rate, penalty);
                }
                progress.checkCancelled(iteration);
            }
            double previousLoss = loss;
            loss = function.valueAndGradient(point, gradient) + penalty.value(point);
            checkFinite(loss, iteration, startLoss, progress);
            rising = loss > previousLoss && loss > startLoss ? rising + 1 : 0;
            if (loss > EXPLOSION_FACTOR * startLoss || rising >= RISING_LIMIT) {
                throw diverged(iteration, startLoss, loss, progress);
            }
            stop = progress.afterIteration(iteration, previousLoss, loss,
                    penalty.stationarity(point, gradient, rate));
        }
        return new OptimizationResult(point, loss, penalty.stationarity(point, gradient, learningRate), iteration,
                stop, progress.history());
    }

    private UpdateRule createRule(int dimension) {
        switch (solver) {
            case MOMENTUM:
                return new UpdateRule.Momentum(dimension, momentum);
            case NESTEROV:
                return new UpdateRule.Nesterov(dimension, momentum);
            case ADAM:
                return new UpdateRule.Adam(dimension, beta1, beta2, epsilon);
            default:
                return new UpdateRule.Plain();
        }
    }

    private void checkFinite(double loss, int iteration, double startLoss, Progress progress) {
        if (!Double.isFinite(loss)) {
            throw diverged(iteration, startLoss, loss, progress);
        }
    }

    private TrainingDivergedException diverged(int iteration, double startLoss, double loss, Progress progress) {
        List<LossPoint> history = progress.rawHistory();
        StringBuilder trail = new StringBuilder();
        for (int k = Math.max(0, history.size() - 4); k < history.size(); k++) {
            trail.append(format(history.get(k).loss())).append(" -> ");
        }
        trail.append(format(loss));
        String advice;
        if (solver == Solver.ADAM) {
            advice = "Try a smaller learning rate (Adam usually works with 0.001 to 0.1)";
        } else {
            double curvature = curvatureEstimate.getAsDouble();
            double stable = curvature > 0 ? 1.0 / curvature : Double.NaN;
            if (solver == Solver.MOMENTUM || solver == Solver.NESTEROV) {
                stable *= 1 - momentum;
            }
            advice = Double.isFinite(stable)
                    ? "For these data a learning rate of about " + format(stable) + " or lower is stable"
                    : "Try a much smaller learning rate";
        }
        String message = String.format(Locale.ROOT,
                "Training diverged with solver '%s' and learning rate %s: the loss went %s by iteration %d "
                        + "(starting loss %s). %s; or use the 'auto' solver, which chooses its step sizes itself.",
                solver.optionName(), format(learningRate), trail, iteration, format(startLoss), advice);
        return new TrainingDivergedException(message, learningRate, iteration);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
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
