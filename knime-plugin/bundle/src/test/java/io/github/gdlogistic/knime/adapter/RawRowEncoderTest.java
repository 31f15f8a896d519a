package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.table.AttributeSpec;

class RawRowEncoderTest {

    private final RawRowEncoder encoder = new RawRowEncoder(
            List.of(AttributeSpec.numeric("age"), AttributeSpec.nominal("color", List.of("blue", "green", "red"))));

    @Test
    void numericAsIsNominalAsIndex() {
        assertArrayEquals(new double[] {3.5, 2.0}, encoder.encode(new Object[] {3.5, "red"}));
        assertArrayEquals(new double[] {-1.0, 0.0}, encoder.encode(new Object[] {-1.0, "blue"}));
    }

    @Test
    void missingAndUnseenValuesBecomeNaN() {
        assertArrayEquals(new double[] {Double.NaN, Double.NaN}, encoder.encode(new Object[] {null, "purple"}));
        assertArrayEquals(new double[] {1.0, Double.NaN}, encoder.encode(new Object[] {1.0, null}));
    }

    @Test
    void rejectsTextInANumericColumn() {
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(new Object[] {"ten", "red"}));
    }
}
