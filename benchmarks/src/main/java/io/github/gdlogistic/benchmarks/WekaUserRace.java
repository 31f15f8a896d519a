package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.objective.SimdSupport;
import weka.classifiers.Classifier;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Ours as a Weka user trains it against scikit-learn and Weka's {@code Logistic}, side by side on the same data:
 * {@code GradientDescentLogistic.buildClassifier} on loaded {@code Instances} with the classifier's defaults but
 * {@code -lambda 0} (default threads, the JVM's options as given, so the scalar loops unless the vector module is
 * added), the core's fit alone on the same data already dense (alternating with {@code buildClassifier}, wall and
 * process CPU time; and {@code buildClassifier} with {@code -no-coefficient-statistics}, which skips the Wald
 * statistics' pass), scikit-learn's {@code lbfgs} without penalty in a Python process on the same bytes, and Weka's
 * {@code Logistic} with its defaults. Prints per data set the medians, the ratios and each tool's mean training
 * log-loss. Run by {@code ./benchmark --weka-user [--quick] [--only NAME,NAME]}; reported, never asserted.
 */
public final class WekaUserRace {

    private static final int WARMUPS = 3;

    private final ComparisonOptions options;
    private final Optional<ScikitLearnPeer> scikitLearn;
    private final int runs;

    private WekaUserRace(ComparisonOptions options) {
        this.options = options;
        this.scikitLearn = ScikitLearnPeer.find(options.script);
        this.runs = options.quick ? 3 : 11;
    }

    /**
     * @param args {@code --quick} (3 runs instead of 11, no Weka {@code Logistic}), {@code --only} to keep some of
     *     the data sets by name ({@code 1e5x50}, {@code 1e6x20}, {@code 10-class}), {@code --out DIR},
     *     {@code --script PATH}
     * @throws Exception when a tool fails
     */
    public static void main(String[] args) throws Exception {
        new WekaUserRace(ComparisonOptions.parse(args)).run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Ours through Weka (defaults but -lambda 0, default threads), %d processors, "
                + "row loops: %s; scikit-learn: %s; medians of %d; load average %.2f%n%n",
                Runtime.getRuntime().availableProcessors(), SimdSupport.description(),
                scikitLearn.isPresent() ? "found" : "not installed", runs, Timing.OS.getSystemLoadAverage());
        System.out.println("| data | buildClassifier: wall / CPU | without coefficient statistics | core's fit: wall / CPU | around the fit (CPU) "
                + "| scikit-learn lbfgs | ours / scikit-learn (without statistics) | Weka Logistic | Logistic / ours | mean log-loss: ours "
                + "| rel. difference to scikit-learn |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        race("1e5x50", 100_000, 50, 2);
        race("1e6x20", 1_000_000, 20, 2);
        race("1e5x50 10-class", 100_000, 50, 10);
    }

    private void race(String name, int rows, int features, int classes) throws Exception {
        if (!options.keeps(name)) {
            return;
        }
        Dataset data = SyntheticData.generate(rows, features, classes, 7);
        Instances instances = WekaPeers.toInstances(data);
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(new String[] {"-lambda", "0"});
        GradientDescentLogistic withoutStatistics = new GradientDescentLogistic();
        withoutStatistics.setOptions(new String[] {"-lambda", "0", "-no-coefficient-statistics"});
        TrainingConfig config = classifier.trainingConfig();
        for (int i = 0; i < WARMUPS; i++) {
            classifier.buildClassifier(instances);
            withoutStatistics.buildClassifier(instances);
            LogisticRegressionTrainer.fit(data, config);
        }
        double[][] build = new double[2][runs];
        double[][] buildWithout = new double[2][runs];
        double[][] core = new double[2][runs];
        int[] iterations = new int[1];
        for (int i = 0; i < runs; i++) {
            time(() -> classifier.buildClassifier(instances), build, i);
            time(() -> withoutStatistics.buildClassifier(instances), buildWithout, i);
            time(() -> iterations[0] = LogisticRegressionTrainer.fit(data, config).report().iterations(), core, i);
        }
        double buildWall = median(build[0]);
        double withoutWall = median(buildWithout[0]);
        double buildCpu = median(build[1]);
        double coreCpu = median(core[1]);
        double ours = WekaPeers.meanLogLoss(classifier, instances);
        String sklearnTime = "";
        String sklearnRatio = "";
        String lossDifference = "";
        if (scikitLearn.isPresent()) {
            ScikitLearnPeer.Result result = scikitLearn.get().fit(data, options.out, options.quick ? 3 : 5);
            sklearnTime = String.format(Locale.ROOT, "%.1f ms (%d it.)", 1e3 * result.seconds, result.iterations);
            sklearnRatio = String.format(Locale.ROOT, "%.2f (%.2f)", buildWall / result.seconds,
                    withoutWall / result.seconds);
            lossDifference = String.format(Locale.ROOT, "%.1e", (ours - result.loss) / result.loss);
        }
        String logisticTime = "";
        String logisticRatio = "";
        if (!options.quick) {
            Classifier logistic = WekaPeers.logistic();
            long start = System.nanoTime();
            logistic.buildClassifier(instances);
            double seconds = (System.nanoTime() - start) / 1e9;
            logisticTime = String.format(Locale.ROOT, "%.2f s", seconds);
            logisticRatio = String.format(Locale.ROOT, "%.0f", seconds / buildWall);
        }
        System.out.printf(Locale.ROOT, "| %s | %.1f / %.0f ms | %.1f ms | %.1f / %.0f ms (%d it.) | %+.0f %% | %s | %s | %s | %s | %.8f | %s |%n",
                name, 1e3 * buildWall, buildCpu, 1e3 * withoutWall, 1e3 * median(core[0]), coreCpu, iterations[0],
                100 * (buildCpu - coreCpu) / coreCpu, sklearnTime, sklearnRatio, logisticTime, logisticRatio, ours,
                lossDifference);
    }

    /** An action that may throw. */
    private interface Action {
        void run() throws Exception;
    }

    /** Stores the action's wall seconds in {@code into[0][i]} and the process's CPU milliseconds in {@code into[1][i]}. */
    private static void time(Action action, double[][] into, int i) throws Exception {
        long cpu = Timing.OS.getProcessCpuTime();
        long wall = System.nanoTime();
        action.run();
        into[0][i] = (System.nanoTime() - wall) / 1e9;
        into[1][i] = (Timing.OS.getProcessCpuTime() - cpu) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
