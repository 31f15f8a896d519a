package org.knime.core.node;

/** Shim of KNIME's node dialog pane (the nodes use its subclass DefaultNodeSettingsPane). */
public abstract class NodeDialogPane {
}
