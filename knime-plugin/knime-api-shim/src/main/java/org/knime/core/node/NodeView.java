package org.knime.core.node;

/**
 * Shim of KNIME's {@code org.knime.core.node.NodeView} (referenced only as a return type).
 *
 * @param <T> the node model type
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> implements NodeModelWarningListener {

    /** @param nodeModel the underlying model */
    protected NodeView(final T nodeModel) {
        super(nodeModel);
    }
}
