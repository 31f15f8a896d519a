package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.converters.ArffLoader;
import weka.core.converters.ConverterUtils.DataSource;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Incremental training from files larger than the heap, through Weka's command line ({@code weka.Run ... -t file
 * -no-cv -v}) in fresh JVMs under {@code -Xmx64m}: our GradientDescentLogisticUpdateable, Weka's own SGD with log
 * loss ({@code -F 1}, binary only) and Weka's ArffLoader reading the file alone (the limit). Seeded streams of 10^6
 * rows x 20 numeric features in varied units (means and scales far from 0 and 1), a binary and a 10-class one, with
 * 10^5 test rows from the same model; the test log-loss and accuracy are compared with the batch optimum (the core's
 * batch trainer on all training rows in memory, same lambda). Reported, never pass/fail: one run each.
 * {@code ./benchmark --stream [rows]}; output in benchmark-output/stream/.
 */
public final class StreamBenchmark {

    private static final int FEATURES = 20;
    private static final int TEST_ROWS = 100_000;
    private static final String HEAP = "-Xmx64m";

    private StreamBenchmark() {
    }

    /**
     * @param args optionally the number of training rows (default 10^6); {@code --read file} reads a file with
     *        ArffLoader and prints the rows (the child process the benchmark times)
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--read")) {
            System.out.println(readAll(new File(args[1])));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Paths.get("benchmark-output", "stream");
        Files.createDirectories(folder);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Streams of %d x %d (train) + %d test rows; load: %s%n", rows,
                FEATURES, TEST_ROWS, load()));
        report.append(String.format(Locale.ROOT, "%-9s %-34s %9s %12s %10s %9s %10s %9s%n", "stream", "method",
                "wall s", "rows/s", "log-loss", "/optimum", "accuracy", "- optimum"));
        for (int classes : new int[] {2, 10}) {
            runStream(folder, rows, classes, report);
        }
        System.out.print(report);
        Files.write(folder.resolve("results.txt"), report.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String load() throws IOException {
        return new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.UTF_8).trim();
    }

    private static long readAll(File file) throws IOException {
        ArffLoader loader = new ArffLoader();
        loader.setFile(file);
        Instances structure = loader.getStructure();
        long count = 0;
        while (loader.getNextInstance(structure) != null) {
            count++;
        }
        return count;
    }

    private static void runStream(Path folder, int rows, int classes, StringBuilder report) throws Exception {
        String name = classes == 2 ? "binary" : classes + "-class";
        System.err.println("Generating the " + name + " stream ...");
        Dataset all = SyntheticData.generate(rows + TEST_ROWS, FEATURES, classes, 42 + classes);
        double[] means = new double[FEATURES];
        double[] scales = new double[FEATURES];
        SplittableRandom random = new SplittableRandom(7);
        for (int j = 0; j < FEATURES; j++) {
            means[j] = 100 * random.nextGaussian();
            scales[j] = Math.pow(10, random.nextInt(-2, 3));
        }
        Path train = folder.resolve(name + "-" + rows + "-train.arff");
        Path test = folder.resolve(name + "-" + rows + "-test.arff");
        writeArff(all, 0, rows, means, scales, train);
        writeArff(all, rows, rows + TEST_ROWS, means, scales, test);
        Instances testData = DataSource.read(test.toString());
        testData.setClassIndex(FEATURES);

        System.err.println("Batch optimum of the " + name + " stream ...");
        TabularModel batch = TabularTrainer.fit(table(all, rows, means, scales, classes), TrainingConfig.defaults());
        double[] optimum = score(testData, instance -> {
            double[] raw = new double[FEATURES];
            for (int j = 0; j < FEATURES; j++) {
                raw[j] = instance.value(j);
            }
            return batch.probabilities(raw)[(int) instance.classValue()];
        }, instance -> {
            double[] raw = new double[FEATURES];
            for (int j = 0; j < FEATURES; j++) {
                raw[j] = instance.value(j);
            }
            return batch.predict(raw) == (int) instance.classValue() ? 1 : 0;
        });
        report.append(line(name, "batch optimum (core, in memory)", Double.NaN, rows, optimum, optimum));

        double read = timeChild(List.of("io.github.gdlogistic.benchmarks.StreamBenchmark", "--read",
                train.toString()));
        report.append(line(name, "ArffLoader reading alone", read, rows, null, optimum));

        Path ours = folder.resolve(name + "-updateable.model");
        double oursSeconds = timeChild(List.of("weka.Run", "weka.classifiers.functions.GradientDescentLogisticUpdateable",
                "-t", train.toString(), "-no-cv", "-v", "-d", ours.toString()));
        report.append(line(name, "GradientDescentLogisticUpdateable", oursSeconds, rows, modelScores(ours, testData),
                optimum));
        if (classes == 2) {
            Path sgd = folder.resolve(name + "-sgd.model");
            double sgdSeconds = timeChild(List.of("weka.Run", "weka.classifiers.functions.SGD", "-F", "1", "-t",
                    train.toString(), "-no-cv", "-v", "-d", sgd.toString()));
            report.append(line(name, "Weka SGD -F 1 (incremental)", sgdSeconds, rows, modelScores(sgd, testData),
                    optimum));
        }
    }

    private static String line(String stream, String method, double seconds, int rows, double[] scores,
            double[] optimum) {
        String logLoss = scores == null ? "" : String.format(Locale.ROOT, "%.5f", scores[0]);
        String ratio = scores == null ? "" : String.format(Locale.ROOT, "%.4f", scores[0] / optimum[0]);
        String accuracy = scores == null ? "" : String.format(Locale.ROOT, "%.2f %%", 100 * scores[1]);
        String difference = scores == null ? "" : String.format(Locale.ROOT, "%+.2f", 100 * (scores[1] - optimum[1]));
        return String.format(Locale.ROOT, "%-9s %-34s %9s %12s %10s %9s %10s %9s%n", stream, method,
                Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%.1f", seconds),
                Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%.0f", rows / seconds), logLoss, ratio,
                accuracy, difference);
    }

    /** Mean log-loss (probabilities clipped at 1e-15, as scikit-learn's log_loss) and accuracy on the test rows. */
    private static double[] score(Instances test, ToDoubleFunction<Instance> probability,
            ToDoubleFunction<Instance> correct) {
        double loss = 0;
        double right = 0;
        for (Instance instance : test) {
            loss -= Math.log(Math.max(probability.applyAsDouble(instance), 1e-15));
            right += correct.applyAsDouble(instance);
        }
        return new double[] {loss / test.numInstances(), right / test.numInstances()};
    }

    private static double[] modelScores(Path model, Instances test) throws Exception {
        Classifier classifier = (Classifier) SerializationHelper.read(model.toString());
        return score(test, instance -> {
            try {
                return classifier.distributionForInstance(instance)[(int) instance.classValue()];
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, instance -> {
            try {
                return classifier.classifyInstance(instance) == instance.classValue() ? 1 : 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static RawTable table(Dataset data, int rows, double[] means, double[] scales, int classes) {
        List<AttributeSpec> attributes = new ArrayList<>();
        for (int j = 0; j < FEATURES; j++) {
            attributes.add(AttributeSpec.numeric("x" + j));
        }
        RawTable.Builder builder = RawTable.builder(attributes, classValues(classes), rows);
        double[] row = new double[FEATURES];
        for (int i = 0; i < rows; i++) {
            transformedRow(data, i, means, scales, row);
            builder.addRow(row, data.label(i), 1.0);
        }
        return builder.build();
    }

    private static List<String> classValues(int classes) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            values.add("c" + c);
        }
        return values;
    }

    /** A row in the stream's units: {@code mean + scale * x}, rounded to the 7 significant digits the file keeps. */
    private static void transformedRow(Dataset data, int row, double[] means, double[] scales, double[] out) {
        BlockLayout.copyRow(data.valuesUnsafe(), FEATURES, row, out, 0);
        for (int j = 0; j < FEATURES; j++) {
            out[j] = Double.parseDouble(String.format(Locale.ROOT, "%.7g", means[j] + scales[j] * out[j]));
        }
    }

    private static void writeArff(Dataset data, int from, int to, double[] means, double[] scales, Path file)
            throws IOException {
        if (Files.isRegularFile(file)) {
            return; // seeded: the same content as last time
        }
        Path partial = Paths.get(file + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write("@relation stream\n");
            for (int j = 0; j < FEATURES; j++) {
                out.write("@attribute x" + j + " numeric\n");
            }
            out.write("@attribute class {" + String.join(",", classValues(data.numClasses())) + "}\n@data\n");
            double[] row = new double[FEATURES];
            StringBuilder line = new StringBuilder();
            for (int i = from; i < to; i++) {
                transformedRow(data, i, means, scales, row);
                line.setLength(0);
                for (int j = 0; j < FEATURES; j++) {
                    line.append(String.format(Locale.ROOT, "%.7g", row[j])).append(',');
                }
                line.append('c').append(data.label(i)).append('\n');
                out.write(line.toString());
            }
        }
        Files.move(partial, file);
    }

    /** Runs a class in a fresh JVM under the small heap and returns the wall-clock seconds. */
    private static double timeChild(List<String> mainAndArguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        command.add("-Djava.awt.headless=true");
        command.add("-Dweka.packageManager.loadPackages=false");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Paths.get("benchmark-output", "stream", "last-child.log").toFile());
        builder.environment().put("WEKA_HOME", Files.createTempDirectory("weka-home").toString());
        System.err.println("Running " + String.join(" ", mainAndArguments) + " ...");
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("Exit code " + exit + " from " + command + "; see "
                    + "benchmark-output/stream/last-child.log");
        }
        return seconds;
    }
}
