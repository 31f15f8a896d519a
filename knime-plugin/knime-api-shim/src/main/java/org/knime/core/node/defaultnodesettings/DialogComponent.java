package org.knime.core.node.defaultnodesettings;

/** Shim of KNIME's dialog component base class (referenced only as a type). */
public abstract class DialogComponent {

    /** Package-private: only the shim's components extend it. */
    DialogComponent() {
    }
}
