package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
import io.github.gdlogistic.core.optim.FixedRateOptimizer;
import io.github.gdlogistic.core.optim.RateSchedule;
import io.github.gdlogistic.core.optim.UpdateRule;

import java.util.Arrays;
import java.util.Locale;

/**
 * What one mini-batch epoch costs against one full pass of the objective (value and gradient of all rows), on one
 * thread, on data larger than the caches. An epoch of {@link FixedRateOptimizer} is the mini-batch steps plus one
 * full pass for the loss it reports, so 2 full passes is the floor a streaming epoch can reach. Medians of the runs
 * after warm-up; reported, never a pass/fail test.
 *
 * <p>Usage: {@code EpochCost [rows features classes]...}, default {@code 1000000 50 2 1000000 20 2 100000 50 10}.
 */
public final class EpochCost {

    private static final int RUNS = 5;

    private EpochCost() {
    }

    /**
     * @param args triples of rows, features, classes
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            args = new String[] {"1000000", "50", "2", "1000000", "20", "2", "100000", "50", "10"};
        }
        System.out.println("| data | batch | full pass | epoch (batches + full pass) | epoch / full pass |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int i = 0; i + 2 < args.length; i += 3) {
            int rows = Integer.parseInt(args[i]);
            int features = Integer.parseInt(args[i + 1]);
            int classes = Integer.parseInt(args[i + 2]);
            Dataset data = SyntheticData.generate(rows, features, classes, 5);
            LogLossObjective objective = objective(data);
            double[] point = new double[objective.dimension()];
            double[] gradient = new double[point.length];
            double pass = Timing.measure(2, RUNS, () -> objective.valueAndGradient(point, gradient)).medianSeconds;
            for (int batch : new int[] {32, 256}) {
                FixedRateOptimizer optimizer = new FixedRateOptimizer(new UpdateRule.Plain(),
                        RateSchedule.constant(0.05), batch, 1);
                optimizer.start(objective, new L1Penalty(0, objective.penalizedMask()), point);
                double epoch = Timing.measure(1, RUNS, optimizer::step).medianSeconds;
                System.out.printf(Locale.ROOT, "| %,d x %d, %d classes | %d | %.1f ms | %.1f ms | %.2f |%n", rows,
                        features, classes, batch, pass * 1e3, epoch * 1e3, epoch / pass);
            }
        }
    }

    private static LogLossObjective objective(Dataset data) {
        double[] classWeights = new double[data.numClasses()];
        Arrays.fill(classWeights, 1.0);
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        RowBlocks blocks = RowBlocks.sequential(data.rows());
        return data.numClasses() == 2
                ? new BinaryLogLoss(data, classWeights, scaling, 1e-4, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, 1e-4, true, blocks);
    }
}
