package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/** Shim of KNIME's {@code org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2}. */
public final class SettingsModelColumnFilter2 extends SettingsModel {

    /**
     * @param configName settings key
     * @param allowedTypes value classes of the columns offered
     */
    @SafeVarargs
    public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
    }

    /**
     * @param inSpec the current input spec
     * @return the included and excluded columns
     */
    public FilterResult applyTo(final DataTableSpec inSpec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
