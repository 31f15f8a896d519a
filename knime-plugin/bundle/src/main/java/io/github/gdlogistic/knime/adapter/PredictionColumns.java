package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names of the predictor's appended columns, following KNIME's own predictors: {@code Prediction (<target>)} (or a
 * custom name) and {@code P (<target>=<value>)<suffix>} per class. Names that clash with an input column get a
 * {@code " (#1)"}, {@code " (#2)"}, ... suffix, as KNIME does for duplicate names.
 */
public final class PredictionColumns {

    private PredictionColumns() {
    }

    /**
     * @param target the model's target column
     * @param customName a custom name, or null/empty for the default
     * @return the prediction column name
     */
    public static String predictionName(String target, String customName) {
        if (customName != null && !customName.trim().isEmpty()) {
            return customName.trim();
        }
        return "Prediction (" + target + ")";
    }

    /**
     * @param target the model's target column
     * @param classValue a class value
     * @param suffix the probability column suffix, may be null
     * @return the probability column name
     */
    public static String probabilityName(String target, String classValue, String suffix) {
        return "P (" + target + "=" + classValue + ")" + (suffix == null ? "" : suffix);
    }

    /**
     * @param target the model's target column
     * @param customPredictionName custom prediction column name, or null/empty
     * @param classValues the class values, in model order
     * @param appendProbabilities whether probability columns are appended
     * @param suffix the probability column suffix
     * @param existing the input table's column names
     * @return the new column names, prediction first, then one probability column per class; all unique
     */
    public static List<String> appendedNames(String target, String customPredictionName, List<String> classValues,
            boolean appendProbabilities, String suffix, Collection<String> existing) {
        Set<String> taken = new HashSet<>(existing);
        List<String> names = new ArrayList<>();
        names.add(unique(predictionName(target, customPredictionName), taken));
        if (appendProbabilities) {
            for (String classValue : classValues) {
                names.add(unique(probabilityName(target, classValue, suffix), taken));
            }
        }
        return names;
    }

    /**
     * The predictor's appended column names for a model spec, at configure time as at execute time.
     *
     * @param description the model spec's description
     * @param customPredictionName custom prediction column name, or null/empty
     * @param appendProbabilities whether probability columns are appended
     * @param suffix the probability column suffix
     * @param existing the input table's column names
     * @return the names as {@link #appendedNames(String, String, List, boolean, String, Collection)} gives them, or
     *         empty when probability columns are wanted but the description does not know the classes (a learner
     *         whose target column has no known possible values, before it has run)
     */
    public static Optional<List<String>> appendedNames(ModelDescription description, String customPredictionName,
            boolean appendProbabilities, String suffix, Collection<String> existing) {
        if (appendProbabilities && description.classValues().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(appendedNames(description.target(), customPredictionName, description.classValues(),
                appendProbabilities, suffix, existing));
    }

    private static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int k = 1; taken.contains(name); k++) {
            name = wanted + " (#" + k + ")";
        }
        taken.add(name);
        return name;
    }
}
