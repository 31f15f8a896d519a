package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.table.FeatureEncoder;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.weka.InstancesConverter;
import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;

import java.util.Locale;

/**
 * Where the Weka adapter's time goes on 1e5 x 50 (defaults, 1 thread): each step of
 * {@code GradientDescentLogistic.buildClassifier} timed on its own (medians of 7 after 3 warm-ups), next to the whole
 * {@code buildClassifier} and the core's fit on the already dense data. Run by {@code ./benchmark --adapter};
 * reported, never asserted.
 */
public final class AdapterPhases {

    private AdapterPhases() {
    }

    /**
     * @param args none
     * @throws Exception when Weka rejects the data
     */
    public static void main(String[] args) throws Exception {
        Dataset data = SyntheticData.generate(100_000, 50, 2, 7);
        Instances instances = WekaPeers.toInstances(data);
        TrainingConfig config = TrainingConfig.builder().threads(1).build();
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.setNumThreads(1);
        int warmups = 3;
        int runs = 7;
        double capabilities = Timing.measure(warmups, runs, () -> {
            classifier.getCapabilities().testWithFail(instances);
            return null;
        }).medianSeconds;
        InstancesConverter converter = new InstancesConverter(instances);
        Timing.Measured<RawTable> table = Timing.measure(warmups, runs, () -> converter.toTable(instances));
        double encoder = Timing.measure(warmups, runs, () -> FeatureEncoder.fit(table.last)).medianSeconds;
        double core = Timing.measure(warmups, runs, () -> LogisticRegressionTrainer.fit(data, config)).medianSeconds;
        double whole = Timing.measure(warmups, runs, () -> {
            classifier.buildClassifier(instances);
            return classifier;
        }).medianSeconds;
        System.out.printf(Locale.ROOT, "Weka adapter on 1e5 x 50 (defaults, 1 thread, medians of %d; max heap %d MB):%n",
                runs, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "- buildClassifier %.1f ms, the core's fit on the dense data %.1f ms: "
                + "the adapter adds %.1f ms (%.0f %%)%n", 1e3 * whole, 1e3 * core, 1e3 * (whole - core),
                100 * (whole - core) / core);
        System.out.printf(Locale.ROOT, "- Weka's capabilities check %.1f ms%n", 1e3 * capabilities);
        System.out.printf(Locale.ROOT, "- Instances to the core's row-major table (one new 40 MB array) %.1f ms%n",
                1e3 * table.medianSeconds);
        System.out.printf(Locale.ROOT, "- the encoder's statistics %.1f ms%n", 1e3 * encoder);
    }
}
