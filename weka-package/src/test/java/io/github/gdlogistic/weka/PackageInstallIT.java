package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * The built package zip goes through Weka's real package manager in a throwaway WEKA_HOME: installed, listed, used by
 * {@code weka.Run} in a fresh JVM that knows nothing but Weka (the classifier comes from the installed package),
 * then uninstalled. Runs after {@code package} (failsafe), since it needs the zip.
 */
class PackageInstallIT {

    private static final String CLASSIFIER = "weka.classifiers.functions.GradientDescentLogistic";
    private static final Pattern CORRECT = Pattern.compile("Correctly Classified Instances\\s+\\d+\\s+([0-9.]+)\\s*%");
    private static final List<String> JVM_OPTIONS = List.of(
            "--add-opens", "java.base/sun.net.www.protocol.jar=ALL-UNNAMED");

    @TempDir
    Path wekaHome;

    private final Path zip = Paths.get(System.getProperty("gdlogistic.package.zip"));
    private final String packageName = System.getProperty("gdlogistic.package.name");
    private final String version = System.getProperty("gdlogistic.package.version");

    private WekaProcess.Result weka(String... mainClassAndArguments) throws Exception {
        return WekaProcess.run(wekaHome, List.of(), JVM_OPTIONS, mainClassAndArguments);
    }

    /** Weka reports many package problems (e.g. an unreadable Description.props entry) as printed stack traces. */
    private static void assertNoException(WekaProcess.Result result) {
        assertFalse(result.output.contains("Exception") || result.errors.contains("Exception"), result::toString);
        assertFalse(result.output.contains("Unable to load") || result.errors.contains("Unable to load"),
                result::toString);
    }

    @Test
    void zipHasThePackageLayout() throws Exception {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertTrue(file.getEntry("Description.props") != null, "Description.props must be at the zip root");
            assertTrue(file.getEntry(packageName + ".jar") != null, "the adapter jar must be at the zip root");
            assertTrue(file.stream().anyMatch(entry -> entry.getName().matches("lib/shared-core-.*\\.jar")),
                    "the core jar must be under lib/");
            assertFalse(file.stream().anyMatch(entry -> entry.getName().contains("weka-stable")
                    || entry.getName().endsWith("/weka.jar")), "Weka itself must not be in the package");
            String descriptor = new String(file.getInputStream(file.getEntry("Description.props")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(descriptor.contains("PackageName=" + packageName), descriptor);
            assertTrue(descriptor.contains("Version=" + version), descriptor);
            assertFalse(descriptor.contains("${"), "unfilled placeholder in\n" + descriptor);
        }
    }

    @Test
    void installListRunUninstall() throws Exception {
        WekaProcess.Result install = weka("weka.core.WekaPackageManager", "-offline", "-install-package",
                zip.toString());
        assertEquals(0, install.exitCode, install::toString);
        assertNoException(install);
        Path installed = wekaHome.resolve("packages").resolve(packageName);
        assertTrue(Files.isRegularFile(installed.resolve("Description.props")), install::toString);
        assertTrue(Files.isRegularFile(installed.resolve(packageName + ".jar")), install::toString);

        WekaProcess.Result list = weka("weka.core.WekaPackageManager", "-offline", "-list-packages", "installed");
        assertEquals(0, list.exitCode, list::toString);
        assertNoException(list);
        assertTrue(list.lines().stream().anyMatch(line -> line.contains(packageName) && line.contains(version)),
                list::toString);

        WekaProcess.Result run = weka("weka.Run", CLASSIFIER, "-t",
                TestData.file("breast-cancer-wisconsin-diagnostic").toString());
        assertEquals(0, run.exitCode, run::toString);
        assertNoException(run);
        assertTrue(run.output.contains("GD Logistic Regression (binary)"), run::toString);
        int crossValidation = run.output.indexOf("=== Stratified cross-validation ===");
        assertTrue(crossValidation >= 0, run::toString);
        Matcher accuracy = CORRECT.matcher(run.output.substring(crossValidation));
        assertTrue(accuracy.find(), run::toString);
        double percentCorrect = Double.parseDouble(accuracy.group(1));
        // Weka's Logistic reaches about 94% here; a broken install or translation would not.
        assertTrue(percentCorrect >= 92.0, "cross-validated accuracy " + percentCorrect + "%\n" + run);

        WekaProcess.Result uninstall = weka("weka.core.WekaPackageManager", "-offline", "-uninstall-package",
                packageName);
        assertEquals(0, uninstall.exitCode, uninstall::toString);
        assertFalse(Files.exists(installed), uninstall::toString);
        WekaProcess.Result listAfter = weka("weka.core.WekaPackageManager", "-offline", "-list-packages",
                "installed");
        assertFalse(listAfter.output.contains(packageName), listAfter::toString);
        WekaProcess.Result runAfter = weka("weka.Run", CLASSIFIER, "-t",
                TestData.file("iris").toString());
        assertFalse(runAfter.output.contains("GD Logistic Regression"), runAfter::toString);
        assertNotEquals(0, runAfter.exitCode + (runAfter.errors.isEmpty() ? 0 : 1),
                "running an uninstalled classifier must fail:\n" + runAfter);
    }

    /**
     * A core model file (written by the core's ModelFiles, as programs and KNIME workflows do) given to Weka's -l:
     * Weka alone cannot read it ("Unable to find class ...TabularModel"); the installed classifier recognizes it,
     * uses it with the test file's header, and -d saves an ordinary Weka model file that -l then reads.
     */
    @Test
    void coreModelFileWorksWithWekasModelOption(@TempDir Path folder) throws Exception {
        WekaProcess.Result install = weka("weka.core.WekaPackageManager", "-offline", "-install-package",
                zip.toString());
        assertEquals(0, install.exitCode, install::toString);
        weka.core.Instances iris = TestData.load("iris");
        io.github.gdlogistic.core.table.TabularModel model = io.github.gdlogistic.core.table.TabularTrainer.fit(
                new InstancesConverter(iris).toTable(iris), io.github.gdlogistic.core.TrainingConfig.defaults(),
                io.github.gdlogistic.core.TrainingListener.NONE);
        Path coreFile = folder.resolve("iris-core.model");
        io.github.gdlogistic.core.table.ModelFiles.save(model, coreFile);
        int correct = 0;
        InstancesConverter converter = new InstancesConverter(iris);
        for (int i = 0; i < iris.numInstances(); i++) {
            correct += model.predict(converter.rawRow(iris.instance(i))) == (int) iris.instance(i).classValue() ? 1 : 0;
        }
        double expectedPercent = 100.0 * correct / iris.numInstances();

        Path wekaFile = folder.resolve("iris-weka.model");
        String test = TestData.file("iris").toString();
        WekaProcess.Result fromCore = weka("weka.Run", CLASSIFIER, "-l", coreFile.toString(), "-T", test, "-d",
                wekaFile.toString());
        assertEquals(0, fromCore.exitCode, fromCore::toString);
        assertNoException(fromCore);
        assertTrue(fromCore.errors.contains("is a core model file"), fromCore::toString);
        assertEquals(expectedPercent, testAccuracy(fromCore), 1e-3, fromCore::toString);
        assertTrue(Files.isRegularFile(wekaFile), fromCore::toString);

        WekaProcess.Result fromWeka = weka("weka.Run", CLASSIFIER, "-l", wekaFile.toString(), "-T", test);
        assertEquals(0, fromWeka.exitCode, fromWeka::toString);
        assertNoException(fromWeka);
        assertFalse(fromWeka.errors.contains("is a core model file"), fromWeka::toString);
        assertEquals(expectedPercent, testAccuracy(fromWeka), 1e-3, fromWeka::toString);
    }

    private static double testAccuracy(WekaProcess.Result run) {
        int test = run.output.indexOf("=== Error on test data ===");
        assertTrue(test >= 0, run::toString);
        Matcher accuracy = CORRECT.matcher(run.output.substring(test));
        assertTrue(accuracy.find(), run::toString);
        return Double.parseDouble(accuracy.group(1));
    }

    /**
     * The installed package on data large enough for the vector loops: they run when Weka's JVM has the vector API
     * module (the package's class loader must see it) and the scalar loops run without it, with the same model.
     */
    @Test
    void vectorLoopsRunWhenWekaStartsWithTheModule(@TempDir Path dataDir) throws Exception {
        WekaProcess.Result install = weka("weka.core.WekaPackageManager", "-offline", "-install-package",
                zip.toString());
        assertEquals(0, install.exitCode, install::toString);
        Path arff = dataDir.resolve("large.arff");
        writeLargeArff(arff, (int) (io.github.gdlogistic.core.objective.SimdSupport.MIN_VALUES / 16) + 100, 16);
        List<String> withModule = new java.util.ArrayList<>(JVM_OPTIONS);
        withModule.add("--add-modules");
        withModule.add("jdk.incubator.vector");
        WekaProcess.Result vector = WekaProcess.run(wekaHome, List.of(), withModule, "weka.Run", CLASSIFIER,
                "-t", arff.toString(), "-no-cv");
        assertEquals(0, vector.exitCode, vector::toString);
        assertNoException(vector);
        assertTrue(vector.output.contains("Solver: auto (L-BFGS), vector loops"), vector::toString);
        WekaProcess.Result scalar = weka("weka.Run", CLASSIFIER, "-t", arff.toString(), "-no-cv");
        assertEquals(0, scalar.exitCode, scalar::toString);
        assertTrue(scalar.output.contains("Solver: auto (L-BFGS), scalar loops (start Java with --add-modules "
                + "jdk.incubator.vector for the faster vector loops)"), scalar::toString);
        assertFalse(vector.output.contains("scalar loops"), vector::toString);
        assertEquals(trainingAccuracy(scalar), trainingAccuracy(vector), 1e-9, "same model, same accuracy");
    }

    private static double trainingAccuracy(WekaProcess.Result run) {
        int training = run.output.indexOf("=== Error on training data ===");
        assertTrue(training >= 0, run::toString);
        Matcher accuracy = CORRECT.matcher(run.output.substring(training));
        assertTrue(accuracy.find(), run::toString);
        return Double.parseDouble(accuracy.group(1));
    }

    /** Rows from a known logistic model on 16 numeric attributes (seeded, not separable). */
    private static void writeLargeArff(Path file, int rows, int features) throws java.io.IOException {
        java.util.Random random = new java.util.Random(11);
        StringBuilder text = new StringBuilder("@relation large\n");
        for (int j = 0; j < features; j++) {
            text.append("@attribute x").append(j).append(" numeric\n");
        }
        text.append("@attribute class {no,yes}\n@data\n");
        for (int i = 0; i < rows; i++) {
            double score = 0.3;
            for (int j = 0; j < features; j++) {
                double value = Math.round(random.nextGaussian() * 1000) / 1000.0;
                score += value * ((j % 5) - 2) * 0.4;
                text.append(value).append(',');
            }
            text.append(random.nextDouble() < 1 / (1 + Math.exp(-score)) ? "yes" : "no").append('\n');
        }
        Files.write(file, text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
