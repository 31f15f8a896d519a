package org.knime.core.node.util.filter;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Shim of KNIME's {@code org.knime.core.node.util.filter.NameFilterConfiguration}. */
public class NameFilterConfiguration implements Cloneable {

    /** Filter-enable mask bit of the name pattern (wildcard / regex) filter; KNIME's value {@code 1 << 0}. */
    public static final int FILTER_BY_NAMEPATTERN = 1 << 0;

    /** @param configRootName the key the configuration is stored under */
    public NameFilterConfiguration(final String configRootName) {
    }

    /**
     * Final in KNIME.
     *
     * @param settings settings holding the configuration under its root key
     * @throws InvalidSettingsException when it is missing or inconsistent
     */
    public final void loadConfigurationInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /**
     * Final in KNIME.
     *
     * @param settings settings to add the configuration to, under its root key
     */
    public final void saveConfiguration(final NodeSettingsWO settings) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** The included and excluded names. */
    public static class FilterResult {

        /**
         * @param incls included names
         * @param excls excluded names
         * @param removedFromIncludes included names no longer available
         * @param removedFromExcludes excluded names no longer available
         */
        public FilterResult(final List<String> incls, final List<String> excls, final List<String> removedFromIncludes,
            final List<String> removedFromExcludes) {
        }

        /** @return the included names */
        public String[] getIncludes() {
            throw new UnsupportedOperationException("KNIME API shim: compile only");
        }
    }
}
