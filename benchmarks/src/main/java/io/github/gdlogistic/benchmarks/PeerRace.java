package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.objective.SimdSupport;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The strongest peers side by side, in one run, on the same seeded standardized data and the same objective
 * ({@code mean log-loss + lambda / 2 * ||w||^2}, intercepts free, lambda 1e-4 mapped to each tool's parameters):
 * ours (scalar loops, 1 thread; vector loops, 2 threads), liblinear-java, Smile, Tribuo, Spark MLlib in
 * {@code local[2]}, Weka's Logistic and SGD in this JVM, and scikit-learn in a Python process. Fit time (median),
 * our objective at each tool's model ({@link PeerObjective}), its relative gap to our tightly converged optimum, and
 * the time ratios to ours. Then a sweep of rows at 20 features for the plot {@code peers-fit-time.png}. Reported,
 * never a pass/fail test.
 *
 * <p>Usage: {@code PeerRace [--quick | --smoke] [--only NAME,NAME] [--out DIR] [--script sklearn_fit.py]};
 * {@code --quick} times 1 run per tool; {@code --smoke} also takes a hundredth of the rows (a check that every tool
 * runs, not a measurement); {@code --only} keeps ours and the tools whose names contain one of the parts.
 */
public final class PeerRace {

    private static final double LAMBDA = 1e-4;
    /** A fit whose warm-up run takes longer than this is timed 3 times, not 5. */
    private static final double SLOW_SECONDS = 10;

    private final boolean quick;
    private final int divisor;
    private final Path out;
    private final Optional<ScikitLearnPeer> scikitLearn;
    private final PrintStream print = System.out;
    private final List<String> csv = new ArrayList<>();
    private final FitTimePlot plot = new FitTimePlot("Fit time, lambda 1e-4, 20 features, binary (median)");
    private String blas = "";

    private PeerRace(boolean quick, int divisor, Path out, Optional<ScikitLearnPeer> scikitLearn) {
        this.quick = quick;
        this.divisor = divisor;
        this.out = out;
        this.scikitLearn = scikitLearn;
        csv.add("case,tool,rows,features,classes,median_seconds,runs,objective,relative_gap,ratio_ours_1t_scalar,"
                + "ratio_ours_2t_vector");
    }

    /**
     * @param args {@code --quick}, {@code --out DIR}, {@code --script PATH}
     * @throws Exception when a tool fails
     */
    public static void main(String[] args) throws Exception {
        ComparisonOptions options = ComparisonOptions.parse(args, "--smoke");
        boolean smoke = options.flags.contains("--smoke");
        try (SparkRacePeer spark = new SparkRacePeer()) {
            new PeerRace(options.quick || smoke, smoke ? 100 : 1, options.out,
                    options.keeps("scikit-learn") ? ScikitLearnPeer.find(options.script) : Optional.empty())
                    .run(spark, options);
        }
    }

    private void run(SparkRacePeer spark, ComparisonOptions options) throws Exception {
        List<RacePeer> peers = new ArrayList<>(List.of(JvmRacePeers.ours(true, 1), JvmRacePeers.ours(false, 2),
                JvmRacePeers.liblinear(), JvmRacePeers.smile(), JvmRacePeers.tribuo(), spark,
                JvmRacePeers.wekaLogistic(), JvmRacePeers.wekaSgd()));
        // ours always runs: the ratios and the reference are ours
        peers.removeIf(peer -> !peer.name.contains("(ours)") && !options.keeps(peer.name));
        print.printf(Locale.ROOT, "Machine: %d cores, Java %s, max heap %d MB, row loops: %s; scikit-learn: %s; "
                + "lambda %s; load average at start %.2f%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                SimdSupport.description(), scikitLearn.isPresent() ? "found" : "not installed", LAMBDA,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        print.println("| data | tool | fit time (median) | runs | objective | rel. gap to our optimum | "
                + "x ours 1 thread scalar | x ours 2 threads vector |");
        print.println("|---|---|---:|---:|---:|---:|---:|---:|");
        List<String> mappings = new ArrayList<>();
        race(peers, problem(100_000, 50, 2, 7), mappings, false);
        race(peers, problem(1_000_000, 20, 2, 7), mappings, true);
        race(peers, problem(100_000, 50, 10, 7), mappings, false);
        race(peers, problem(10_000, 20, 2, 11), new ArrayList<>(), true);
        race(peers, problem(100_000, 20, 2, 11), new ArrayList<>(), true);
        print.println();
        print.println("Objective mapping (ours: mean log-loss + lambda / 2 ||w||^2 on standardized features, "
                + "intercept free; every objective above is ours, evaluated at each tool's model):");
        print.println();
        mappings.forEach(print::println);
        if (!blas.isEmpty()) {
            print.println("- scikit-learn's numpy runs on: " + blas);
        }
        Files.write(out.resolve("peers.csv"), csv);
        plot.write(out.resolve("peers-fit-time.png"));
        print.println();
        print.println("Wrote " + out.resolve("peers.csv") + " and " + out.resolve("peers-fit-time.png"));
    }

    private PeerProblem problem(int rows, int features, int classes, long seed) {
        int n = rows / divisor;
        String name = String.format(Locale.ROOT, "%,d x %d%s", n, features, classes > 2 ? ", " + classes
                + " classes" : "");
        return PeerProblem.standardized(name, n, features, classes, seed, LAMBDA);
    }

    private void race(List<RacePeer> peers, PeerProblem problem, List<String> mappings, boolean sweep)
            throws Exception {
        double optimum = PeerObjective.value(JvmRacePeers.reference(problem), problem);
        double[] ours = new double[2];
        int index = 0;
        for (RacePeer peer : peers) {
            if (!peer.handles(problem.classes())) {
                index++;
                continue;
            }
            Callable<PeerObjective.Fitted> fit = peer.prepare(problem);
            long start = System.nanoTime();
            fit.call(); // warm-up, also of the JIT
            double first = (System.nanoTime() - start) / 1e9;
            int runs = quick ? 1 : first > SLOW_SECONDS ? 3 : 5;
            Timing.Measured<PeerObjective.Fitted> measured = Timing.measure(0, runs, fit);
            double objective = PeerObjective.value(measured.last, problem);
            peer.release();
            if (index < 2) {
                ours[index] = measured.medianSeconds;
            }
            row(problem, peer.name, measured.medianSeconds, runs, objective, optimum, ours);
            if (sweep && problem.classes() == 2) {
                plot.add(peer.name, problem.rowCount(), measured.medianSeconds);
            }
            String mapping = "- " + peer.name + ": " + peer.mapping;
            if (!mappings.contains(mapping)) {
                mappings.add(mapping);
            }
            index++;
        }
        if (scikitLearn.isPresent()) {
            int runs = quick ? 1 : 5;
            ScikitLearnPeer.Result result = scikitLearn.get().fit(problem.data, out, runs, LAMBDA);
            String name = "scikit-learn " + result.version + " lbfgs";
            blas = result.blas;
            row(problem, name, result.seconds, runs, result.objective, optimum, ours);
            if (sweep && problem.classes() == 2) {
                plot.add(name, problem.rowCount(), result.seconds);
            }
            String mapping = "- " + name + ": C = 1 / (lambda n), tol 1e-4 (default), multinomial for more classes"
                    + " (K vectors); run in a Python process on the same data";
            if (!mappings.contains(mapping)) {
                mappings.add(mapping);
            }
        }
    }

    private void row(PeerProblem problem, String tool, double seconds, int runs, double objective, double optimum,
            double[] ours) {
        double gap = (objective - optimum) / optimum;
        print.printf(Locale.ROOT, "| %s | %s | %s | %d | %.8f | %.1e | %s | %s |%n", problem.name, tool,
                seconds(seconds), runs, objective, gap, ratio(seconds, ours[0]), ratio(seconds, ours[1]));
        csv.add(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.6f,%d,%.10f,%.3e,%.3f,%.3f", problem.name, tool,
                problem.rowCount(), problem.features(), problem.classes(), seconds, runs, objective, gap,
                seconds / ours[0], seconds / ours[1]));
    }

    private static String ratio(double seconds, double reference) {
        return reference > 0 ? String.format(Locale.ROOT, "%.1fx", seconds / reference) : "";
    }

    private static String seconds(double seconds) {
        return seconds < 1 ? String.format(Locale.ROOT, "%.1f ms", seconds * 1e3)
                : String.format(Locale.ROOT, "%.2f s", seconds);
    }
}
