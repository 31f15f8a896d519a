package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.SimdSupport;
import io.github.gdlogistic.core.optim.LbfgsOptimizer;
import io.github.gdlogistic.core.optim.Minimizer;
import io.github.gdlogistic.core.optim.StoppingRule;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a user sees in a fresh JVM (a Weka or KNIME session that has not trained yet): ten fits one after the other
 * (standardization, objective and L-BFGS, as the default fit does, unregularized, one thread), each size in a new JVM
 * started with the vector API module, once with the vector loops and once with the scalar loops forced.
 * The first fit includes the JIT compiling the row loops; the vector API's code takes the JIT much longer to
 * compile than the scalar loops. Run by {@code ./benchmark --cold}; reported, never asserted.
 */
public final class ColdStart {

    private static final int FITS = 10;
    private static final int[][] SIZES = {{20_000, 50}, {100_000, 20}, {200_000, 20}, {400_000, 20},
        {1_000_000, 20}};

    private ColdStart() {
    }

    /**
     * @param args empty to run the comparison; {@code rows features loops} to be one child JVM
     * @throws Exception when a child JVM fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3) {
            child(Integer.parseInt(args[0]), Integer.parseInt(args[1]), "scalar".equals(args[2]));
            return;
        }
        System.out.println("Ten fits in a fresh JVM (binary, unregularized, 1 thread, loops forced; each line a new JVM"
                + " started with --add-modules jdk.incubator.vector):");
        System.out.println();
        System.out.println("| data | values | loops | first fit | second fit | tenth fit | ten fits in all |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|");
        for (int[] size : SIZES) {
            for (String loops : new String[] {"vector", "scalar"}) {
                double[] ms = runChild(size[0], size[1], loops);
                double total = 0;
                for (double t : ms) {
                    total += t;
                }
                System.out.printf(Locale.ROOT, "| %d x %d | %.1e | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n",
                        size[0], size[1], (double) size[0] * size[1], loops, ms[0], ms[1], ms[FITS - 1], total);
            }
        }
    }

    private static double[] runChild(int rows, int features, String loops) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + "/bin/java");
        command.add("--add-modules");
        command.add("jdk.incubator.vector");
        command.add("-Xmx4g");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStart.class.getName());
        command.add(Integer.toString(rows));
        command.add(Integer.toString(features));
        command.add(loops);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double[] ms = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("fits ")) {
                    String[] parts = line.substring(5).trim().split(" ");
                    ms = new double[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        ms[i] = Double.parseDouble(parts[i]);
                    }
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || ms == null || ms.length != FITS) {
            throw new IllegalStateException("The child JVM for " + rows + " x " + features + " (" + loops
                    + ") failed with exit code " + exit);
        }
        return ms;
    }

    /**
     * One child JVM: standardization, objective and L-BFGS as in a default fit, with the chosen loops forced
     * whatever the data size (the trainer itself would pick the scalar loops below {@code SimdSupport.MIN_VALUES}).
     */
    private static void child(int rows, int features, boolean scalarLoops) {
        Dataset data = SyntheticData.generate(rows, features, 2, 7);
        StringBuilder line = new StringBuilder("fits");
        for (int i = 0; i < FITS; i++) {
            long start = System.nanoTime();
            RowBlocks blocks = RowBlocks.sequential(data.rows());
            FeatureScaling scaling = FeatureScaling.standardizing(data, blocks,
                    SimdSupport.columnMoments(!scalarLoops));
            BinaryLogLoss objective = new BinaryLogLoss(data, new double[] {1, 1}, scaling, 0, true, blocks);
            if (objective.useVectorLoops(!scalarLoops) == scalarLoops) {
                throw new IllegalStateException("the vector loops are not available in this JVM");
            }
            Minimizer.run(new LbfgsOptimizer(), new StoppingRule(1000, 1e-9, 1e-6), objective,
                    new L1Penalty(0, objective.penalizedMask()), new double[objective.dimension()]);
            line.append(String.format(Locale.ROOT, " %.1f", (System.nanoTime() - start) / 1e6));
        }
        System.out.println(line);
    }
}
