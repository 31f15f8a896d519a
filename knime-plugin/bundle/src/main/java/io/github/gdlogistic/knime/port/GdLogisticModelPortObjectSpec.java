package io.github.gdlogistic.knime.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

import io.github.gdlogistic.knime.adapter.ModelDescription;

/**
 * Spec of the model port: target column, feature columns with their kinds, and (after training) the class values.
 */
public final class GdLogisticModelPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Serializer registered at the extension point {@code org.knime.core.PortType}. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<GdLogisticModelPortObjectSpec> {
    }

    private static final String KEY_TARGET = "target";
    private static final String KEY_FEATURE_NAMES = "featureNames";
    private static final String KEY_FEATURE_KINDS = "featureKinds";
    private static final String KEY_CLASS_VALUES = "classValues";

    private ModelDescription description;

    /** No-arg constructor for the framework, which then calls {@link #load}. */
    public GdLogisticModelPortObjectSpec() {
    }

    /** @param description what the model is */
    public GdLogisticModelPortObjectSpec(ModelDescription description) {
        this.description = description;
    }

    /** @return what the model is */
    public ModelDescription description() {
        return description;
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addString(KEY_TARGET, description.target());
        model.addStringArray(KEY_FEATURE_NAMES, description.featureNames());
        model.addStringArray(KEY_FEATURE_KINDS, description.featureKinds());
        model.addStringArray(KEY_CLASS_VALUES, description.classValues().toArray(new String[0]));
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        try {
            description = ModelDescription.fromStored(model.getString(KEY_TARGET),
                    model.getStringArray(KEY_FEATURE_NAMES), model.getStringArray(KEY_FEATURE_KINDS),
                    model.getStringArray(KEY_CLASS_VALUES));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    /** @return the class values, empty before training */
    public List<String> classValues() {
        return description.classValues();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GdLogisticModelPortObjectSpec
                && java.util.Objects.equals(((GdLogisticModelPortObjectSpec) other).description, description);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(description);
    }

    @Override
    public String toString() {
        return String.valueOf(description);
    }
}
