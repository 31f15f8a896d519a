package org.knime.core.data;

/** Shim of KNIME's {@code org.knime.core.data.DataRow}. */
public interface DataRow extends Iterable<DataCell> {

    /** @return the number of cells */
    int getNumCells();

    /** @return the row key */
    RowKey getKey();

    /**
     * @param index cell index
     * @return the cell
     */
    DataCell getCell(int index);
}
