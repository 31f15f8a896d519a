package org.knime.core.node.util.filter.column;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration;

/** Shim of KNIME's {@code org.knime.core.node.util.filter.column.DataColumnSpecFilterConfiguration}. */
public final class DataColumnSpecFilterConfiguration extends NameFilterConfiguration {

    /** Filter-enable mask bit of the type selection filter; KNIME's value {@code 1 << 5}. */
    public static final int FILTER_BY_DATATYPE = 1 << 5;

    /**
     * @param configRootName the key the configuration is stored under
     * @param filter the columns offered at all (null for every column)
     * @param filterEnableMask the filter modes offered besides manual selection ({@link #FILTER_BY_NAMEPATTERN},
     *            {@link #FILTER_BY_DATATYPE}, or-ed)
     */
    public DataColumnSpecFilterConfiguration(final String configRootName, final InputFilter<DataColumnSpec> filter,
        final int filterEnableMask) {
        super(configRootName);
    }

    /**
     * Loads the configuration for a dialog, without exceptions (defaults where settings are missing).
     *
     * @param settings settings holding the configuration under its root key
     * @param spec the input table's spec
     */
    public void loadConfigurationInDialog(final NodeSettingsRO settings, final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * @param spec the input table's spec
     * @return the included and excluded columns
     */
    public FilterResult applyTo(final DataTableSpec spec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
