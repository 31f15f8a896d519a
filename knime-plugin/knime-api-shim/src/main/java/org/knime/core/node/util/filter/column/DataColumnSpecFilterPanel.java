package org.knime.core.node.util.filter.column;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration;
import org.knime.core.node.util.filter.NameFilterPanel;

/** Shim of KNIME's {@code org.knime.core.node.util.filter.column.DataColumnSpecFilterPanel}. */
@SuppressWarnings("serial")
public class DataColumnSpecFilterPanel extends NameFilterPanel<DataColumnSpec> {

    /** @param filter the columns offered (also the types the type selection offers) */
    public DataColumnSpecFilterPanel(final InputFilter<DataColumnSpec> filter) {
    }

    /**
     * Shows a configuration; the type selection mode is offered when the configuration enables it.
     *
     * @param config the configuration
     * @param spec the input table's spec
     */
    public void loadConfiguration(final DataColumnSpecFilterConfiguration config, final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param config the configuration to write the panel's state to (including the type selection) */
    @Override
    public void saveConfiguration(final NameFilterConfiguration config) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
