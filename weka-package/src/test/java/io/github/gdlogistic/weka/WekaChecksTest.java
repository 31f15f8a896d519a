package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gdlogistic.core.table.TabularModel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.classifiers.functions.GradientDescentLogisticUpdateable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Weka's own conformance checks, each in a fresh JVM with our classes on the classpath: CheckOptionHandler and
 * CheckGOE must exit 0; CheckClassifier always exits 0, so its report is read line by line.
 */
class WekaChecksTest {

    @TempDir
    Path wekaHome;

    private WekaProcess.Result runCheck(String checkClass, Class<?> classifier) throws Exception {
        List<String> ours = List.of(WekaProcess.locationOf(GradientDescentLogistic.class),
                WekaProcess.locationOf(TabularModel.class));
        return WekaProcess.run(wekaHome, ours, List.of("-Dweka.packageManager.loadPackages=false"), checkClass,
                "-W", classifier.getName());
    }

    @ParameterizedTest
    @ValueSource(classes = {GradientDescentLogistic.class, GradientDescentLogisticUpdateable.class})
    void checkOptionHandlerPasses(Class<?> classifier) throws Exception {
        WekaProcess.Result result = runCheck("weka.core.CheckOptionHandler", classifier);
        assertEquals(0, result.exitCode, result::toString);
        assertTrue(result.output.contains("Canonical user options...yes"), result::toString);
    }

    @ParameterizedTest
    @ValueSource(classes = {GradientDescentLogistic.class, GradientDescentLogisticUpdateable.class})
    void checkGoePasses(Class<?> classifier) throws Exception {
        WekaProcess.Result result = runCheck("weka.core.CheckGOE", classifier);
        assertEquals(0, result.exitCode, result::toString);
        assertTrue(result.output.contains("Tool tips...yes"), result::toString);
    }

    @ParameterizedTest
    @ValueSource(classes = {GradientDescentLogistic.class, GradientDescentLogisticUpdateable.class})
    void checkClassifierReportsNoFailure(Class<?> classifier) throws Exception {
        WekaProcess.Result result = runCheck("weka.classifiers.CheckClassifier", classifier);
        List<String> failures = new ArrayList<>();
        boolean inInterfaceSection = false;
        int passed = 0;
        for (String line : result.lines()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("-->")) {
                // The interface section reports what is implemented; "no" there is an answer, not a failure.
                inInterfaceSection = trimmed.contains("interfaces");
                continue;
            }
            if (trimmed.contains("Problem during") || trimmed.contains("Error message doesn't mention")
                    || (!inInterfaceSection && trimmed.endsWith("...no"))) {
                failures.add(trimmed);
            }
            if (trimmed.endsWith("...yes")) {
                passed++;
            }
        }
        assertTrue(failures.isEmpty(), () -> "CheckClassifier failures: " + failures + "\n" + result);
        // The checks that matter for this classifier must have run and passed, not merely not failed.
        for (String expected : new String[] {
            "weighted instances classifier...yes",
            "basic predict (nominal class, nominal predictors)...yes",
            "basic predict (nominal class, numeric predictors)...yes",
            "more than two class problems (nominal class, numeric & nominal predictors)...yes",
            "missing predictor values (nominal class, numeric & nominal predictors)...yes",
            "missing class values (nominal class, numeric & nominal predictors)...yes",
            "classifier uses instance weights (nominal class, numeric & nominal predictors)...yes",
            "classifier doesn't alter original datasets (nominal class, numeric & nominal predictors)...yes",
            "classifier ignores test instance class vals (nominal class, numeric & nominal predictors)...yes"}) {
            assertTrue(result.output.contains(expected), () -> "Missing '" + expected + "' in\n" + result);
        }
        int passedChecks = passed;
        assertTrue(passedChecks >= 15, () -> "Only " + passedChecks + " checks passed:\n" + result);
    }
}
