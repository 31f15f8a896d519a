package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The content of an output table in plain Java: column names and kinds, and rows of values ({@code null} for a
 * missing cell). Immutable once built.
 */
public final class TableContent {

    private final List<String> columnNames;
    private final List<CellKind> columnKinds;
    private final List<Object[]> rows = new ArrayList<>();

    /**
     * @param columnNames the column names
     * @param columnKinds the column kinds, one per name
     */
    public TableContent(List<String> columnNames, List<CellKind> columnKinds) {
        if (columnNames.size() != columnKinds.size()) {
            throw new IllegalArgumentException("Need one kind per column name");
        }
        this.columnNames = List.copyOf(columnNames);
        this.columnKinds = List.copyOf(columnKinds);
    }

    /**
     * @param values one value per column, null for a missing cell
     * @return this
     */
    TableContent add(Object... values) {
        if (values.length != columnNames.size()) {
            throw new IllegalArgumentException("Row has " + values.length + " values for " + columnNames.size()
                    + " columns");
        }
        rows.add(values.clone());
        return this;
    }

    /** @return the column names */
    public List<String> columnNames() {
        return columnNames;
    }

    /** @return the column kinds */
    public List<CellKind> columnKinds() {
        return columnKinds;
    }

    /** @return the rows; each array holds one value per column, null for missing */
    public List<Object[]> rows() {
        return Collections.unmodifiableList(rows);
    }
}
