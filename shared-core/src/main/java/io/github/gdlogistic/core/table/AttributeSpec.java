package io.github.gdlogistic.core.table;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One input attribute as the host sees it: a numeric column, or a nominal column with its list of values. */
public final class AttributeSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> values;

    private AttributeSpec(String name, List<String> values) {
        if (name == null) {
            throw new IllegalArgumentException("Attribute name must be given, but was null");
        }
        this.name = name;
        this.values = values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * @param name attribute name
     * @return a numeric attribute
     */
    public static AttributeSpec numeric(String name) {
        return new AttributeSpec(name, null);
    }

    /**
     * @param name attribute name
     * @param values the nominal values, in the order the host indexes them
     * @return a nominal attribute
     */
    public static AttributeSpec nominal(String name, List<String> values) {
        if (values == null) {
            throw new IllegalArgumentException("Nominal attribute '" + name + "' needs a value list, but got null");
        }
        return new AttributeSpec(name, values);
    }

    /** @return the attribute name */
    public String name() {
        return name;
    }

    /** @return whether the attribute is nominal */
    public boolean isNominal() {
        return values != null;
    }

    /** @return the nominal values (empty for numeric attributes) */
    public List<String> values() {
        return values == null ? Collections.emptyList() : values;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AttributeSpec)) {
            return false;
        }
        AttributeSpec that = (AttributeSpec) other;
        return name.equals(that.name) && java.util.Objects.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, values);
    }

    @Override
    public String toString() {
        return isNominal() ? name + " " + values : name + " (numeric)";
    }
}
