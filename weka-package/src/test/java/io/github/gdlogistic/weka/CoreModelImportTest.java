package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.table.ModelFiles;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model trained by the core outside Weka (a core model file) used through Weka's classifier. */
class CoreModelImportTest {

    private static TabularModel coreModel(Instances data) {
        return TabularTrainer.fit(new InstancesConverter(data).toTable(data), TrainingConfig.defaults(),
                TrainingListener.NONE);
    }

    @Test
    void importedModelPredictsWhatTheCoreModelPredicts() throws Exception {
        Instances iris = TestData.load("iris");
        TabularModel model = coreModel(iris);
        GradientDescentLogistic classifier = GradientDescentLogistic.fromCoreModel(model, new Instances(iris, 0),
                "iris.model");
        InstancesConverter converter = new InstancesConverter(iris);
        for (int i = 0; i < iris.numInstances(); i++) {
            assertArrayEquals(model.probabilities(converter.rawRow(iris.instance(i))),
                    classifier.distributionForInstance(iris.instance(i)), 1e-15);
        }
        assertTrue(classifier.toString().contains("Core model imported from 'iris.model'"), classifier::toString);
    }

    @Test
    void dataThatDoNotMatchTheModelAreRefusedNamingTheAttribute() throws Exception {
        Instances iris = TestData.load("iris");
        TabularModel model = coreModel(iris);
        Instances fewer = new Instances(iris, 0);
        fewer.setClassIndex(-1);
        fewer.deleteAttributeAt(1);
        fewer.setClassIndex(fewer.numAttributes() - 1);
        Exception error = assertThrows(IllegalArgumentException.class,
                () -> GradientDescentLogistic.fromCoreModel(model, fewer, "iris.model"));
        assertTrue(error.getMessage().contains("input attribute 2") && error.getMessage().contains("sepal_width")
                && error.getMessage().contains("iris.model"), error::getMessage);
        Instances votes = TestData.load("house-votes-84");
        assertThrows(IllegalArgumentException.class,
                () -> GradientDescentLogistic.fromCoreModel(model, votes, "iris.model"));
    }

    /** Weka's command-line evaluation, in this JVM, given a core model file with -l. */
    @Test
    void aDamagedCoreModelFileIsReportedAsSuch(@TempDir Path folder) throws Exception {
        Path coreFile = folder.resolve("iris-core.model");
        ModelFiles.save(coreModel(TestData.load("iris")), coreFile);
        byte[] whole = Files.readAllBytes(coreFile);
        Files.write(coreFile, java.util.Arrays.copyOf(whole, whole.length / 2));
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> CoreModelFiles.readIfCoreModel(coreFile));
        assertTrue(e.getMessage().contains("iris-core.model") && e.getMessage().contains("not a readable"),
                e::getMessage);
        assertTrue(CoreModelFiles.readIfCoreModel(TestData.file("iris")).isEmpty(), "an ARFF file is no model");
    }

    @Test
    void commandLineEvaluationAcceptsACoreModelFile(@TempDir Path folder) throws Exception {
        Instances iris = TestData.load("iris");
        Path coreFile = folder.resolve("iris-core.model");
        ModelFiles.save(coreModel(iris), coreFile);
        byte[] before = Files.readAllBytes(coreFile);
        Path wekaFile = folder.resolve("iris-weka.model");
        String[] output = runCommandLine("-l", coreFile.toString(), "-T", TestData.file("iris").toString(), "-d",
                wekaFile.toString());
        assertTrue(output[0].contains("Correctly Classified Instances"), output[0] + output[1]);
        assertTrue(output[1].contains("is a core model file"), output[1]);
        assertArrayEquals(before, Files.readAllBytes(coreFile), "the user's file must not change");
        assertTrue(Files.isRegularFile(wekaFile), output[0] + output[1]);
        // The saved Weka model file is an ordinary one: -l reads it without conversion.
        String[] again = runCommandLine("-l", wekaFile.toString(), "-T", TestData.file("iris").toString());
        assertTrue(again[0].contains("Correctly Classified Instances"), again[0] + again[1]);
        assertFalse(again[1].contains("is a core model file"), again[1]);
    }

    private static String[] runCommandLine(String... arguments) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream standard = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        System.setOut(new PrintStream(standard, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        try {
            GradientDescentLogistic.main(arguments);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new String[] {standard.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8)};
    }
}
