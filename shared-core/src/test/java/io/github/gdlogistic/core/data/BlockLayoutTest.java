package io.github.gdlogistic.core.data;

import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockLayoutTest {

    /** Row-major values whose value tells its place: 1000 * row + feature. */
    private static double[] numbered(int rows, int width) {
        double[] values = new double[rows * width];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < width; j++) {
                values[i * width + j] = 1000 * i + j;
            }
        }
        return values;
    }

    @Test
    void rowsAreStoredInBlocksOfEightFeatureByFeature() {
        // 11 rows x 3: a whole block and a block of three rows padded to eight
        double[] blocked = BlockLayout.fromRowMajor(numbered(11, 3), 11, 3);
        assertEquals(16 * 3, blocked.length, "padded to two whole blocks");
        assertEquals(48, BlockLayout.length(11, 3));
        assertEquals(16, BlockLayout.paddedRows(9));
        assertEquals(8, BlockLayout.paddedRows(8));
        assertEquals(0, BlockLayout.paddedRows(0));
        // first block: feature 0 of rows 0..7, then feature 1 of rows 0..7, ...
        assertEquals(0, blocked[0]);
        assertEquals(7000, blocked[7]);
        assertEquals(1, blocked[8]);
        assertEquals(7002, blocked[23]);
        // second block starts at 8 rows * 3 features
        assertEquals(8000, blocked[24]);
        assertEquals(10000, blocked[26]);
        assertEquals(0, blocked[27], "padding rows are zero");
        assertEquals(9001, blocked[24 + 8 + 1]);
        assertEquals(BlockLayout.index(9, 1, 3), 24 + 8 + 1);
        assertEquals(BlockLayout.rowStart(10, 3), 26);
        assertArrayEquals(numbered(11, 3), BlockLayout.toRowMajor(blocked, 11, 3), 0.0, "round trip");
    }

    @Test
    void datasetsReadRowsAndValuesFromTheBlocks() {
        Dataset data = Dataset.fromRowMajor(numbered(13, 5), 13, 5, new int[13], null, 2);
        assertEquals(BlockLayout.length(13, 5), data.valuesUnsafe().length);
        assertEquals(12003, data.value(12, 3));
        assertArrayEquals(new double[] {9000, 9001, 9002, 9003, 9004}, data.row(9), 0.0);
        Dataset subset = data.subset(new int[] {12, 0, 9});
        assertArrayEquals(new double[] {12000, 12001, 12002, 12003, 12004}, subset.row(0), 0.0);
        assertArrayEquals(new double[] {9000, 9001, 9002, 9003, 9004}, subset.row(2), 0.0);
        Dataset copied = Dataset.of(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {0, 1, 0}, 2);
        assertEquals(4, copied.value(1, 1));
        assertArrayEquals(new double[] {5, 6}, copied.row(2), 0.0);
    }

    @Test
    void datasetsNameANonFiniteValueByRowAndFeature() {
        double[] values = numbered(10, 4);
        values[9 * 4 + 2] = Double.NaN;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Dataset.fromRowMajor(values, 10, 4, new int[10], null, 2));
        assertTrue(error.getMessage().contains("Feature 2 of row 9 is NaN"), error.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new double[40], 10, 4, new int[10], null, 2));
        assertTrue(length.getMessage().contains("Expected 64 values for 10 rows x 4 features (in blocks of 8 rows)"),
                length.getMessage());
    }

    @Test
    void tablesGrowingBlockByBlockKeepEveryRow() {
        List<AttributeSpec> attributes = List.of(AttributeSpec.numeric("a"), AttributeSpec.numeric("b"),
                AttributeSpec.numeric("c"));
        RawTable.Builder builder = RawTable.builder(attributes, List.of("no", "yes"), 3);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            double[] raw = {i, -i, 0.5 * i};
            rows.add(raw);
            builder.addRow(raw, i % 2, 1.0);
        }
        RawTable table = builder.build();
        double[] copy = new double[3];
        for (int i = 0; i < 45; i++) {
            table.copyRow(i, copy, 0);
            assertArrayEquals(rows.get(i), copy, 0.0, "row " + i);
            assertEquals(-i, table.value(i, 1));
        }
    }
}
