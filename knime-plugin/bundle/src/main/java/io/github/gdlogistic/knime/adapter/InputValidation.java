package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks settings against the input table's columns and says what is wrong in words a user understands, naming
 * the column. Columns are described as name to kind; a kind of {@code null} means the column exists but is neither
 * numeric nor nominal.
 */
public final class InputValidation {

    private InputValidation() {
    }

    /**
     * @param target the selected target column, may be null or empty
     * @param inputColumns the input table's columns in order, name to kind (null kind: unusable type)
     * @throws IllegalArgumentException when no target is selected, it is missing or not nominal
     */
    public static void checkTarget(String target, Map<String, ColumnKind> inputColumns) {
        if (target == null || target.isEmpty()) {
            throw new IllegalArgumentException("No target column selected; choose the nominal column to predict");
        }
        if (!inputColumns.containsKey(target)) {
            throw new IllegalArgumentException("Target column '" + target + "' is not in the input table");
        }
        if (inputColumns.get(target) != ColumnKind.NOMINAL) {
            throw new IllegalArgumentException("Target column '" + target
                    + "' is not nominal; the target must be a string (nominal) column");
        }
    }

    /**
     * @param included the feature columns the filter includes, in input order
     * @param target the target column (dropped from the features if included)
     * @param inputColumns the input table's columns, name to kind
     * @return the feature columns with their kinds
     * @throws IllegalArgumentException when no usable feature is left, or a feature has an unusable type
     */
    public static List<FeatureColumn> featureColumns(List<String> included, String target,
            Map<String, ColumnKind> inputColumns) {
        List<FeatureColumn> features = new ArrayList<>();
        for (String name : DialogRules.featureCandidates(included, target)) {
            if (!inputColumns.containsKey(name)) {
                throw new IllegalArgumentException("Feature column '" + name + "' is not in the input table");
            }
            ColumnKind kind = inputColumns.get(name);
            if (kind == null) {
                throw new IllegalArgumentException("Feature column '" + name
                        + "' is neither numeric nor nominal; exclude it from the feature columns");
            }
            features.add(new FeatureColumn(name, kind));
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException(
                    "No feature columns selected (besides the target '" + target + "'); include at least one");
        }
        return features;
    }

    /**
     * Checks that a prediction input has every column the model was trained on, with a compatible kind.
     *
     * @param required the model's feature columns
     * @param inputColumns the prediction input's columns, name to kind
     * @throws IllegalArgumentException naming the first missing or incompatible column
     */
    public static void checkPredictionInput(List<FeatureColumn> required, Map<String, ColumnKind> inputColumns) {
        for (FeatureColumn column : required) {
            if (!inputColumns.containsKey(column.name())) {
                throw new IllegalArgumentException("Column '" + column.name()
                        + "' used by the model is not in the input table");
            }
            ColumnKind kind = inputColumns.get(column.name());
            if (kind != column.kind()) {
                throw new IllegalArgumentException("Column '" + column.name() + "' must be "
                        + column.kind().storedName() + " as in training, but is "
                        + (kind == null ? "neither numeric nor nominal" : kind.storedName()));
            }
        }
    }
}
