package org.knime.core.node;

/**
 * Shim of KNIME's {@code org.knime.core.node.NodeFactory}.
 *
 * @param <T> the node model type
 */
public abstract class NodeFactory<T extends NodeModel> {

    /** Creates the factory (KNIME reads the node description here). */
    protected NodeFactory() {
    }

    /** @return a new node model */
    public abstract T createNodeModel();

    /** @return the number of classic node views */
    protected abstract int getNrNodeViews();

    /**
     * @param viewIndex view index
     * @param nodeModel the model
     * @return the view
     */
    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    /** @return whether the node has a dialog */
    protected abstract boolean hasDialog();

    /** @return the dialog */
    protected abstract NodeDialogPane createNodeDialogPane();
}
