package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.objective.SimdSupport;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The side-by-side comparison: on the same seeded data, in one run, fit time to the unregularized optimum of our
 * default solver (1 and 2 threads) against Weka's Logistic and SGD (in this JVM) and scikit-learn's lbfgs (when installed), with
 * every tool's final loss against a tightly converged reference. Also batch prediction time, allocation during a
 * fit, and a size sweep for the fit-time plot. Prints Markdown tables and writes {@code results.csv} and
 * {@code fit-time.png} into the output directory. Reported, never a pass/fail test.
 *
 * <p>Usage: {@code PeerComparison [--quick] [--out DIR] [--script sklearn_fit.py]}.
 */
public final class PeerComparison {

    /** The objective every tool minimizes here: unregularized mean log-loss (Weka's Logistic adds its 1e-8 ridge). */
    private static final TrainingConfig UNREGULARIZED = TrainingConfig.builder().lambda(0).build();

    private final boolean quick;
    private final Path out;
    private final Optional<ScikitLearnPeer> scikitLearn;
    private final PrintStream print = System.out;
    private final List<String> csv = new ArrayList<>();
    private final FitTimePlot plot = new FitTimePlot();
    private String adapterLine = "";

    private PeerComparison(boolean quick, Path out, Optional<ScikitLearnPeer> scikitLearn) {
        this.quick = quick;
        this.out = out;
        this.scikitLearn = scikitLearn;
        csv.add("case,tool,rows,features,classes,median_seconds,runs,final_loss,relative_loss_error,iterations");
    }

    /**
     * @param args {@code --quick}, {@code --out DIR}, {@code --script PATH}
     * @throws Exception when a tool fails
     */
    public static void main(String[] args) throws Exception {
        ComparisonOptions options = ComparisonOptions.parse(args);
        new PeerComparison(options.quick, options.out, ScikitLearnPeer.find(options.script)).run();
    }

    private void run() throws Exception {
        print.printf(Locale.ROOT, "Machine: %d cores, Java %s, max heap %d MB; scikit-learn: %s; mode: %s; "
                + "row loops: %s%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, scikitLearn.isPresent() ? "found" : "not installed",
                quick ? "quick" : "full", SimdSupport.description());
        print.println("| data | tool | fit time (median) | runs | final loss | rel. error vs optimum | iterations | "
                + "ours faster by |");
        print.println("|---|---|---:|---:|---:|---:|---:|---:|");
        compareAll("1e5x50", 100_000, 50, 2, true, true);
        compareAll("1e6x20", 1_000_000, 20, 2, !quick, false);
        compareAll("1e5x50 10-class", 100_000, 50, 10, !quick, false);
        print.println();
        sweep();
        memoryAndPrediction();
        Files.write(out.resolve("results.csv"), csv);
        plot.write(out.resolve("fit-time.png"));
        print.println();
        print.println("Wrote " + out.resolve("results.csv") + " and " + out.resolve("fit-time.png"));
    }

    private void compareAll(String name, int rows, int features, int classes, boolean weka, boolean wekaSgd)
            throws Exception {
        Dataset data = SyntheticData.generate(rows, features, classes, 7);
        double optimum = LogisticRegressionTrainer.fit(data, TrainingConfig.builder().lambda(0).lossTolerance(0)
                .gradientTolerance(1e-10).maxIterations(10_000).threads(2).build()).report().finalLoss();
        int runs = quick ? 3 : 7;
        double ours = 0;
        boolean[] loopChoices = SimdSupport.enabled() ? new boolean[] {false, true} : new boolean[] {true};
        for (boolean scalarLoops : loopChoices) {
            for (int threads = 1; threads <= 2; threads++) {
                TrainingConfig config = UNREGULARIZED.toBuilder().threads(threads).scalarLoops(scalarLoops).build();
                Timing.Measured<LogisticModel> fit = Timing.measure(2, runs,
                        () -> LogisticRegressionTrainer.fit(data, config));
                if (threads == 1 && ours == 0) {
                    ours = fit.medianSeconds;
                }
                String loops = fit.last.report().solverDescription().endsWith(", vector loops") ? "vector" : "scalar";
                row(name, "GD logistic, auto, " + loops + " loops, " + threads + " thread" + (threads > 1 ? "s" : ""),
                        data, fit.medianSeconds, runs, fit.last.report().finalLoss(), optimum,
                        fit.last.report().iterations(), Double.NaN);
            }
        }
        if (scikitLearn.isPresent()) {
            ScikitLearnPeer.Result result = scikitLearn.get().fit(data, out, runs);
            row(name, "scikit-learn " + result.version + " lbfgs", data, result.seconds, runs, result.loss, optimum,
                    result.iterations, result.seconds / ours);
        }
        if (name.equals("1e5x50")) {
            adapterOverhead(data, runs);
        }
        if (weka) {
            Instances instances = WekaPeers.toInstances(data);
            timeWeka(name, "Weka 3.8.6 Logistic", WekaPeers::logistic, instances, data, optimum, ours);
            if (wekaSgd) {
                timeWeka(name, "Weka 3.8.6 SGD -F 1 (500 epochs)", WekaPeers::sgdLogLoss, instances, data, optimum,
                        ours);
            }
        }
    }

    /**
     * The Weka adapter's cost on top of the core, with the default settings (lambda 1e-4, so no Wald statistics),
     * 1 thread: {@code GradientDescentLogistic.buildClassifier} (capabilities check, copy of the instances into the
     * core's table, encoding, fit) against the core's fit alone on the already dense data.
     */
    private void adapterOverhead(Dataset data, int runs) throws Exception {
        Instances instances = WekaPeers.toInstances(data);
        TrainingConfig config = TrainingConfig.builder().threads(1).build();
        double core = Timing.measure(2, runs, () -> LogisticRegressionTrainer.fit(data, config)).medianSeconds;
        Timing.Measured<Classifier> fit = Timing.measure(2, runs, () -> {
            weka.classifiers.functions.GradientDescentLogistic classifier =
                    new weka.classifiers.functions.GradientDescentLogistic();
            classifier.setNumThreads(1);
            classifier.buildClassifier(instances);
            return classifier;
        });
        adapterLine = String.format(Locale.ROOT, "- Weka adapter overhead on 1e5 x 50 (defaults, 1 thread): "
                + "buildClassifier %s against the core's fit %s (medians of %d): converting and encoding the "
                + "Instances adds %.0f%% to the fit time%n", seconds(fit.medianSeconds), seconds(core), runs,
                100 * (fit.medianSeconds - core) / core);
        csv.add(String.format(Locale.ROOT, "1e5x50,weka-adapter buildClassifier,%d,%d,%d,%.6f,%d,,,", data.rows(),
                data.features(), data.numClasses(), fit.medianSeconds, runs));
        csv.add(String.format(Locale.ROOT, "1e5x50,core fit (defaults),%d,%d,%d,%.6f,%d,,,", data.rows(),
                data.features(), data.numClasses(), core, runs));
    }

    private void timeWeka(String name, String tool, Callable<Classifier> factory, Instances instances, Dataset data,
            double optimum, double ours) throws Exception {
        int runs = quick ? 1 : 3;
        Timing.Measured<Classifier> fit = Timing.measure(0, runs, () -> {
            Classifier classifier = factory.call();
            classifier.buildClassifier(instances);
            return classifier;
        });
        row(name, tool, data, fit.medianSeconds, runs, WekaPeers.meanLogLoss(fit.last, instances), optimum, -1,
                fit.medianSeconds / ours);
    }

    private void row(String name, String tool, Dataset data, double seconds, int runs, double loss, double optimum,
            int iterations, double ratio) {
        double error = (loss - optimum) / optimum;
        print.printf(Locale.ROOT, "| %s | %s | %s | %d | %.8f | %.1e | %s | %s |%n", name, tool, seconds(seconds),
                runs, loss, error, iterations < 0 ? "" : String.valueOf(iterations),
                Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.1fx", ratio));
        csv.add(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.6f,%d,%.10f,%.3e,%d", name, tool, data.rows(),
                data.features(), data.numClasses(), seconds, runs, loss, error, iterations));
    }

    private void sweep() throws Exception {
        print.println("Size sweep, 20 features, binary (fit time, median):");
        print.println();
        print.println("| rows | GD logistic 1 thread | GD logistic 2 threads | ns per row x feature (1 thread) | "
                + "scikit-learn | Weka Logistic |");
        print.println("|---:|---:|---:|---:|---:|---:|");
        int[] sizes = {1_000, 10_000, 100_000, 1_000_000};
        for (int rows : sizes) {
            Dataset data = SyntheticData.generate(rows, 20, 2, 11);
            int runs = rows <= 10_000 ? 15 : quick ? 3 : 5;
            double one = Timing.measure(3, runs, () -> LogisticRegressionTrainer.fit(data,
                    UNREGULARIZED.toBuilder().threads(1).build())).medianSeconds;
            double two = Timing.measure(3, runs, () -> LogisticRegressionTrainer.fit(data,
                    UNREGULARIZED.toBuilder().threads(2).build())).medianSeconds;
            plot.add("GD logistic (1 thread)", rows, one);
            plot.add("GD logistic (2 threads)", rows, two);
            String sklearn = "";
            if (scikitLearn.isPresent()) {
                double seconds = scikitLearn.get().fit(data, out, runs).seconds;
                plot.add("scikit-learn lbfgs", rows, seconds);
                sklearn = seconds(seconds);
            }
            String weka = "";
            if (rows <= (quick ? 100_000 : 1_000_000)) {
                Instances instances = WekaPeers.toInstances(data);
                double seconds = Timing.measure(rows <= 10_000 ? 1 : 0, rows <= 10_000 ? 5 : 1, () -> {
                    Classifier classifier = WekaPeers.logistic();
                    classifier.buildClassifier(instances);
                    return classifier;
                }).medianSeconds;
                plot.add("Weka Logistic", rows, seconds);
                weka = seconds(seconds);
            }
            print.printf(Locale.ROOT, "| %,d | %s | %s | %.2f | %s | %s |%n", rows, seconds(one), seconds(two),
                    one * 1e9 / (rows * 20.0), sklearn, weka);
        }
        print.println();
    }

    private void memoryAndPrediction() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        Dataset data = SyntheticData.generate(1_000_000, 20, 2, 13);
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        double bytesPerValue = (after - before) / (double) (1_000_000L * 20);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        LogisticRegressionTrainer.fit(data, UNREGULARIZED);
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        LogisticModel model = LogisticRegressionTrainer.fit(data, UNREGULARIZED);
        long allocated = threads.getThreadAllocatedBytes(thread) - allocatedBefore;
        double dataBytes = 8.0 * 1_000_000 * 20;
        double[] rowMajor = BlockLayout.toRowMajor(data.valuesUnsafe(), data.rows(), data.features());
        Timing.Measured<double[]> predict = Timing.measure(2, quick ? 3 : 7,
                () -> model.probabilities(rowMajor, data.rows()));
        print.println("Memory and prediction, 1e6 x 20 binary:");
        print.println();
        print.printf(Locale.ROOT, "- heap per stored feature value: %.2f bytes (values, labels and weights)%n",
                bytesPerValue);
        print.printf(Locale.ROOT, "- allocated by one fit on the training thread: %.2f MB = %.3f x the data "
                + "(no copy of the data is made)%n", allocated / 1e6, allocated / dataBytes);
        print.printf(Locale.ROOT, "- batch prediction of 1e6 rows: %s (median)%n", seconds(predict.medianSeconds));
        print.print(adapterLine);
        csv.add(String.format(Locale.ROOT, "memory,bytes_per_value,1000000,20,2,%.4f,1,,,", bytesPerValue));
        csv.add(String.format(Locale.ROOT, "memory,fit_allocation_ratio,1000000,20,2,%.4f,1,,,",
                allocated / dataBytes));
        csv.add(String.format(Locale.ROOT, "predict,batch_1e6,1000000,20,2,%.6f,%d,,,", predict.medianSeconds,
                predict.seconds.length));
    }

    private static String seconds(double seconds) {
        return seconds < 1 ? String.format(Locale.ROOT, "%.1f ms", seconds * 1e3)
                : String.format(Locale.ROOT, "%.2f s", seconds);
    }

}
