package io.github.gdlogistic.benchmarks;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The first {@code buildClassifier} in a fresh JVM against the later ones, as {@code weka.Run -t file.arff} pays it:
 * the ARFF file is loaded, then the classifier (defaults but {@code -lambda 0}) is built several times, each time
 * a new one; per build the wall time and the process's CPU time (the JIT's compiler threads included). Start it in a
 * JVM without extra options to see what a Weka user sees: {@code java -cp ... WekaColdStart file.arff [builds]}.
 * Reported, never asserted.
 */
public final class WekaColdStart {

    private WekaColdStart() {
    }

    private static String[] options(String[] args) {
        java.util.List<String> options = new java.util.ArrayList<>(java.util.List.of("-lambda", "0"));
        options.addAll(java.util.Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        return options.toArray(new String[0]);
    }

    /**
     * @param args the ARFF file (class last), optionally the number of builds (default 6) and further classifier
     *     options after {@code -lambda 0} (e.g. {@code -no-coefficient-statistics})
     * @throws Exception when the file cannot be read or Weka rejects the data
     */
    public static void main(String[] args) throws Exception {
        Instances data = new DataSource(args[0]).getDataSet();
        data.setClassIndex(data.numAttributes() - 1);
        int builds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < builds; i++) {
            Classifier classifier = AbstractClassifier.forName("weka.classifiers.functions.GradientDescentLogistic",
                    options(args));
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            classifier.buildClassifier(data);
            out.append(String.format(Locale.ROOT, " %.0f/%.0f", (System.nanoTime() - start) / 1e6,
                    (os.getProcessCpuTime() - cpu) / 1e6));
        }
        System.out.printf(Locale.ROOT, "buildClassifier on %d x %d, ms wall/CPU, first to last:%s (load average "
                + "%.1f)%n", data.numInstances(), data.numAttributes() - 1, out, os.getSystemLoadAverage());
    }
}
