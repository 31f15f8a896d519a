package org.knime.core.node.util.filter;

import javax.swing.JPanel;

/**
 * Shim of KNIME's {@code org.knime.core.node.util.filter.NameFilterPanel}: the include/exclude panel.
 *
 * @param <T> the filtered items' type
 */
@SuppressWarnings("serial")
public abstract class NameFilterPanel<T> extends JPanel {

    /** For subclasses. */
    protected NameFilterPanel() {
    }

    /**
     * Removes the items from both lists until {@link #resetHiding()}.
     *
     * @param names items to hide
     */
    @SuppressWarnings("unchecked")
    public void hideNames(final T... names) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** Puts the hidden items back (into the exclude list). */
    public void resetHiding() {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }

    /** @param config the configuration to write the panel's state to */
    public void saveConfiguration(final NameFilterConfiguration config) {
        throw new UnsupportedOperationException("KNIME API shim: compile only");
    }
}
