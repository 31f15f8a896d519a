package io.github.gdlogistic.knime.learner;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the GD Logistic Regression Learner node; its description is the XML file of the same name. */
public final class GdLogisticLearnerNodeFactory extends NodeFactory<GdLogisticLearnerNodeModel> {

    /** Creates the factory. */
    public GdLogisticLearnerNodeFactory() {
        super();
    }

    @Override
    public GdLogisticLearnerNodeModel createNodeModel() {
        return new GdLogisticLearnerNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<GdLogisticLearnerNodeModel> createNodeView(final int viewIndex,
        final GdLogisticLearnerNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("This node has no views; asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new GdLogisticLearnerNodeDialog();
    }
}
