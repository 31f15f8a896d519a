package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.CoefficientStatistics;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.InformationMatrix;
import io.github.gdlogistic.core.objective.SimdSupport;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Wald standard errors' pass with the scalar and the vector loop for the information matrix
 * ({@link InformationMatrix}), alternately, on 1e5 x 50 and 1e6 x 20 binary data (a model fitted with {@code lambda 0}):
 * per computation the wall and the process's CPU time, on one thread and on two, medians and the paired ratios
 * (scalar / vector, median and range), the largest relative difference of the standard errors, and the load average
 * before and after. Needs the vector module ({@code ./benchmark --standard-errors}); reported, never asserted.
 */
public final class StandardErrorsBenchmark {

    private static final int WARMUPS = 3;
    private static final int RUNS = 11;

    private StandardErrorsBenchmark() {
    }

    /**
     * @param args optional: runs per loop (default 11)
     * @throws Exception when a computation fails
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : RUNS;
        InformationMatrix vector = SimdSupport.informationMatrix(true);
        if (vector == InformationMatrix.SCALAR) {
            throw new IllegalStateException("No vector loops here: " + SimdSupport.description());
        }
        System.out.printf(Locale.ROOT, "%d processors, %s, load average %.2f%n",
                Timing.OS.getAvailableProcessors(), SimdSupport.description(), Timing.OS.getSystemLoadAverage());
        System.out.println("| data | threads | scalar: wall / CPU | vector: wall / CPU | scalar / vector, wall "
                + "(range) | scalar / vector, CPU (range) | largest relative difference |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int[] shape : new int[][] {{100_000, 50}, {1_000_000, 20}}) {
                Dataset data = SyntheticData.generate(shape[0], shape[1], 2, 7);
                LogisticModel model = LogisticRegressionTrainer.fit(data, TrainingConfig.builder().lambda(0).build());
                double[] classWeights = {1, 1};
                for (int threads : new int[] {1, 2}) {
                    RowBlocks blocks = threads == 1 ? RowBlocks.sequential(data.rows())
                            : RowBlocks.parallel(data.rows(), pool, threads);
                    InformationMatrix[] loops = {InformationMatrix.SCALAR, vector};
                    CoefficientStatistics[] last = new CoefficientStatistics[2];
                    for (int i = 0; i < WARMUPS; i++) {
                        for (int l = 0; l < 2; l++) {
                            last[l] = CoefficientStatistics.compute(data, model, classWeights, blocks, loops[l])
                                    .orElseThrow();
                        }
                    }
                    double[][] wall = new double[2][runs];
                    double[][] cpu = new double[2][runs];
                    for (int i = 0; i < runs; i++) {
                        for (int l = 0; l < 2; l++) {
                            long cpuStart = Timing.OS.getProcessCpuTime();
                            long start = System.nanoTime();
                            last[l] = CoefficientStatistics.compute(data, model, classWeights, blocks, loops[l])
                                    .orElseThrow();
                            wall[l][i] = (System.nanoTime() - start) / 1e6;
                            cpu[l][i] = (Timing.OS.getProcessCpuTime() - cpuStart) / 1e6;
                        }
                    }
                    double difference = 0;
                    for (int j = 0; j <= data.features(); j++) {
                        double expected = last[0].standardError(j);
                        difference = Math.max(difference, Math.abs(last[1].standardError(j) - expected) / expected);
                    }
                    System.out.printf(Locale.ROOT, "| %s | %d | %.1f / %.0f ms | %.1f / %.0f ms | %s | %s | %.1e |%n",
                            shape[0] == 100_000 ? "1e5 x 50" : "1e6 x 20", threads, median(wall[0]),
                            median(cpu[0]), median(wall[1]), median(cpu[1]), ratios(wall), ratios(cpu), difference);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "load average after: %.2f%n", Timing.OS.getSystemLoadAverage());
    }

    /** @return the median and range of the paired ratios {@code times[0][i] / times[1][i]} */
    private static String ratios(double[][] times) {
        double[] ratios = new double[times[0].length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = times[0][i] / Math.max(times[1][i], 1e-3);
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(ratios), sorted[0], sorted[sorted.length - 1]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
