package io.github.gdlogistic.knime.port;

import java.awt.Font;
import java.io.IOException;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.knime.adapter.ModelCodec;
import io.github.gdlogistic.knime.adapter.PmmlOutput;
import io.github.gdlogistic.knime.adapter.TrainingCurvesView;

/**
 * The fitted model travelling from learner to predictor. Saved as the core's model file (Base64 text) plus a
 * format version; its summary and view say what the model is (classes, features, converged or not).
 */
public final class GdLogisticModelPortObject extends AbstractSimplePortObject {

    /** Serializer registered at the extension point {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSerializer<GdLogisticModelPortObject> {
    }

    /** The port type. */
    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(GdLogisticModelPortObject.class);

    private static final String KEY_FORMAT = "formatVersion";
    private static final String KEY_MODEL = "model";

    private GdLogisticModelPortObjectSpec spec;
    private TabularModel model;

    /** No-arg constructor for the framework, which then calls {@link #load}. */
    public GdLogisticModelPortObject() {
    }

    /**
     * @param spec the spec (with class values)
     * @param model the fitted model
     */
    public GdLogisticModelPortObject(GdLogisticModelPortObjectSpec spec, TabularModel model) {
        this.spec = spec;
        this.model = model;
    }

    /** @return the fitted core model */
    public TabularModel model() {
        return model;
    }

    /**
     * The model as a PMML document in the form KNIME's PMML predictor scores ({@link PmmlOutput#document}).
     *
     * @return the PMML document as text
     * @throws IllegalArgumentException when a column name clashes with the target or an output field name of the
     *         document
     */
    public String pmml() {
        return PmmlOutput.document(model, spec.description().target());
    }

    @Override
    public GdLogisticModelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.description().summary() + ", " + (model.report().converged() ? "converged" : "not converged");
    }

    @Override
    public JComponent[] getViews() {
        JTextArea text = new JTextArea(model.summary());
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        JScrollPane view = new JScrollPane(text);
        view.setName("GD Logistic Regression Model");
        return new JComponent[] {view, new TrainingCurvesView(model)};
    }

    @Override
    protected void save(final ModelContentWO content, final ExecutionMonitor exec) throws CanceledExecutionException {
        content.addInt(KEY_FORMAT, ModelCodec.FORMAT_VERSION);
        content.addString(KEY_MODEL, ModelCodec.encode(model));
    }

    @Override
    protected void load(final ModelContentRO content, final PortObjectSpec portSpec, final ExecutionMonitor exec)
        throws InvalidSettingsException, CanceledExecutionException {
        spec = (GdLogisticModelPortObjectSpec) portSpec;
        try {
            model = ModelCodec.decode(content.getString(KEY_MODEL), content.getInt(KEY_FORMAT));
        } catch (IOException e) {
            throw new InvalidSettingsException("Could not read the GD logistic regression model: " + e.getMessage(),
                e);
        }
    }
}
