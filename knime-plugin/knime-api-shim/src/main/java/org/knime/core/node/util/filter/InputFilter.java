package org.knime.core.node.util.filter;

/**
 * Shim of KNIME's {@code org.knime.core.node.util.filter.InputFilter}: decides which items a filter configuration or
 * panel offers.
 *
 * @param <T> the filtered items' type
 */
public abstract class InputFilter<T> {

    /** For subclasses. */
    public InputFilter() {
    }

    /**
     * @param name an item
     * @return whether it is offered
     */
    public abstract boolean include(T name);
}
