package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.DataSummary;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.SimdSupport;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
import io.github.gdlogistic.core.objective.SummedLogLoss;
import io.github.gdlogistic.core.optim.Optimizer;
import io.github.gdlogistic.core.optim.StepOutcome;
import io.github.gdlogistic.core.optim.Stop;
import io.github.gdlogistic.core.optim.StoppingRule;

import java.util.Locale;

/**
 * Training on data the core does not hold, such as the partitions of a Spark data set. The host summarizes each part
 * ({@link DataSummary#of}) and combines the summaries in a fixed order; it evaluates the data term's sums at given
 * raw coefficients on every part ({@link LogLossObjective#sums} of {@link #partObjective}) and adds the parts in a
 * fixed order. This class runs the rest on the calling thread exactly as a {@link TrainingRun} does: the
 * configuration's optimizer (L-BFGS, proximal gradient with L1, or full-batch gradient descent), its stopping rule,
 * the learning curve, the listener, and the model with its report. The same parts and order give the same model bit
 * for bit.
 *
 * <p>Not available without the rows in memory: mini-batch solvers (with batches smaller than the data), threshold
 * tuning, and the separability check of unregularized fits (the report then never says "separable"; such fits end
 * as not converged).
 */
public final class DistributedTraining {

    private DistributedTraining() {
    }

    /**
     * Refuses the options that need the rows in memory.
     *
     * @param config the configuration
     * @param rows number of training rows
     * @throws IllegalArgumentException naming the option and what to use instead
     */
    public static void requireSupported(TrainingConfig config, long rows) {
        if (config.thresholdMetric() != ThresholdMetric.NONE) {
            throw new IllegalArgumentException("Threshold tuning ('" + config.thresholdMetric().optionName()
                    + "') needs every row's score in memory and is not available in distributed training; expected "
                    + "thresholdMetric 'none' (set the threshold itself instead)");
        }
        boolean miniBatch = config.solver() != Solver.AUTO && config.solver() != Solver.GD;
        if (miniBatch && config.miniBatchSize() < rows) {
            throw new IllegalArgumentException("Solver '" + config.solver().optionName() + "' with mini-batches of "
                    + config.miniBatchSize() + " rows is not available in distributed training (" + rows
                    + " rows); expected solver 'auto' or 'gd', or a batch size of at least the number of rows");
        }
    }

    /**
     * The objective of one part of the data, whose {@link LogLossObjective#sums} a host evaluates there.
     *
     * @param part the part's rows
     * @param classWeights the weight per class ({@link LogisticRegressionTrainer#effectiveClassWeights(double[],
     *        java.util.function.IntFunction, TrainingConfig)} of the combined summary)
     * @param config the configuration: the vector loops run by the core's rule ({@link SimdSupport#vectorLoopsFor})
     *        for the size of the whole data, since every part's loops run on each evaluation of the whole, unless it
     *        asks for the scalar loops
     * @param totalRows the rows of all parts together
     * @return the part's objective, summing on the calling thread
     */
    public static LogLossObjective partObjective(Dataset part, double[] classWeights, TrainingConfig config,
            long totalRows) {
        FeatureScaling none = FeatureScaling.identity(part.features());
        RowBlocks blocks = RowBlocks.sequential(part.rows());
        LogLossObjective objective = part.numClasses() == 2
                ? new BinaryLogLoss(part, classWeights, none, 0, true, blocks)
                : new SoftmaxLogLoss(part, classWeights, none, 0, true, blocks);
        objective.useVectorLoops(!config.scalarLoops()
                && SimdSupport.vectorLoopsFor((int) Math.min(Integer.MAX_VALUE, totalRows), part.features()));
        return objective;
    }

    /**
     * Trains from the combined summary and a function giving the data term's sums over all parts.
     *
     * @param summary the combined summary of all parts, in their fixed order
     * @param classWeights the weight per class, as given to every part's objective
     * @param config the configuration ({@link #requireSupported} is checked)
     * @param sums the data term's sums over all parts at given raw coefficients
     * @param listener progress and cancellation, on the calling thread after every iteration
     * @return the fitted model, its report holding the learning curve
     * @throws IllegalArgumentException for unusable options or data without weight
     * @throws TrainingDivergedException when the loss explodes (gradient descent with too large a rate)
     * @throws TrainingCancelledException when the listener cancels or the thread is interrupted
     */
    public static LogisticModel fit(DataSummary summary, double[] classWeights, TrainingConfig config,
            SummedLogLoss.Sums sums, TrainingListener listener) {
        long began = System.nanoTime();
        requireSupported(config, summary.rows());
        double[] totals = summary.classTotals();
        double totalWeight = 0;
        for (int c = 0; c < totals.length; c++) {
            totalWeight += totals[c] * classWeights[c];
        }
        int numClasses = summary.numClasses();
        FeatureScaling scaling = summary.scaling(config.standardize(), config.fitIntercept());
        SummedLogLoss function = new SummedLogLoss(summary.features(), numClasses == 2 ? 1 : numClasses, scaling,
                config.lambda() * (1 - config.alpha()), config.fitIntercept(), totalWeight,
                (int) Math.min(Integer.MAX_VALUE, summary.rows()), sums);
        Optimizer optimizer = TrainingRun.optimizerFor(config);
        optimizer.start(function, new L1Penalty(config.lambda() * config.alpha(), function.penalizedMask()),
                new double[function.dimension()]);
        StoppingRule rule = new StoppingRule(config.maxIterations(), config.lossTolerance(),
                config.gradientTolerance());
        double[] losses = new double[16];
        losses[0] = optimizer.loss();
        double startStationarity = optimizer.stationarity();
        Stop stop = rule.atStart(optimizer.loss(), startStationarity);
        int iterations = 0;
        while (stop == null) {
            StepOutcome outcome = optimizer.step();
            iterations++;
            losses = TrainingRun.recorded(losses, iterations, optimizer.loss());
            listener.onIteration(iterations, rule.maxIterations(), optimizer.loss());
            if (listener.isCancelled() || Thread.currentThread().isInterrupted()) {
                throw new TrainingCancelledException(iterations);
            }
            stop = rule.after(outcome, losses, iterations + 1, startStationarity, optimizer.stationarity());
        }
        if (stop == Stop.DIVERGED) {
            throw new TrainingDivergedException(String.format(Locale.ROOT, "Training diverged with solver '%s' and "
                    + "learning rate %.4g: the loss went from %.4g to %.4g by iteration %d. Try a smaller learning "
                    + "rate, or the 'auto' solver, which chooses its step sizes itself.",
                    config.solver().optionName(), config.learningRate(), losses[0], losses[iterations], iterations),
                    config.learningRate(), iterations);
        }
        double[] point = optimizer.point();
        String solver = config.solver() == Solver.AUTO ? "auto (" + optimizer.description() + ")"
                : config.solver().optionName();
        TrainingReport report = new TrainingReport(TrainingRun.stopReason(stop), false, iterations,
                optimizer.loss(), optimizer.stationarity(), TrainingRun.history(losses, iterations),
                (System.nanoTime() - began) / 1_000_000, solver + ", distributed");
        return TrainingRun.modelAt(numClasses, function.toRawCoefficients(point), point, config.threshold(), report,
                config);
    }
}
