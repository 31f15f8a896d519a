package io.github.gdlogistic.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Wall-clock timing with warm-up; reports the median of the measured runs. */
final class Timing {

    /** The process's CPU time ({@code getProcessCpuTime}, worker and collector threads included) and load average. */
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private Timing() {
    }

    /** A measured result: median seconds and the value of the last run. */
    static final class Measured<T> {
        final double medianSeconds;
        final double[] seconds;
        final T last;

        Measured(double[] seconds, T last) {
            this.seconds = seconds;
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            this.medianSeconds = n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
            this.last = last;
        }
    }

    static <T> Measured<T> measure(int warmups, int runs, Callable<T> action) throws Exception {
        T last = null;
        for (int i = 0; i < warmups; i++) {
            last = action.call();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = action.call();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        return new Measured<>(seconds, last);
    }
}
