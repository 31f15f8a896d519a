package io.github.gdlogistic.knime.predictor;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the GD Logistic Regression Predictor node; its description is the XML file of the same name. */
public final class GdLogisticPredictorNodeFactory extends NodeFactory<GdLogisticPredictorNodeModel> {

    /** Creates the factory. */
    public GdLogisticPredictorNodeFactory() {
        super();
    }

    @Override
    public GdLogisticPredictorNodeModel createNodeModel() {
        return new GdLogisticPredictorNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<GdLogisticPredictorNodeModel> createNodeView(final int viewIndex,
        final GdLogisticPredictorNodeModel nodeModel) {
        throw new IndexOutOfBoundsException("This node has no views; asked for view " + viewIndex);
    }

    @Override
    protected boolean hasDialog() {
        return true;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new GdLogisticPredictorNodeDialog();
    }
}
