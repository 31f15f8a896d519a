package org.knime.core.node;

/**
 * Shim of KNIME's classic node view (referenced only as a return type).
 *
 * @param <T> the node model type
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {
}
