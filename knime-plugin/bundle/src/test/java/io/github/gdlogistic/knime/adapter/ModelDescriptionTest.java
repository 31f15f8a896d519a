package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ModelDescriptionTest {

    @Test
    void storedArraysRoundTrip() {
        ModelDescription description = new ModelDescription("class",
                List.of(new FeatureColumn("age", ColumnKind.NUMERIC), new FeatureColumn("color", ColumnKind.NOMINAL)),
                List.of("no", "yes"));
        ModelDescription restored = ModelDescription.fromStored(description.target(), description.featureNames(),
                description.featureKinds(), description.classValues().toArray(new String[0]));
        assertEquals(description, restored);
    }

    @Test
    void damagedArraysAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ModelDescription.fromStored("t", new String[] {"a"}, new String[0], new String[0]));
        assertThrows(IllegalArgumentException.class,
                () -> ModelDescription.fromStored("t", new String[] {"a"}, new String[] {"text"}, new String[0]));
    }

    @Test
    void missingStoredValuesAreRejectedAsDamaged() {
        String[] one = {"a"};
        String[] kinds = {ColumnKind.NUMERIC.storedName()};
        String[] classes = {"no", "yes"};
        for (Runnable load : List.<Runnable>of(() -> ModelDescription.fromStored(null, one, kinds, classes),
                () -> ModelDescription.fromStored("t", null, kinds, classes),
                () -> ModelDescription.fromStored("t", one, null, classes),
                () -> ModelDescription.fromStored("t", one, kinds, null),
                () -> ModelDescription.fromStored("t", one, kinds, new String[] {"no", null}))) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, load::run);
            assertTrue(error.getMessage().contains("damaged"), error.getMessage());
        }
    }
}
