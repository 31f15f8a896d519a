package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.SimdSupport;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
import io.github.gdlogistic.core.optim.FixedRateOptimizer;
import io.github.gdlogistic.core.optim.LbfgsOptimizer;
import io.github.gdlogistic.core.optim.Optimizer;
import io.github.gdlogistic.core.optim.ProximalGradientOptimizer;
import io.github.gdlogistic.core.optim.StepOutcome;
import io.github.gdlogistic.core.optim.Stop;
import io.github.gdlogistic.core.optim.StoppingRule;
import io.github.gdlogistic.core.optim.UpdateRule;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One training run that can be stepped: {@link #start} prepares the data (class weights, standardization, the
 * objective) and evaluates the starting point; each {@link #step} performs one iteration (one epoch for the
 * mini-batch solvers), records the learning curve, informs the listener and asks the stopping rule; {@link #model}
 * gives a usable model at any point. {@link LogisticRegressionTrainer#fit} is "start, step until done".
 *
 * <p>A run is serializable without its data: after deserialization, {@link #resume} attaches the same data again and
 * stepping goes on exactly where it stopped (as if never interrupted). {@link #close} releases the worker threads;
 * a closed run must be resumed (on the same data) before it steps or gives its model again.
 *
 * <p>Cancellation: the listener's {@link TrainingListener#isCancelled()} or an interrupt of the thread that started
 * or resumed the run stop it with {@link TrainingCancelledException}; both are checked after every iteration and
 * between blocks of rows in every pass over the data.
 */
public final class TrainingRun implements AutoCloseable, Serializable {

    private static final long serialVersionUID = 1L;

    private final TrainingConfig config;
    private final double[] classWeights;
    private final double threshold;
    private final ThresholdCurve heldOutCurve;
    private final boolean tunesThreshold;
    private final FeatureScaling scaling;
    private final Optimizer optimizer;
    private StoppingRule rule;
    private final int rows;
    private final int features;
    private final int numClasses;
    private double[] losses = new double[16];
    private int iterations;
    private double startStationarity;
    private Stop stop;
    private boolean finishedByCaller;
    private long elapsedNanos;
    private transient Dataset data;
    private transient LogLossObjective objective;
    private transient L1Penalty penalty;
    private transient ExecutorService executor;
    private transient int threads;
    private transient TrainingListener listener;
    private transient Thread trainingThread;

    private TrainingRun(Dataset data, TrainingConfig config, double[] classWeights, double threshold,
            ThresholdCurve heldOutCurve, boolean tunesThreshold, TrainingListener listener) {
        long began = System.nanoTime();
        this.config = config;
        this.classWeights = classWeights.clone();
        this.threshold = threshold;
        this.heldOutCurve = heldOutCurve;
        this.tunesThreshold = tunesThreshold;
        this.rows = data.rows();
        this.features = data.features();
        this.numClasses = data.numClasses();
        this.rule = new StoppingRule(config.maxIterations(), config.lossTolerance(), config.gradientTolerance());
        attach(data, listener);
        try {
            this.scaling = scalingFor(data);
            this.optimizer = optimizerFor(config);
            buildObjective();
            optimizer.start(objective, penalty, new double[objective.dimension()]);
        } catch (RuntimeException e) {
            close(); // a run that fails to start (bad data, cancelled) leaves no threads behind
            throw e;
        }
        losses[0] = optimizer.loss();
        startStationarity = optimizer.stationarity();
        stop = rule.atStart(optimizer.loss(), startStationarity);
        elapsedNanos = System.nanoTime() - began;
        if (stop == Stop.DIVERGED) {
            throw diverged();
        }
    }

    /**
     * Starts a run: validates the class weights, tunes the threshold on a hold-out first when so configured,
     * standardizes, builds the objective and evaluates the start.
     *
     * @param data training data
     * @param config training configuration
     * @param listener progress and cancellation
     * @return the run, ready to {@link #step}
     * @throws IllegalArgumentException for unusable data (a class without weight, wrong class-weight count)
     * @throws TrainingCancelledException when cancelled while preparing
     */
    public static TrainingRun start(Dataset data, TrainingConfig config, TrainingListener listener) {
        double[] classWeights = LogisticRegressionTrainer.effectiveClassWeights(data, config);
        ThresholdCurve heldOut = ThresholdTuning.beforeTraining(data, config, listener);
        double threshold = heldOut != null ? heldOut.bestThreshold() : config.threshold();
        return new TrainingRun(data, config, classWeights, threshold, heldOut, true, listener);
    }

    /** A run without threshold tuning, with the given class weights and threshold (the hold-out model). */
    static TrainingRun untuned(Dataset data, TrainingConfig config, double[] classWeights, double threshold,
            TrainingListener listener) {
        return new TrainingRun(data, config, classWeights, threshold, null, false, listener);
    }

    /** Sets the transient parts that belong to a data set, a listener and the calling thread. */
    private void attach(Dataset data, TrainingListener listener) {
        if (data.rows() != rows || data.features() != features || data.numClasses() != numClasses) {
            throw new IllegalArgumentException("This training run was started on " + rows + " rows x " + features
                    + " features with " + numClasses + " classes, but is resumed on " + data.rows() + " x "
                    + data.features() + " with " + data.numClasses() + "; expected the same data");
        }
        this.data = data;
        this.listener = listener;
        this.trainingThread = Thread.currentThread();
        this.threads = LogisticRegressionTrainer.workerThreads(config.threads(), rows,
                (features + 1) * (numClasses == 2 ? 1 : numClasses));
        if (threads > 1) {
            // idle workers end after a second, so a run that is never closed (a copy Weka steps and drops) costs
            // no threads
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), LogisticRegressionTrainer.daemonThreads());
            pool.allowCoreThreadTimeOut(true);
            this.executor = pool;
        }
    }

    private RowBlocks objectiveBlocks() {
        return RowBlocks.parallel(rows, executor, executor == null ? 1 : threads, this::checkCancelled);
    }

    /** The one place that chooses the vector or the scalar row loops for a run. */
    private boolean vectorLoops() {
        return !config.scalarLoops() && SimdSupport.vectorLoopsFor(rows, features);
    }

    private FeatureScaling scalingFor(Dataset data) {
        if (!config.standardize()) {
            return FeatureScaling.identity(features);
        }
        if (!config.fitIntercept()) {
            return FeatureScaling.scalingOnly(data);
        }
        return FeatureScaling.standardizing(data, objectiveBlocks(), SimdSupport.columnMoments(vectorLoops()));
    }

    private void buildObjective() {
        double l2 = config.lambda() * (1 - config.alpha());
        RowBlocks blocks = objectiveBlocks();
        objective = numClasses == 2
                ? new BinaryLogLoss(data, classWeights, scaling, l2, config.fitIntercept(), blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, l2, config.fitIntercept(), blocks);
        objective.useVectorLoops(vectorLoops());
        penalty = new L1Penalty(config.lambda() * config.alpha(), objective.penalizedMask());
    }

    /** The optimizer for the configuration: the one place where a solver becomes a method and its settings. */
    static Optimizer optimizerFor(TrainingConfig config) {
        switch (config.solver()) {
            case AUTO:
                return config.hasL1() ? new ProximalGradientOptimizer() : new LbfgsOptimizer();
            case GD:
                return fixedRate(config, new UpdateRule.Plain(), 0);
            case SGD:
                return fixedRate(config, new UpdateRule.Plain(), config.miniBatchSize());
            case MOMENTUM:
                return fixedRate(config, new UpdateRule.Momentum(config.momentum()), config.miniBatchSize());
            case NESTEROV:
                return fixedRate(config, new UpdateRule.Nesterov(config.momentum()), config.miniBatchSize());
            case ADAM:
                return fixedRate(config, new UpdateRule.Adam(config.beta1(), config.beta2(), config.epsilon()),
                        config.miniBatchSize());
            default:
                throw new IllegalStateException("Unknown solver " + config.solver());
        }
    }

    private static Optimizer fixedRate(TrainingConfig config, UpdateRule rule, int miniBatchSize) {
        return new FixedRateOptimizer(rule, config.schedule().schedule(config.learningRate(), config.decay()),
                miniBatchSize, config.seed());
    }

    /**
     * Performs one iteration (one epoch for the mini-batch solvers), unless the run is done.
     *
     * @return whether the run goes on (false once the stopping rule has ended it)
     * @throws TrainingDivergedException when the loss explodes (fixed-rate solvers with too large a rate)
     * @throws TrainingCancelledException when the listener cancels or the thread is interrupted
     * @throws IllegalStateException when the run was deserialized and not yet resumed
     */
    public boolean step() {
        if (isDone()) {
            return false;
        }
        if (objective == null) {
            throw new IllegalStateException("This training run is closed or was restored from a file: call "
                    + "resume(data, listener) before stepping");
        }
        long began = System.nanoTime();
        finishedByCaller = false;
        StepOutcome outcome = optimizer.step();
        iterations++;
        losses = recorded(losses, iterations, optimizer.loss());
        listener.onIteration(iterations, rule.maxIterations(), optimizer.loss());
        checkCancelled();
        stop = rule.after(outcome, losses, iterations + 1, startStationarity, optimizer.stationarity());
        elapsedNanos += System.nanoTime() - began;
        if (stop == Stop.DIVERGED) {
            throw diverged();
        }
        return stop == null;
    }

    /**
     * Stores the loss after an iteration in the learning curve.
     *
     * @param losses the curve so far
     * @param iteration the iteration (its index in the curve)
     * @param loss the loss after it
     * @return the curve, grown (a new array) when it was full
     */
    static double[] recorded(double[] losses, int iteration, double loss) {
        double[] curve = iteration == losses.length ? Arrays.copyOf(losses, 2 * losses.length) : losses;
        curve[iteration] = loss;
        return curve;
    }

    /** @return whether the stopping rule has ended the run */
    public boolean isDone() {
        return stop != null;
    }

    /** @return iterations (or epochs) done so far */
    public int iterations() {
        return iterations;
    }

    /** @return the objective now */
    public double loss() {
        return losses[iterations];
    }

    /**
     * Wald statistics of a binary model of this run on the run's data, computed on the run's worker threads.
     *
     * @param model the run's model ({@link #model()})
     * @return the statistics, or empty when the model is not binary or its information matrix cannot be inverted
     * @throws IllegalStateException when the run is closed
     */
    public Optional<CoefficientStatistics> coefficientStatistics(LogisticModel model) {
        if (objective == null) {
            throw new IllegalStateException("This training run is closed: call resume(data, listener) first");
        }
        return CoefficientStatistics.compute(data, model, classWeights, objectiveBlocks(),
                SimdSupport.informationMatrix(vectorLoops()));
    }

    /**
     * The model at the current parameters, usable at any point of the run: it predicts, prints and serializes. Its
     * report says why the run stopped, or that it has not finished ({@link StopReason#NOT_FINISHED}). Once the run
     * is done, the threshold is tuned as configured (see {@link ThresholdTuning}).
     *
     * @return the model
     */
    public LogisticModel model() {
        if (objective == null) {
            throw new IllegalStateException("This training run is closed or was restored from a file: call "
                    + "resume(data, listener) before asking for its model");
        }
        double[] point = optimizer.point();
        boolean separable = stop != null && config.lambda() == 0 && objective.separates(point);
        TrainingReport report = new TrainingReport(stopReason(stop), separable, iterations, optimizer.loss(),
                optimizer.stationarity(), history(losses, iterations), elapsedNanos / 1_000_000,
                solverDescription());
        LogisticModel model = modelAt(numClasses, objective.toRawCoefficients(point), point, threshold, report,
                config);
        return isFinal() && tunesThreshold ? ThresholdTuning.afterTraining(model, data, config, heldOutCurve) : model;
    }

    /**
     * The model at the optimizer's parameters.
     *
     * @param numClasses number of classes
     * @param raw the raw-unit coefficients, layout as the parameters
     * @param point the parameters (standardized coefficients)
     * @param threshold binary decision threshold
     * @param report the training report
     * @param config the configuration
     * @return the model
     */
    static LogisticModel modelAt(int numClasses, double[] raw, double[] point, double threshold,
            TrainingReport report, TrainingConfig config) {
        int outputs = numClasses == 2 ? 1 : numClasses;
        int features = point.length / outputs - 1;
        double[][] coefficients = new double[outputs][features];
        double[] intercepts = new double[outputs];
        double[][] standardized = new double[outputs][features];
        double[] standardizedIntercepts = new double[outputs];
        for (int c = 0; c < outputs; c++) {
            System.arraycopy(raw, c * (features + 1), coefficients[c], 0, features);
            intercepts[c] = raw[c * (features + 1) + features];
            System.arraycopy(point, c * (features + 1), standardized[c], 0, features);
            standardizedIntercepts[c] = point[c * (features + 1) + features];
        }
        return new LogisticModel(numClasses, coefficients, intercepts, standardized, standardizedIntercepts,
                threshold, null, report, config);
    }

    /** @return whether {@link #model()} is the final model: the rule ended the run, or {@link #finish} was called */
    public boolean isFinal() {
        return stop != null || finishedByCaller;
    }

    /**
     * Ends the run here, before its stopping rule would: {@link #model()} is then the final model (with the threshold
     * tuned as configured), its report saying {@link StopReason#NOT_FINISHED} unless the rule had ended the run
     * already. Another {@link #step} makes it a running model again.
     */
    public void finish() {
        finishedByCaller = true;
    }

    /**
     * Lets a run that reached its iteration limit (or was finished by its caller) go on to a higher limit.
     *
     * @param maxIterations the new iteration limit (the total, counted from the start of the run; listeners are told
     *        this total)
     * @return whether the run can take more steps now (false when the limit is not above the iterations done, or the
     *         rule ended the run for another reason than its limit)
     * @throws IllegalArgumentException when the limit is below 1
     */
    public boolean extendTo(int maxIterations) {
        TrainingConfig.MAX_ITERATIONS_RANGE.require(maxIterations, "Maximum iterations");
        if (maxIterations <= iterations) {
            return false;
        }
        boolean open = stop == null || stop == Stop.MAX_ITERATIONS;
        if (open) {
            rule = new StoppingRule(maxIterations, config.lossTolerance(), config.gradientTolerance());
            stop = null;
            finishedByCaller = false;
        }
        return stop == null;
    }

    /** The report's stop reason for the stopping rule's decision ({@code null}: not finished). */
    static StopReason stopReason(Stop stop) {
        if (stop == null) {
            return StopReason.NOT_FINISHED;
        }
        switch (stop) {
            case GRADIENT_TOLERANCE:
                return StopReason.GRADIENT_TOLERANCE;
            case LOSS_TOLERANCE:
                return StopReason.LOSS_TOLERANCE;
            case MAX_ITERATIONS:
                return StopReason.MAX_ITERATIONS;
            case NO_PROGRESS:
                return StopReason.NO_PROGRESS;
            case STALLED:
                return StopReason.STALLED;
            default:
                throw new IllegalStateException("A diverged run has no model");
        }
    }

    private String solverDescription() {
        String solver = config.solver() == Solver.AUTO ? "auto (" + optimizer.description() + ")"
                : config.solver().optionName();
        return solver + SimdSupport.reportSuffix(objective, data);
    }

    /**
     * The learning curve of {@code losses[0..iterations]}, sampled evenly down to
     * {@link TrainingReport#MAX_HISTORY_POINTS}.
     */
    static List<LossPoint> history(double[] losses, int iterations) {
        int size = iterations + 1;
        int limit = TrainingReport.MAX_HISTORY_POINTS;
        List<LossPoint> sampled = new ArrayList<>(Math.min(size, limit));
        if (size <= limit) {
            for (int k = 0; k < size; k++) {
                sampled.add(new LossPoint(k, losses[k]));
            }
            return sampled;
        }
        for (int k = 0; k < limit; k++) {
            int at = (int) ((long) k * (size - 1) / (limit - 1));
            sampled.add(new LossPoint(at, losses[at]));
        }
        return sampled;
    }

    /**
     * Attaches the data again after this run was deserialized (or closed), on the calling thread.
     *
     * @param data the same training data the run started on
     * @param listener progress and cancellation from now on
     * @throws IllegalArgumentException when the data's shape differs from the run's
     */
    public void resume(Dataset data, TrainingListener listener) {
        close();
        attach(data, listener);
        buildObjective();
        optimizer.resume(objective, penalty);
    }

    /** Releases the worker threads; the run can be resumed later. */
    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        objective = null; // stepping or reading the model now asks for resume()
        penalty = null;
    }

    private void checkCancelled() {
        if (listener.isCancelled() || trainingThread.isInterrupted()) {
            throw new TrainingCancelledException(iterations);
        }
    }

    private TrainingDivergedException diverged() {
        StringBuilder trail = new StringBuilder();
        for (int k = Math.max(0, iterations - 4); k <= iterations; k++) {
            trail.append(k > Math.max(0, iterations - 4) ? " -> " : "").append(format(losses[k]));
        }
        String advice;
        if (config.solver() == Solver.ADAM) {
            advice = "Try a smaller learning rate (Adam usually works with 0.001 to 0.1)";
        } else {
            double curvature = objective.curvatureEstimate();
            double stable = curvature > 0 ? 1.0 / curvature : Double.NaN;
            if (config.solver() == Solver.MOMENTUM || config.solver() == Solver.NESTEROV) {
                stable *= 1 - config.momentum();
            }
            advice = Double.isFinite(stable)
                    ? "For these data a learning rate of about " + format(stable) + " or lower is stable"
                    : "Try a much smaller learning rate";
        }
        close();
        String message = String.format(Locale.ROOT,
                "Training diverged with solver '%s' and learning rate %s: the loss went %s by iteration %d "
                        + "(starting loss %s). %s; or use the 'auto' solver, which chooses its step sizes itself.",
                config.solver().optionName(), format(config.learningRate()), trail, iterations, format(losses[0]),
                advice);
        return new TrainingDivergedException(message, config.learningRate(), iterations);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (config == null || optimizer == null || rule == null || scaling == null || losses == null
                || iterations < 0 || iterations >= losses.length) {
            throw new java.io.InvalidObjectException("Damaged training run");
        }
    }
}
