package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.Dataset;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a second thread helps a whole fit: the core's fit (lambda 1e-4, standardized) with one and with two
 * threads, alternately, on 1e5 x 50 binary and 10-class, scalar and (when the JVM has the vector module) vector
 * loops, or on the sizes given as {@code rows features classes} triples. Per fit the wall time and the process's CPU
 * time: when two threads take as much CPU time as one but the wall time does not halve, the fit waited for a thread
 * that did not run (a busy machine), not for more work. Prints the load average before and after. Run by
 * {@code ./benchmark --threads [rows features classes]...}; reported, never asserted.
 */
public final class ThreadScaling {

    private static final int WARMUPS = 3;
    private static final int RUNS = 11;

    private ThreadScaling() {
    }

    /**
     * @param args none for 1e5 x 50 with 2 and 10 classes, or triples {@code rows features classes}
     */
    public static void main(String[] args) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%d processors, load average %.1f%n", os.getAvailableProcessors(),
                os.getSystemLoadAverage());
        boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        int[][] sizes = {{100_000, 50, 2}, {100_000, 50, 10}};
        if (args.length > 0) {
            sizes = new int[args.length / 3][];
            for (int s = 0; s < sizes.length; s++) {
                sizes[s] = new int[] {Integer.parseInt(args[3 * s]), Integer.parseInt(args[3 * s + 1]),
                        Integer.parseInt(args[3 * s + 2])};
            }
        }
        for (int[] size : sizes) {
            int rows = size[0];
            int features = size[1];
            int classes = size[2];
            Dataset data = SyntheticData.generate(rows, features, classes, 7);
            for (boolean scalar : vector ? new boolean[] {true, false} : new boolean[] {true}) {
                TrainingConfig one = TrainingConfig.builder().lambda(1e-4).threads(1).scalarLoops(scalar).build();
                TrainingConfig two = one.toBuilder().threads(2).build();
                for (int i = 0; i < WARMUPS; i++) {
                    LogisticRegressionTrainer.fit(data, one);
                    LogisticRegressionTrainer.fit(data, two);
                }
                double[][] wall = new double[2][RUNS];
                double[][] cpu = new double[2][RUNS];
                for (int i = 0; i < RUNS; i++) {
                    for (int t = 0; t < 2; t++) {
                        long cpuStart = os.getProcessCpuTime();
                        long start = System.nanoTime();
                        LogisticRegressionTrainer.fit(data, t == 0 ? one : two);
                        wall[t][i] = (System.nanoTime() - start) / 1e6;
                        cpu[t][i] = (os.getProcessCpuTime() - cpuStart) / 1e6;
                    }
                }
                System.out.printf(Locale.ROOT, "%d x %d, %d classes, %s loops (medians of %d, alternating): "
                        + "1 thread %.2f ms wall / %.1f ms CPU, 2 threads %.2f ms wall / %.1f ms CPU%n", rows,
                        features, classes,
                        scalar ? "scalar" : "vector", RUNS, median(wall[0]), median(cpu[0]), median(wall[1]),
                        median(cpu[1]));
            }
        }
        System.out.printf(Locale.ROOT, "load average after: %.1f%n", os.getSystemLoadAverage());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
