package org.knime.core.node;

/**
 * Shim of KNIME's abstract node view (referenced only as a type).
 *
 * @param <T> the node model type
 */
public abstract class AbstractNodeView<T extends NodeModel> {
}
