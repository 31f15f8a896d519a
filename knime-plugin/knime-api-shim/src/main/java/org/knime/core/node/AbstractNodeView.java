package org.knime.core.node;

/**
 * Shim of KNIME's {@code org.knime.core.node.AbstractNodeView} (referenced only as a type).
 *
 * @param <T> the node model type
 */
public abstract class AbstractNodeView<T extends NodeModel> {

    /** @param nodeModel the underlying model */
    protected AbstractNodeView(final T nodeModel) {
    }
}
