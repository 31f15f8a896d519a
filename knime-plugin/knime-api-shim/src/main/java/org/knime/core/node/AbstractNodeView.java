package org.knime.core.node;

/**
 * Shim of KNIME's {@code org.knime.core.node.AbstractNodeView} (referenced only as NodeView's superclass).
 *
 * @param <T> the model the view shows: a {@link NodeModel} or another {@link ViewableModel}
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {

    /**
     * Shim of KNIME's {@code AbstractNodeView.ViewableModel}: what a view can be opened on ({@link NodeModel}
     * implements it). No member is used, so none is declared.
     */
    public interface ViewableModel {
    }

    /** @param viewableModel the underlying model */
    protected AbstractNodeView(final T viewableModel) {
    }

    /**
     * KNIME's second constructor (used by KNIME's own wizard views; not by our nodes).
     *
     * @param viewableModel the underlying model
     * @param flag KNIME's second constructor argument, passed on unchanged
     */
    protected AbstractNodeView(final T viewableModel, final boolean flag) {
    }
}
