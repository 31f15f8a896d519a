package io.github.gdlogistic.knime.adapter;

import java.util.Objects;

/** A feature column of the training table: its name and how it is read. Immutable. */
public final class FeatureColumn {

    private final String name;
    private final ColumnKind kind;

    /**
     * @param name the column name
     * @param kind numeric or nominal
     */
    public FeatureColumn(String name, ColumnKind kind) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** @return the column name */
    public String name() {
        return name;
    }

    /** @return numeric or nominal */
    public ColumnKind kind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureColumn && ((FeatureColumn) other).name.equals(name)
                && ((FeatureColumn) other).kind == kind;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + kind.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + kind.storedName() + ")";
    }
}
