package org.knime.core.node.config;

import java.util.Iterator;

import javax.swing.tree.TreeNode;

import org.knime.core.node.config.base.ConfigBaseRO;

/** Shim of KNIME's {@code org.knime.core.node.config.ConfigRO}; the typed getters are declared on ConfigBaseRO. */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {

    @Override
    public Iterator<String> iterator();
}
