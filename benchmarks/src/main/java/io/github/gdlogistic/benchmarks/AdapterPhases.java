package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.table.FeatureEncoder;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularRun;
import io.github.gdlogistic.weka.InstancesConverter;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;

import java.util.Locale;

/**
 * Where the Weka adapter's time goes, as a Weka user trains (the classifier's defaults but {@code -lambda 0}, default
 * threads, {@code buildClassifier} on loaded {@code Instances}): each step timed on its own (medians of 7 after 3
 * warm-ups), next to the whole {@code buildClassifier} and the core's fit on the already dense data, on 1e5 x 50,
 * 1e6 x 20 and 1e5 x 50 with 10 classes (or the sizes given as {@code rows features classes} triples). Run by
 * {@code ./benchmark --adapter}; reported, never asserted.
 */
public final class AdapterPhases {

    private static final int WARMUPS = 3;
    private static final int RUNS = 7;

    private AdapterPhases() {
    }

    /**
     * @param args none for the three default sizes, or triples {@code rows features classes}
     * @throws Exception when Weka rejects the data
     */
    public static void main(String[] args) throws Exception {
        int[][] sizes = {{100_000, 50, 2}, {1_000_000, 20, 2}, {100_000, 50, 10}};
        if (args.length > 0) {
            sizes = new int[args.length / 3][];
            for (int s = 0; s < sizes.length; s++) {
                sizes[s] = new int[] {Integer.parseInt(args[3 * s]), Integer.parseInt(args[3 * s + 1]),
                    Integer.parseInt(args[3 * s + 2])};
            }
        }
        System.out.printf(Locale.ROOT, "Weka adapter (defaults but -lambda 0, default threads, %d processors, medians "
                + "of %d; max heap %d MB; vector API module %s):%n", Runtime.getRuntime().availableProcessors(), RUNS,
                Runtime.getRuntime().maxMemory() >> 20,
                ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() ? "loaded" : "not loaded");
        for (int[] size : sizes) {
            measure(size[0], size[1], size[2]);
        }
    }

    /** An action that may throw. */
    private interface Action {
        void run() throws Exception;
    }

    /** The median process CPU time of {@code RUNS} calls (worker and collector threads included), in ms. */
    private static double medianCpu(Action action) throws Exception {
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = Timing.OS.getProcessCpuTime();
            action.run();
            cpu[i] = (Timing.OS.getProcessCpuTime() - start) / 1e6;
        }
        java.util.Arrays.sort(cpu);
        return cpu[RUNS / 2];
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static void measure(int rows, int features, int classes) throws Exception {
        Dataset data = SyntheticData.generate(rows, features, classes, 7);
        long heapBefore = usedHeap();
        Instances instances = WekaPeers.toInstances(data);
        double wekaBytes = usedHeap() - heapBefore;
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setOptions(new String[] {"-lambda", "0"});
        TrainingConfig config = classifier.trainingConfig();
        double whole = Timing.measure(WARMUPS, RUNS, () -> {
            classifier.buildClassifier(instances);
            return classifier;
        }).medianSeconds;
        com.sun.management.ThreadMXBean threadBean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threadBean.getCurrentThreadAllocatedBytes();
        classifier.buildClassifier(instances);
        double allocated = threadBean.getCurrentThreadAllocatedBytes() - allocatedBefore;
        double core = Timing.measure(WARMUPS, RUNS, () -> LogisticRegressionTrainer.fit(data, config)).medianSeconds;
        double capabilities = Timing.measure(WARMUPS, RUNS, () -> {
            classifier.getCapabilities().testWithFail(instances);
            return null;
        }).medianSeconds;
        Timing.Measured<RawTable> table = Timing.measure(WARMUPS, RUNS,
                () -> new InstancesConverter(instances).toTable(instances));
        double encoder = Timing.measure(WARMUPS, RUNS, () -> FeatureEncoder.fit(table.last)).medianSeconds;
        Timing.Measured<TabularRun> tabular = Timing.measure(WARMUPS, RUNS, () -> {
            try (TabularRun run = TabularRun.start(table.last, config, TrainingListener.NONE)) {
                while (run.step()) {
                    // to the end
                }
                run.finish();
                return run;
            }
        });
        TabularRun finished = TabularRun.start(table.last, config, TrainingListener.NONE);
        while (finished.step()) {
            // to the end
        }
        finished.finish();
        double model = Timing.measure(WARMUPS, RUNS, finished::model).medianSeconds;
        finished.close();
        double wholeCpu = medianCpu(() -> classifier.buildClassifier(instances));
        double coreCpu = medianCpu(() -> LogisticRegressionTrainer.fit(data, config));
        System.out.printf(Locale.ROOT, "%d x %d, %d classes (load average %.1f):%n", rows, features, classes,
                Timing.OS.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "- process CPU time: buildClassifier %.0f ms, the core's fit %.0f ms: the "
                + "adapter adds %.0f ms (%.0f %% of the fit)%n", wholeCpu, coreCpu, wholeCpu - coreCpu,
                100 * (wholeCpu - coreCpu) / coreCpu);
        System.out.printf(Locale.ROOT, "- buildClassifier %.1f ms, the core's fit on the dense data %.1f ms: "
                + "the adapter adds %.1f ms (%.0f %% of the fit)%n", 1e3 * whole, 1e3 * core, 1e3 * (whole - core),
                100 * (whole - core) / core);
        double values = (double) rows * features;
        System.out.printf(Locale.ROOT, "- memory per stored input value: Weka's Instances %.2f bytes (heap), "
                + "allocated by one buildClassifier on the calling thread %.2f bytes%n", wekaBytes / values,
                allocated / values);
        System.out.printf(Locale.ROOT, "- Weka's capabilities test on the whole data %.1f ms (the adapter now tests "
                + "the header only)%n", 1e3 * capabilities);
        System.out.printf(Locale.ROOT, "- Instances to the core's table %.1f ms%n", 1e3 * table.medianSeconds);
        System.out.printf(Locale.ROOT, "- the encoder's statistics %.1f ms%n", 1e3 * encoder);
        System.out.printf(Locale.ROOT, "- the core's run from the table to the finished run %.1f ms "
                + "(encoding and fit)%n", 1e3 * tabular.medianSeconds);
        System.out.printf(Locale.ROOT, "- the final model (coefficient statistics where they apply) %.1f ms%n",
                1e3 * model);
    }
}
