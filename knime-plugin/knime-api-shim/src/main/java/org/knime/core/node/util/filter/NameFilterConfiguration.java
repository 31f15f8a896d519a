package org.knime.core.node.util.filter;

import java.util.List;

/** Shim of KNIME's {@code org.knime.core.node.util.filter.NameFilterConfiguration} (only FilterResult is used). */
public class NameFilterConfiguration implements Cloneable {

    /** @param configRootName the settings key */
    public NameFilterConfiguration(final String configRootName) {
    }

    /** Shim of KNIME's {@code NameFilterConfiguration.FilterResult}. */
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

        /** @return the included names, in input order */
        public String[] getIncludes() {
            throw new UnsupportedOperationException("KNIME API shim: compile only");
        }
    }
}
