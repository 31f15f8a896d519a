package io.github.gdlogistic.knime.adapter;

import java.util.Locale;

/** How the adapter reads a KNIME column: as numbers or as nominal (categorical) values. */
public enum ColumnKind {
    /** A numeric column (KNIME's DoubleValue: double, integer, long, boolean cells); used as it is. */
    NUMERIC,
    /** A nominal column (KNIME's NominalValue, e.g. string cells); dummy coded by the core. */
    NOMINAL;

    /** @return the lower-case name stored in the model port spec */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param storedName a name written by {@link #storedName()}
     * @return the kind
     * @throws IllegalArgumentException when the name is unknown
     */
    public static ColumnKind fromStoredName(String storedName) {
        for (ColumnKind kind : values()) {
            if (kind.storedName().equals(storedName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown column kind '" + storedName + "'; expected numeric or nominal");
    }
}
