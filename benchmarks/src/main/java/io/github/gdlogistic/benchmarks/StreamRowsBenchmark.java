package io.github.gdlogistic.benchmarks;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.UpdateableBatchProcessor;
import weka.classifiers.UpdateableClassifier;
import weka.classifiers.functions.GradientDescentLogisticUpdateable;
import weka.classifiers.functions.SGD;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The per-row learning cost of incremental training without any file reading: a seeded stream of rows x 20 numeric
 * features (in varied units) with a binary class is built in memory as Weka {@link Instance} objects, and our
 * GradientDescentLogisticUpdateable and Weka's {@code SGD -F 1} each start on the header and learn every instance
 * with {@code updateClassifier}, as Weka's command line does after reading a row. The two alternate in one JVM;
 * medians of the nanoseconds per row and their ratio are printed. Reported, never pass/fail.
 * {@code ./benchmark --stream-rows [rows] [rounds]}.
 */
public final class StreamRowsBenchmark {

    private static final int FEATURES = 20;

    private StreamRowsBenchmark() {
    }

    /**
     * @param args optionally the number of rows (default 10^6) and of rounds (default 7)
     * @throws Exception when a classifier fails
     */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Instances data = stream(rows);
        double[] ours = new double[rounds];
        double[] sgd = new double[rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            ours[r] = nanosPerRow(new GradientDescentLogisticUpdateable(), data);
            sgd[r] = nanosPerRow(sgdLogLoss(), data);
            ratios[r] = ours[r] / sgd[r];
            System.out.printf(Locale.ROOT, "round %d: ours %.1f ns/row, SGD -F 1 %.1f ns/row, ratio %.3f%n", r + 1,
                    ours[r], sgd[r], ratios[r]);
        }
        System.out.printf(Locale.ROOT, "%d rows x %d numeric, %d rounds (the first is warm-up too); medians: ours "
                + "%.1f ns/row, SGD -F 1 %.1f ns/row, paired ratio %.3f; load %s%n", rows, FEATURES, rounds,
                median(ours), median(sgd), median(ratios), load());
    }

    private static Classifier sgdLogLoss() throws Exception {
        SGD sgd = new SGD();
        sgd.setOptions(new String[] {"-F", "1"});
        return sgd;
    }

    /** Starts the classifier on the header and learns every instance, as Weka's incremental command line does. */
    private static double nanosPerRow(Classifier classifier, Instances data) throws Exception {
        System.gc(); // the instances just made (or the last round's garbage) are not collected in this round's time
        long start = System.nanoTime();
        classifier.buildClassifier(new Instances(data, 0));
        UpdateableClassifier updateable = (UpdateableClassifier) classifier;
        for (int i = 0; i < data.numInstances(); i++) {
            updateable.updateClassifier(data.instance(i));
        }
        if (classifier instanceof UpdateableBatchProcessor) {
            ((UpdateableBatchProcessor) classifier).batchFinished();
        }
        double nanos = System.nanoTime() - start;
        if (((AbstractClassifier) classifier).distributionForInstance(data.instance(0)).length != 2) {
            throw new IllegalStateException("expected two class probabilities");
        }
        return nanos / data.numInstances();
    }

    /** Seeded rows {@code mean + scale * x} with x standard normal, the class drawn from a logistic model of x. */
    static Instances stream(int rows) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int j = 0; j < FEATURES; j++) {
            attributes.add(new Attribute("x" + (j + 1)));
        }
        attributes.add(new Attribute("class", List.of("no", "yes")));
        Instances data = new Instances("stream", attributes, rows);
        data.setClassIndex(FEATURES);
        SplittableRandom random = new SplittableRandom(7);
        double[] means = new double[FEATURES];
        double[] scales = new double[FEATURES];
        double[] weights = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            means[j] = 100 * random.nextGaussian();
            scales[j] = Math.pow(10, random.nextInt(-2, 3));
            weights[j] = random.nextGaussian() / Math.sqrt(FEATURES);
        }
        for (int i = 0; i < rows; i++) {
            double[] values = new double[FEATURES + 1];
            double margin = 0;
            for (int j = 0; j < FEATURES; j++) {
                double x = random.nextGaussian();
                margin += weights[j] * x;
                values[j] = means[j] + scales[j] * x;
            }
            values[FEATURES] = random.nextDouble() < 1 / (1 + Math.exp(-2 * margin)) ? 1 : 0;
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String load() {
        try {
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/proc/loadavg"))).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
