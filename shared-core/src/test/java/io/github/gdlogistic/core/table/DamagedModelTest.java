package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model file is validated when it is read, as a model is when it is built: damaged content is refused with a
 * message that names the file and the damage, never loaded to fail later at prediction.
 */
class DamagedModelTest {

    /** A fresh model with nominal and numeric attributes (house votes: nominal; breast cancer: numeric). */
    private static TabularModel votes() {
        return TabularTrainer.fit(Arff.table("house-votes-84.arff"), TrainingConfig.defaults().toBuilder()
                .lambda(0).build());
    }

    private static Object field(Object holder, String name) {
        try {
            Field field = holder.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(holder);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(Object holder, String name, Object value) {
        try {
            Field field = holder.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(holder, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] serialized(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    /** Damages a fresh model in memory, writes it and reads it back: the read must fail naming the damage. */
    private static void assertRefused(String expected, Consumer<TabularModel> damage) throws IOException {
        TabularModel model = votes();
        damage.accept(model);
        byte[] bytes = serialized(model);
        IOException e = assertThrows(IOException.class,
                () -> ModelFiles.read(new ByteArrayInputStream(bytes), "damaged.model"));
        assertTrue(e.getMessage().contains("damaged.model"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void anUndamagedModelReadsBackAndPredictsTheSame() throws IOException {
        TabularModel model = votes();
        TabularModel read = ModelFiles.read(new ByteArrayInputStream(serialized(model)), "good.model");
        double[] raw = new double[model.attributes().size()];
        assertArrayEquals(model.probabilities(raw), read.probabilities(raw), 0.0);
    }

    @Test
    void nonFiniteCoefficientsAreRefused() throws IOException {
        assertRefused("standardized coefficient 3 of vector 0 is NaN",
                m -> ((double[][]) field(m.core(), "standardizedCoefficients"))[0][3] = Double.NaN);
        assertRefused("coefficient 0 of vector 0 is Infinity",
                m -> ((double[][]) field(m.core(), "coefficients"))[0][0] = Double.POSITIVE_INFINITY);
        assertRefused("the intercept of coefficient vector 0 is NaN",
                m -> ((double[]) field(m.core(), "intercepts"))[0] = Double.NaN);
        assertRefused("the intercept of standardized coefficient vector 0 is -Infinity",
                m -> ((double[]) field(m.core(), "standardizedIntercepts"))[0] = Double.NEGATIVE_INFINITY);
        assertRefused("threshold must be in (0, 1), but was 1.5", m -> set(m.core(), "threshold", 1.5));
        assertRefused("the training report is missing", m -> set(m.core(), "report", null));
        assertRefused("expected 1 of each", m -> set(m.core(), "standardizedIntercepts", new double[2]));
    }

    @Test
    void aDamagedConfigurationIsRefused() throws IOException {
        assertRefused("Damaged training configuration: a number is NaN",
                m -> set(field(m.core().config(), "values"), "learningRate", Double.NaN));
        assertRefused("Damaged training configuration: a choice (solver",
                m -> set(field(m.core().config(), "values"), "solver", null));
        assertRefused("custom class weighting without class weights", m -> set(field(m.core().config(), "values"),
                "classWeighting", io.github.gdlogistic.core.ClassWeighting.CUSTOM));
    }

    @Test
    void badFillValuesAreRefused() throws IOException {
        assertRefused("the fill value of attribute 'V1' is 7.5; expected one of its value indices",
                m -> ((double[]) field(m.encoder(), "fillValues"))[0] = 7.5);
        assertRefused("the fill value of attribute 'V1' is NaN",
                m -> ((double[]) field(m.encoder(), "fillValues"))[0] = Double.NaN);
        assertRefused("15 fill values for 16 attributes",
                m -> set(m.encoder(), "fillValues", new double[15]));
    }

    @Test
    void numericFillValuesMustBeFinite() throws IOException {
        TabularModel model = TabularTrainer.fit(Arff.table("diabetes.arff"), TrainingConfig.defaults());
        ((double[]) field(model.encoder(), "fillValues"))[2] = Double.NaN;
        byte[] bytes = serialized(model);
        IOException e = assertThrows(IOException.class,
                () -> ModelFiles.read(new ByteArrayInputStream(bytes), "diabetes.model"));
        assertTrue(e.getMessage().contains("fill value of attribute 'pressure' is NaN; expected a finite number"),
                e.getMessage());
    }

    @Test
    void inconsistentPartsAreRefused() throws IOException {
        assertRefused("1 model classes; expected at least 2", m -> set(m.labels(), "hostOfModel", new int[] {0}));
        assertRefused("model class 1 maps to host class 5",
                m -> set(m.labels(), "hostOfModel", new int[] {0, 5}));
        assertRefused("the class mappings disagree", m -> set(m.labels(), "modelOfHost", new int[] {1, 0}));
        assertRefused("3 standard errors; expected", m -> set(m, "standardErrors", new double[3]));
        assertRefused("the model on encoded features is missing", m -> set(m, "model", null));
        assertRefused("the encoded features do not match the attributes",
                m -> set(m.encoder(), "offsets", new int[18]));
    }

    @Test
    void aSerializedNullIsNotAModel() throws IOException {
        byte[] bytes = serialized(null);
        IOException e = assertThrows(IOException.class,
                () -> ModelFiles.read(new ByteArrayInputStream(bytes), "empty.model"));
        assertTrue(e.getMessage().contains("'empty.model' holds no model"), e.getMessage());
    }

    @Test
    void classesOutsideTheModelAreRejectedWhileReading() throws IOException {
        // a map is an allowed type, a file inside it is not: the filter stops it before any object is built
        HashMap<String, Object> map = new HashMap<>();
        map.put("file", new java.io.File("/tmp"));
        byte[] bytes = serialized(map);
        IOException e = assertThrows(IOException.class,
                () -> ModelFiles.read(new ByteArrayInputStream(bytes), "gadget.model"));
        assertInstanceOf(InvalidClassException.class, e.getCause(), e.getMessage());
        assertTrue(e.getMessage().contains("REJECTED"), e.getMessage());
    }

    @Test
    void buildingAnInconsistentModelFails() {
        TabularModel model = votes();
        TabularModel wine = TabularTrainer.fit(Arff.table("wine.arff"), TrainingConfig.defaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TabularModel(wine.encoder(), model.labels(), model.core(), null));
        assertTrue(e.getMessage().contains("does not match the model"), e.getMessage());
        LogisticModel core = model.core();
        double[][] standardized = core.standardizedCoefficients();
        standardized[0][1] = Double.NaN;
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> new LogisticModel(
                core.numClasses(), core.coefficients(), core.intercepts(), standardized,
                core.standardizedIntercepts(), core.threshold(), null, core.report(), core.config()));
        assertTrue(nan.getMessage().contains("standardized coefficient 1 of vector 0 is NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogisticModel(core.numClasses(), core.coefficients(),
                core.intercepts(), core.standardizedCoefficients(), core.standardizedIntercepts(), 0.5, null,
                null, core.config()));
    }

    @Test
    void savingIntoAMissingFolderOrOntoAFolderSaysSo(@TempDir Path directory) throws IOException {
        TabularModel model = votes();
        Path missing = directory.resolve("no-such-folder").resolve("votes.model");
        IOException e = assertThrows(IOException.class, () -> ModelFiles.save(model, missing));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        Path folder = Files.createDirectory(directory.resolve("models"));
        Files.writeString(folder.resolve("keep.txt"), "user file");
        IOException onFolder = assertThrows(IOException.class, () -> ModelFiles.save(model, folder));
        assertTrue(onFolder.getMessage().contains("it is a folder"), onFolder.getMessage());
        assertEquals("user file", Files.readString(folder.resolve("keep.txt")));
        try (var listing = Files.list(directory)) {
            assertEquals(1, listing.count(), "nothing but the user's folder");
        }
        assertFalse(Files.exists(missing.getParent()));
    }
}
