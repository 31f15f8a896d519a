package io.github.gdlogistic.compare;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.Range;
import weka.core.Utils;
import weka.core.WekaPackageManager;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.InstancesResultListener;
import weka.experiment.PairedCorrectedTTester;
import weka.experiment.PropertyNode;
import weka.experiment.ResultMatrix;
import weka.experiment.ResultMatrixPlainText;

import java.beans.PropertyDescriptor;
import java.io.BufferedReader;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.DefaultListModel;

/**
 * Runs a Weka Experiment (cross-validation, several runs) of GradientDescentLogistic against Logistic, SGD with log
 * loss and SimpleLogistic, then prints Weka's paired corrected t-test tables for accuracy, AUC and training time.
 * GradientDescentLogistic is loaded from the installed Weka package (WEKA_HOME), not from the classpath.
 *
 * <p>Arguments: {@code -out DIR -runs N -folds K dataset.arff...}. Writes {@code results.arff}, the experiment
 * definition {@code comparison.exp} (open it in the Experimenter) and {@code comparison.txt} (the tables). Standard
 * output carries the tables only; progress goes to standard error.
 */
public final class CompareExperiment {

    /** The schemes compared, as Weka command lines; GradientDescentLogistic first, so it is the base column. */
    static final String[] SCHEMES = {
        "weka.classifiers.functions.GradientDescentLogistic",
        "weka.classifiers.functions.Logistic",
        // SGD handles two classes only; MultiClassClassifier runs it as is on two classes, one-vs-rest on more.
        "weka.classifiers.meta.MultiClassClassifier -M 0 -W weka.classifiers.functions.SGD -- -F 1",
        "weka.classifiers.functions.SimpleLogistic"
    };

    private CompareExperiment() {
    }

    /**
     * @param arguments {@code -out DIR -runs N -folds K dataset.arff...}
     * @throws Exception when the experiment cannot run; the process then exits non-zero
     */
    public static void main(String[] arguments) throws Exception {
        Path out = Paths.get(Utils.getOption("out", arguments));
        int runs = Integer.parseInt(Utils.getOption("runs", arguments));
        int folds = Integer.parseInt(Utils.getOption("folds", arguments));
        List<File> datasets = new ArrayList<>();
        for (String argument : arguments) {
            if (!argument.isEmpty()) {
                File file = new File(argument);
                if (!file.isFile()) {
                    throw new IllegalArgumentException("Dataset '" + argument + "' is not a file");
                }
                datasets.add(file);
            }
        }
        if (datasets.isEmpty()) {
            throw new IllegalArgumentException("No datasets given; expected ARFF files after the options");
        }
        Files.createDirectories(out);
        WekaPackageManager.loadPackages(false);
        Classifier[] classifiers = new Classifier[SCHEMES.length];
        for (int i = 0; i < SCHEMES.length; i++) {
            String[] options = Utils.splitOptions(SCHEMES[i]);
            String name = options[0];
            options[0] = "";
            classifiers[i] = AbstractClassifier.forName(name, options);
        }
        if (classifiers[0].getClass().getClassLoader() == CompareExperiment.class.getClassLoader()) {
            throw new IllegalStateException("GradientDescentLogistic came from the classpath, not from the installed "
                    + "package: run without the adapter on the classpath");
        }

        File results = out.resolve("results.arff").toFile();
        Experiment experiment = experiment(classifiers, datasets, runs, folds, results);
        Experiment.write(out.resolve("comparison.exp").toString(), experiment);
        // Progress goes to standard error (./compare keeps it in its log); standard output is the tables.
        System.err.println("Running " + runs + " x " + folds + "-fold cross-validation of " + classifiers.length
                + " classifiers on " + datasets.size() + " datasets ...");
        long start = System.nanoTime();
        experiment.initialize();
        experiment.runExperiment();
        experiment.postProcess();
        System.err.printf(Locale.ROOT, "Experiment finished in %.1f s%n", (System.nanoTime() - start) / 1e9);
        if (!results.isFile()) {
            throw new IllegalStateException("The experiment wrote no results to " + results);
        }
        String tables = analyse(results);
        System.out.println(tables);
        Files.write(out.resolve("comparison.txt"), tables.getBytes(StandardCharsets.UTF_8));
    }

    private static Experiment experiment(Classifier[] classifiers, List<File> datasets, int runs, int folds,
            File results) throws Exception {
        ClassifierSplitEvaluator evaluator = new ClassifierSplitEvaluator();
        evaluator.setClassifier(classifiers[0]);
        CrossValidationResultProducer producer = new CrossValidationResultProducer();
        producer.setNumFolds(folds);
        producer.setSplitEvaluator(evaluator);
        PropertyNode[] path = {
            new PropertyNode(evaluator, new PropertyDescriptor("splitEvaluator",
                    CrossValidationResultProducer.class), CrossValidationResultProducer.class),
            new PropertyNode(classifiers[0], new PropertyDescriptor("classifier", ClassifierSplitEvaluator.class),
                    ClassifierSplitEvaluator.class)
        };
        Experiment experiment = new Experiment();
        experiment.setResultProducer(producer);
        experiment.setPropertyPath(path);
        experiment.setPropertyArray(classifiers);
        experiment.setUsePropertyIterator(true);
        experiment.setRunLower(1);
        experiment.setRunUpper(runs);
        DefaultListModel<File> files = new DefaultListModel<>();
        datasets.forEach(files::addElement);
        experiment.setDatasets(files);
        InstancesResultListener listener = new InstancesResultListener();
        listener.setOutputFile(results);
        experiment.setResultListener(listener);
        return experiment;
    }

    private static String analyse(File resultsFile) throws Exception {
        Instances results;
        try (BufferedReader reader = Files.newBufferedReader(resultsFile.toPath(), StandardCharsets.UTF_8)) {
            results = new Instances(reader);
        }
        StringBuilder text = new StringBuilder();
        ResultMatrix matrix = table(results, "Percent_correct", "Accuracy (%)", 2, text);
        table(results, "Weighted_avg_area_under_ROC", "Area under the ROC curve (weighted average over classes)", 3,
                text);
        table(results, "Elapsed_Time_training", "Training time (seconds)", 4, text);
        // The key (the columns' schemes and options) is the same for every table: printed once.
        text.append("Key (columns of the tables above; v / * = significantly higher / lower than (1)):\n")
                .append(matrix.toStringKey().replaceFirst("^\\s*Key:\\s*\n", "").trim()).append("\n\n");
        text.append(convergence(results));
        return text.toString();
    }

    /** Appends one significance table (without its key) to {@code text} and returns its matrix. */
    private static ResultMatrix table(Instances results, String column, String title, int precision,
            StringBuilder text) throws Exception {
        PairedCorrectedTTester tester = new PairedCorrectedTTester();
        tester.setInstances(results);
        tester.setSortColumn(-1);
        tester.setRunColumn(index(results, "Key_Run"));
        tester.setFoldColumn(index(results, "Key_Fold"));
        tester.setDatasetKeyColumns(new Range("" + (index(results, "Key_Dataset") + 1)));
        tester.setResultsetKeyColumns(new Range((index(results, "Key_Scheme") + 1) + ","
                + (index(results, "Key_Scheme_options") + 1) + "," + (index(results, "Key_Scheme_version_ID") + 1)));
        tester.setDisplayedResultsets(null);
        tester.setSignificanceLevel(0.05);
        tester.setShowStdDevs(true);
        ResultMatrixPlainText matrix = new ResultMatrixPlainText();
        matrix.setMeanPrec(precision);
        matrix.setStdDevPrec(precision);
        tester.setResultMatrix(matrix);
        tester.multiResultsetFull(0, index(results, column));
        text.append("=== ").append(title).append(": ").append(column)
                .append(", paired corrected t-test, significance 0.05 ===\n")
                .append(matrix.toStringMatrix().trim()).append("\n\n");
        return matrix;
    }

    /** Mean iterations and share of converged runs of GradientDescentLogistic, from its additional measures. */
    private static String convergence(Instances results) {
        int scheme = index(results, "Key_Scheme");
        int dataset = index(results, "Key_Dataset");
        int iterations = index(results, "measureNumIterations");
        int converged = index(results, "measureConverged");
        StringBuilder text = new StringBuilder("=== GradientDescentLogistic: iterations (mean) and converged runs "
                + "(additional measures) ===\n");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < results.numInstances(); i++) {
            String name = results.instance(i).stringValue(dataset);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (String name : names) {
            double iterationSum = 0;
            int convergedCount = 0;
            int count = 0;
            for (int i = 0; i < results.numInstances(); i++) {
                if (results.instance(i).stringValue(scheme).endsWith("GradientDescentLogistic")
                        && results.instance(i).stringValue(dataset).equals(name)) {
                    iterationSum += results.instance(i).value(iterations);
                    convergedCount += results.instance(i).value(converged) == 1 ? 1 : 0;
                    count++;
                }
            }
            text.append(String.format(Locale.ROOT, "%-36s %8.1f iterations, converged in %d of %d runs%n", name,
                    iterationSum / count, convergedCount, count));
        }
        return text.toString();
    }

    private static int index(Instances results, String name) {
        if (results.attribute(name) == null) {
            throw new IllegalStateException("The results have no column '" + name + "'");
        }
        return results.attribute(name).index();
    }
}
