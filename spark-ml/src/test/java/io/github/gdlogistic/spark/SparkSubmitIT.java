package io.github.gdlogistic.spark;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar as a user ships it: Spark's own {@code SparkSubmit} (the class {@code spark-submit} starts) in a fresh
 * JVM whose class path holds Spark's jars only, given {@code spark-ml-1.0.0.jar} as the application jar. The example
 * must train, save and load back from that one file, so the core has to be inside it.
 */
class SparkSubmitIT {

    @Test
    void sparkSubmitRunsTheExampleFromTheOneShippedJar(@org.junit.jupiter.api.io.TempDir Path output)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("gdlogistic.spark.jar"));
        String sparkClassPath = Files.readString(Path.of(System.getProperty("gdlogistic.spark.classpath"))).trim();
        assertFalse(sparkClassPath.contains("shared-core"), "the core must come from the shipped jar only");

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("gdlogistic.spark.jvm.options").trim().split("\\s+")));
        command.addAll(List.of("-cp", sparkClassPath, "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[2]",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false",
                "--class", "io.github.gdlogistic.spark.example.TrainDiabetes",
                jar.toString(), System.getProperty("gdlogistic.data.dir") + File.separator + "diabetes.arff",
                output.resolve("pipeline").toString()));
        Path log = output.resolve("spark-submit.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "spark-submit did not finish in 5 minutes");
        String printed = Files.readString(log, StandardCharsets.UTF_8);

        assertEquals(0, process.exitValue(), printed);
        assertTrue(printed.contains("Converged after"), printed);
        assertTrue(printed.contains("training accuracy 0.78"), printed);
        assertTrue(printed.contains("loaded back (same predictions)"), printed);
        assertTrue(Files.isDirectory(output.resolve("pipeline").resolve("stages")), "the pipeline model was saved");
    }
}
