package io.github.gdlogistic.benchmarks;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.OptionHandler;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of the Weka package side by side in one JVM, so that a loaded machine slows both alike:
 * {@code buildClassifier} (defaults but {@code -lambda 0}, default threads) alternately with each build's classifier
 * on the same {@code Instances}, medians of wall and process CPU time and the medians of the paired ratios (on a
 * machine busy with other work the CPU time is the steadier figure). Each build is a folder holding its
 * {@code shared-core} and package jars (e.g. copied from {@code shared-core/target} and {@code weka-package/target}).
 * Run by {@code ./benchmark --adapter-builds OLD_DIR NEW_DIR [rows features classes]}; reported, never asserted.
 */
public final class AdapterComparison {

    private static final String CLASSIFIER = "weka.classifiers.functions.GradientDescentLogistic";
    private static final int WARMUPS = 3;
    private static final int RUNS = 11;

    private AdapterComparison() {
    }

    /**
     * @param args the two build folders, then optionally {@code rows features classes}
     * @throws Exception when a build cannot be loaded or Weka rejects the data
     */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int features = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int classes = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        Instances data = WekaPeers.toInstances(SyntheticData.generate(rows, features, classes, 7));
        Classifier a = classifier(new File(args[0]));
        Classifier b = classifier(new File(args[1]));
        for (int i = 0; i < WARMUPS; i++) {
            a.buildClassifier(data);
            b.buildClassifier(data);
        }
        double[][] wall = new double[2][RUNS];
        double[][] cpu = new double[2][RUNS];
        for (int i = 0; i < RUNS; i++) {
            time(a, data, wall[0], cpu[0], i);
            time(b, data, wall[1], cpu[1], i);
        }
        System.out.printf(Locale.ROOT, "%d x %d, %d classes, buildClassifier (medians of %d, alternating; load "
                + "average %.1f):%n", rows, features, classes, RUNS, Timing.OS.getSystemLoadAverage());
        for (int t = 0; t < 2; t++) {
            System.out.printf(Locale.ROOT, "- %s: %.1f ms wall, %.1f ms process CPU%n", args[t], median(wall[t]),
                    median(cpu[t]));
        }
        System.out.printf(Locale.ROOT, "- paired ratios first/second: wall %s, process CPU %s%n",
                ratios(wall[0], wall[1]), ratios(cpu[0], cpu[1]));
    }

    private static String ratios(double[] first, double[] second) {
        double[] ratios = new double[first.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = first[i] / second[i];
        }
        return String.format(Locale.ROOT, "%.2f (range %.2f-%.2f)", median(ratios),
                Arrays.stream(ratios).min().getAsDouble(), Arrays.stream(ratios).max().getAsDouble());
    }

    /** Times one build: wall time and the process's CPU time (worker and collector threads included). */
    private static void time(Classifier classifier, Instances data, double[] wall, double[] cpu, int run)
            throws Exception {
        long cpuStart = Timing.OS.getProcessCpuTime();
        long start = System.nanoTime();
        classifier.buildClassifier(data);
        wall[run] = (System.nanoTime() - start) / 1e6;
        cpu[run] = (Timing.OS.getProcessCpuTime() - cpuStart) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Classifier classifier(File build) throws Exception {
        File[] jars = build.listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalArgumentException("Expected a folder with the build's jars, but got " + build);
        }
        URL[] urls = new URL[jars.length];
        for (int i = 0; i < jars.length; i++) {
            urls[i] = jars[i].toURI().toURL();
        }
        Classifier classifier = (Classifier) new BuildLoader(urls).loadClass(CLASSIFIER).getDeclaredConstructor()
                .newInstance();
        ((OptionHandler) classifier).setOptions(new String[] {"-lambda", "0"});
        return classifier;
    }

    /** Loads the build's own classes from its jars first, Weka's from the application class path. */
    private static final class BuildLoader extends URLClassLoader {

        BuildLoader(URL[] urls) {
            super(urls, AdapterComparison.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            boolean own = name.startsWith("io.github.gdlogistic.") && !name.startsWith("io.github.gdlogistic.benchmarks.")
                    || name.startsWith(CLASSIFIER);
            if (!own) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }
}
