package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving, loading, old model files and damaged files. */
class ModelFilesTest {

    @Test
    void roundTripKeepsEverything(@TempDir Path directory) throws IOException {
        RawTable wine = Arff.table("wine.arff");
        TabularModel model = TabularTrainer.fit(wine, TrainingConfig.builder().lambda(0.01).build());
        Path file = directory.resolve("wine.model");
        ModelFiles.save(model, file);
        assertTrue(ModelFiles.isModelFile(file));
        TabularModel loaded = ModelFiles.load(file);
        assertEquals(model.summary().replaceAll("time: \\d+ ms", ""), loaded.summary().replaceAll("time: \\d+ ms", ""));
        double[] raw = new double[wine.attributes().size()];
        for (int a = 0; a < raw.length; a++) {
            raw[a] = wine.value(7, a);
        }
        assertArrayEquals(model.probabilities(raw), loaded.probabilities(raw), 0.0);
        assertEquals(model.report().lossHistory().size(), loaded.report().lossHistory().size());
        try (var listing = Files.list(directory)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    @Test
    void modelSavedByVersion100StillLoadsAndPredictsTheSame() throws IOException {
        TabularModel old;
        try (InputStream in = getClass().getResourceAsStream("/models/house-votes-v1.0.0.model")) {
            old = ModelFiles.read(in, "house-votes-v1.0.0.model");
        }
        Properties expected = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/models/house-votes-v1.0.0.expected")) {
            expected.load(in);
        }
        RawTable votes = Arff.table("house-votes-84.arff");
        double[] raw = new double[votes.attributes().size()];
        for (int i = 0; i < 5; i++) {
            for (int a = 0; a < raw.length; a++) {
                raw[a] = votes.value(i, a);
            }
            assertEquals(Double.parseDouble(expected.getProperty("row" + i)), old.probabilities(raw)[1], 1e-12);
        }
        assertEquals(Double.parseDouble(expected.getProperty("threshold")), old.threshold(), 0.0);
        assertTrue(old.thresholdCurve().isPresent());
        // the curve's metric field now has the type of the metrics package's interface; 1.0 files hold the enum
        assertTrue(old.thresholdCurve().get().metric() instanceof io.github.gdlogistic.core.ThresholdMetric);
        assertTrue(old.summary().contains("(tuned to maximize " + old.thresholdCurve().get().metric().optionName()),
                old.summary());
    }

    @Test
    void damagedFilesGiveAClearErrorAndStayUntouched(@TempDir Path directory) throws IOException {
        byte[] good;
        try (InputStream in = getClass().getResourceAsStream("/models/house-votes-v1.0.0.model")) {
            good = in.readAllBytes();
        }
        Path truncated = directory.resolve("truncated.model");
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        IOException e = assertThrows(IOException.class, () -> ModelFiles.load(truncated));
        assertTrue(e.getMessage().contains("truncated.model") && e.getMessage().contains("not a readable"),
                e.getMessage());
        assertArrayEquals(Arrays.copyOf(good, good.length / 2), Files.readAllBytes(truncated),
                "a failed load must not modify the file");

        assertTrue(ModelFiles.isModelFile(truncated), "a truncated model file still starts like one");
        Path text = directory.resolve("notes.model");
        Files.writeString(text, "this is not a model");
        assertFalse(ModelFiles.isModelFile(text));
        assertFalse(ModelFiles.isModelFile(directory.resolve("missing.model")));
        IOException textError = assertThrows(IOException.class, () -> ModelFiles.load(text));
        assertTrue(textError.getMessage().contains("notes.model"), textError.getMessage());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject("a string, not a model");
        }
        IOException foreign = assertThrows(IOException.class,
                () -> ModelFiles.read(new ByteArrayInputStream(bytes.toByteArray()), "foreign"));
        assertTrue(foreign.getMessage().contains("java.lang.String"), foreign.getMessage());

        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(other)) {
            out.writeObject(new java.io.File("/etc/passwd"));
        }
        IOException rejected = assertThrows(IOException.class,
                () -> ModelFiles.read(new ByteArrayInputStream(other.toByteArray()), "gadget"));
        assertTrue(rejected.getMessage().contains("gadget"), rejected.getMessage());
    }
}
