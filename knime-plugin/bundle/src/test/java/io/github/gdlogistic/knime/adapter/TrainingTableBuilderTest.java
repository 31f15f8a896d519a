package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.table.RawTable;

class TrainingTableBuilderTest {

    private static final List<FeatureColumn> FEATURES = List.of(new FeatureColumn("age", ColumnKind.NUMERIC),
            new FeatureColumn("color", ColumnKind.NOMINAL));

    @Test
    void encodesNumericNominalAndMissingValues() {
        TrainingTableBuilder builder = new TrainingTableBuilder(FEATURES);
        builder.addRow(new Object[] {42.0, "red"}, "yes");
        builder.addRow(new Object[] {null, "blue"}, "no");
        builder.addRow(new Object[] {7.5, null}, "yes");
        RawTable table = builder.build();

        assertEquals(3, table.rows());
        assertEquals(List.of("blue", "red"), table.attributes().get(1).values()); // sorted, not first-seen
        assertEquals(List.of("no", "yes"), table.classValues());
        assertEquals(42.0, table.value(0, 0));
        assertEquals(1.0, table.value(0, 1)); // red
        assertTrue(Double.isNaN(table.value(1, 0)));
        assertEquals(0.0, table.value(1, 1)); // blue
        assertTrue(Double.isNaN(table.value(2, 1)));
        assertEquals(1, table.classIndex(0));
        assertEquals(0, table.classIndex(1));
    }

    @Test
    void rowsWithoutTargetAreSkippedAndCounted() {
        TrainingTableBuilder builder = new TrainingTableBuilder(FEATURES);
        builder.addRow(new Object[] {1.0, "red"}, null);
        builder.addRow(new Object[] {2.0, "red"}, "a");
        assertEquals(1, builder.rows());
        assertEquals(1, builder.skippedRows());
    }

    @Test
    void badValueIsReportedAtItsRowInTheInputTableAfterRowsWithoutTarget() {
        TrainingTableBuilder builder = new TrainingTableBuilder(FEATURES);
        builder.addRow(new Object[] {1.0, "red"}, null); // input row 0: no target, skipped
        builder.addRow(new Object[] {2.0, "blue"}, null); // input row 1: no target, skipped
        builder.addRow(new Object[] {3.0, "red"}, "a"); // input row 2
        builder.addRow(new Object[] {Double.POSITIVE_INFINITY, "blue"}, "b"); // input row 3: the bad value

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(error.getMessage().contains("row 3"), error.getMessage());
        assertTrue(error.getMessage().contains("Infinity"), error.getMessage());
        assertFalse(error.getMessage().contains("row 1"), error.getMessage());
    }

    @Test
    void rowsWithoutTargetKeepTheirPlaceWithoutClassOrValues() {
        TrainingTableBuilder builder = new TrainingTableBuilder(FEATURES);
        builder.addRow(new Object[] {1.0, "green"}, null);
        builder.addRow(new Object[] {2.0, "red"}, "a");
        builder.addRow(new Object[] {3.0, "blue"}, "b");
        RawTable table = builder.build();

        assertEquals(3, table.rows());
        assertEquals(-1, table.classIndex(0));
        assertTrue(Double.isNaN(table.value(0, 0)));
        assertEquals(List.of("blue", "red"), table.attributes().get(1).values()); // "green" was never used
        assertEquals(2.0, table.value(1, 0));
        assertEquals(0, table.classIndex(1));
    }

    @Test
    void explainsEmptyInputs() {
        assertThrows(IllegalArgumentException.class, () -> new TrainingTableBuilder(List.of()));
        TrainingTableBuilder builder = new TrainingTableBuilder(FEATURES);
        builder.addRow(new Object[] {1.0, "red"}, null);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(error.getMessage().contains("no rows with a target value"), error.getMessage());
    }

    @Test
    void encodingDoesNotDependOnRowOrder() {
        TrainingTableBuilder first = new TrainingTableBuilder(FEATURES);
        first.addRow(new Object[] {1.0, "red"}, "b");
        first.addRow(new Object[] {2.0, "blue"}, "a");
        TrainingTableBuilder second = new TrainingTableBuilder(FEATURES);
        second.addRow(new Object[] {2.0, "blue"}, "a");
        second.addRow(new Object[] {1.0, "red"}, "b");
        RawTable a = first.build();
        RawTable b = second.build();
        assertEquals(a.attributes(), b.attributes());
        assertEquals(a.value(0, 1), b.value(1, 1));
        assertEquals(a.classIndex(0), b.classIndex(1));
    }
}
