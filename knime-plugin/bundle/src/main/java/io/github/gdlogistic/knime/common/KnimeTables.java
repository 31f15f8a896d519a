package io.github.gdlogistic.knime.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomain;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.NominalValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

import io.github.gdlogistic.knime.adapter.CellKind;
import io.github.gdlogistic.knime.adapter.ColumnKind;
import io.github.gdlogistic.knime.adapter.TableContent;

/** Static translations between KNIME types and the adapter's plain values. */
public final class KnimeTables {

    private KnimeTables() {
    }

    /**
     * @param type a KNIME column type
     * @return numeric for DoubleValue-compatible types, nominal for NominalValue-compatible ones, else null
     */
    public static ColumnKind kindOf(DataType type) {
        if (type.isCompatible(DoubleValue.class)) {
            return ColumnKind.NUMERIC;
        }
        if (type.isCompatible(NominalValue.class)) {
            return ColumnKind.NOMINAL;
        }
        return null;
    }

    /**
     * @param spec a table spec
     * @return its columns in order, name to kind (null kind: neither numeric nor nominal)
     */
    public static Map<String, ColumnKind> columnKinds(DataTableSpec spec) {
        Map<String, ColumnKind> kinds = new LinkedHashMap<>();
        for (int i = 0; i < spec.getNumColumns(); i++) {
            DataColumnSpec column = spec.getColumnSpec(i);
            kinds.put(column.getName(), kindOf(column.getType()));
        }
        return kinds;
    }

    /**
     * @param column a column spec
     * @return the column's possible values as strings (as {@link #value} reads nominal cells), in the domain's order;
     *         empty when the domain does not know them
     */
    public static List<String> possibleValues(DataColumnSpec column) {
        DataColumnDomain domain = column.getDomain();
        if (!domain.hasValues()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (DataCell cell : domain.getValues()) {
            if (!cell.isMissing()) {
                values.add(cell.toString());
            }
        }
        return values;
    }

    /**
     * @param cell a cell of a numeric or nominal column
     * @param kind how the column is read
     * @return a Double (numeric), a String (nominal) or null (missing)
     */
    public static Object value(DataCell cell, ColumnKind kind) {
        if (cell.isMissing()) {
            return null;
        }
        return kind == ColumnKind.NUMERIC ? Double.valueOf(((DoubleValue) cell).getDoubleValue()) : cell.toString();
    }

    /**
     * @param kind a plain cell kind
     * @return the KNIME type
     */
    public static DataType typeOf(CellKind kind) {
        switch (kind) {
            case STRING:
                return StringCell.TYPE;
            case INTEGER:
                return IntCell.TYPE;
            default:
                return DoubleCell.TYPE;
        }
    }

    /**
     * @param names column names
     * @param kinds column kinds
     * @return the column specs
     */
    public static DataColumnSpec[] columnSpecs(List<String> names, List<CellKind> kinds) {
        DataColumnSpec[] specs = new DataColumnSpec[names.size()];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = new DataColumnSpecCreator(names.get(i), typeOf(kinds.get(i))).createSpec();
        }
        return specs;
    }

    /**
     * @param kind a plain cell kind
     * @param value a value of that kind, or null
     * @return the KNIME cell
     */
    public static DataCell cell(CellKind kind, Object value) {
        if (value == null) {
            return DataType.getMissingCell();
        }
        switch (kind) {
            case STRING:
                return new StringCell(value.toString());
            case INTEGER:
                return new IntCell(((Number) value).intValue());
            default:
                double number = ((Number) value).doubleValue();
                return Double.isNaN(number) ? DataType.getMissingCell() : new DoubleCell(number);
        }
    }

    /**
     * @param content plain table content
     * @param exec the execution context that creates the table
     * @return the KNIME table
     */
    public static BufferedDataTable table(TableContent content, ExecutionContext exec) {
        List<CellKind> kinds = content.columnKinds();
        BufferedDataContainer container =
                exec.createDataContainer(new DataTableSpec(columnSpecs(content.columnNames(), kinds)));
        long index = 0;
        for (Object[] values : content.rows()) {
            DataCell[] cells = new DataCell[values.length];
            for (int j = 0; j < values.length; j++) {
                cells[j] = cell(kinds.get(j), values[j]);
            }
            container.addRowToTable(new DefaultRow(new RowKey("Row" + index), cells));
            index++;
        }
        container.close();
        return container.getTable();
    }
}
