package org.knime.core.node.util.filter;

/** Shim of KNIME's name filter configuration (only its nested result type is used). */
public class NameFilterConfiguration {

    private NameFilterConfiguration() {
    }

    /** Shim of the result of applying a filter to the current input. */
    public static class FilterResult {

        private FilterResult() {
        }

        /** @return the included names, in input order */
        public String[] getIncludes() {
            throw new UnsupportedOperationException("KNIME API shim: compile only");
        }
    }
}
