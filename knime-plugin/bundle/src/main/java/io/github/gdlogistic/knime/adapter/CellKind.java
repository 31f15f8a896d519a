package io.github.gdlogistic.knime.adapter;

/** The cell type of an output column; the node maps it to KNIME's cell types. */
public enum CellKind {
    /** A string cell; values are {@link String}. */
    STRING,
    /** A double cell; values are {@link Double}. */
    DOUBLE,
    /** An integer cell; values are {@link Integer}. */
    INTEGER
}
