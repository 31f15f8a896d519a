package io.github.gdlogistic.core.data;

/**
 * Where a table's values live in its array: the rows in blocks of {@link #BLOCK_ROWS}, each block stored column by
 * column ({@link #BLOCK_ROWS} values of column 0, then of column 1, ...), the last block padded with zero rows. Value
 * {@code j} of row {@code i} is at {@link #index}{@code (i, j, width)}; a row's values are {@link #BLOCK_ROWS} apart.
 *
 * <p>Why not row by row: the objective computes eight rows' scores at once, one vector of eight values per column
 * multiplied by one coefficient, with no sums across a vector's lanes, and adds each column's eight products to the
 * gradient the same way. Row by row, every score ended in a sum across lanes, which for narrow rows (20 features)
 * set the pace rather than memory. The price: a row read on its own touches one cache line per value, so rows in
 * shuffled order (mini-batches) are copied into blocks of their own, reading more memory than row by row on data
 * larger than the caches. The measurements of both layouts are in {@code docs/performance.md}.
 */
public final class BlockLayout {

    /** Rows per block. */
    public static final int BLOCK_ROWS = 8;

    /** The longest array the JVM reliably allocates. */
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private BlockLayout() {
    }

    /**
     * @param rows number of rows, &gt;= 0
     * @return the rows rounded up to whole blocks
     */
    public static int paddedRows(int rows) {
        return Math.addExact(rows, BLOCK_ROWS - 1) / BLOCK_ROWS * BLOCK_ROWS;
    }

    /**
     * @param rows number of rows
     * @param width values per row
     * @return the array length that holds them
     * @throws IllegalArgumentException naming the sizes when that exceeds what one Java array can hold
     */
    public static int length(int rows, int width) {
        long length = ((long) rows + BLOCK_ROWS - 1) / BLOCK_ROWS * BLOCK_ROWS * width;
        if (rows < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%,d rows x %,d values need %,d values in memory, more than one Java array holds (%,d); "
                            + "expected at most %,d rows of this width: use fewer rows or attributes",
                    rows, width, length, MAX_LENGTH, maxRows(width)));
        }
        return (int) length;
    }

    /**
     * @param width values per row
     * @return the most rows of that width one array can hold, in whole blocks
     */
    public static int maxRows(int width) {
        return width == 0 ? Integer.MAX_VALUE / BLOCK_ROWS * BLOCK_ROWS : MAX_LENGTH / width / BLOCK_ROWS * BLOCK_ROWS;
    }

    /**
     * @param row row index
     * @param column column index
     * @param width values per row
     * @return the position of the value
     */
    public static int index(int row, int column, int width) {
        return rowStart(row, width) + column * BLOCK_ROWS;
    }

    /**
     * @param row row index
     * @param width values per row
     * @return the position of the row's first value; its next values follow {@link #BLOCK_ROWS} apart
     */
    public static int rowStart(int row, int width) {
        return (row - (row & (BLOCK_ROWS - 1))) * width + (row & (BLOCK_ROWS - 1));
    }

    /**
     * Copies one row out of a blocked array.
     *
     * @param values blocked values
     * @param width values per row
     * @param row row index
     * @param out receives the row's values
     * @param offset where in {@code out} to write
     */
    public static void copyRow(double[] values, int width, int row, double[] out, int offset) {
        int at = rowStart(row, width);
        for (int j = 0; j < width; j++) {
            out[offset + j] = values[at + j * BLOCK_ROWS];
        }
    }

    /**
     * Writes one row into a blocked array.
     *
     * @param values blocked values
     * @param width values per row
     * @param row row index
     * @param in the row's values
     * @param offset where in {@code in} they start
     */
    public static void setRow(double[] values, int width, int row, double[] in, int offset) {
        int at = rowStart(row, width);
        for (int j = 0; j < width; j++) {
            values[at + j * BLOCK_ROWS] = in[offset + j];
        }
    }

    /**
     * Copies one row from one blocked array to a row of another.
     *
     * @param values blocked values to read
     * @param width values per row (of both arrays)
     * @param row the row to read
     * @param target blocked values to write
     * @param targetRow the row to write
     */
    public static void copyBlockedRow(double[] values, int width, int row, double[] target, int targetRow) {
        int from = rowStart(row, width);
        int to = rowStart(targetRow, width);
        for (int j = 0; j < width; j++) {
            target[to + j * BLOCK_ROWS] = values[from + j * BLOCK_ROWS];
        }
    }

    /**
     * @param rowMajor {@code rows * width} values, row by row
     * @param rows number of rows
     * @param width values per row
     * @return the same values in a new blocked array
     */
    public static double[] fromRowMajor(double[] rowMajor, int rows, int width) {
        double[] values = new double[length(rows, width)];
        for (int i = 0; i < rows; i++) {
            setRow(values, width, i, rowMajor, i * width);
        }
        return values;
    }

    /**
     * @param values blocked values
     * @param rows number of rows
     * @param width values per row
     * @return the rows in a new row-major array
     */
    public static double[] toRowMajor(double[] values, int rows, int width) {
        double[] rowMajor = new double[Math.multiplyExact(rows, width)];
        for (int i = 0; i < rows; i++) {
            copyRow(values, width, i, rowMajor, i * width);
        }
        return rowMajor;
    }
}
