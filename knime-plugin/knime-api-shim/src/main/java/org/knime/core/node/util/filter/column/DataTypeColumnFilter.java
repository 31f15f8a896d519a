package org.knime.core.node.util.filter.column;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.util.filter.InputFilter;

/** Shim of KNIME's {@code org.knime.core.node.util.filter.column.DataTypeColumnFilter}: columns of given value types. */
public final class DataTypeColumnFilter extends InputFilter<DataColumnSpec> {

    /** @param filterValueClasses the value classes whose compatible columns are offered */
    @SafeVarargs
    public DataTypeColumnFilter(final Class<? extends DataValue>... filterValueClasses) {
    }

    /** Final in KNIME. */
    @Override
    public final boolean include(final DataColumnSpec cspec) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
