package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.TabularModel;

/**
 * What the model port's spec says about a model, known partly before training (target and features) and fully
 * after it (class values): enough for the predictor to check its input and name its columns at configure time.
 * Immutable; stored as string arrays.
 */
public final class ModelDescription {

    private final String target;
    private final List<FeatureColumn> features;
    private final List<String> classValues;

    /**
     * @param target the target column
     * @param features the feature columns
     * @param classValues the class values in model order; empty before training
     */
    public ModelDescription(String target, List<FeatureColumn> features, List<String> classValues) {
        this.target = Objects.requireNonNull(target, "target");
        this.features = List.copyOf(features);
        this.classValues = List.copyOf(classValues);
    }

    /**
     * What the learner can say about its model before training (at configure time).
     *
     * @param target the target column
     * @param features the feature columns
     * @param possibleClassValues the target column's possible values (KNIME's column domain), in any order; empty when
     *        not known
     * @return the description: the classes in model order when known, else none
     */
    public static ModelDescription beforeTraining(String target, List<FeatureColumn> features,
            Collection<String> possibleClassValues) {
        return new ModelDescription(target, features,
                TrainingTableBuilder.classValuesInModelOrder(possibleClassValues));
    }

    /**
     * @param target the target column
     * @param model a fitted model
     * @return its description
     */
    public static ModelDescription of(String target, TabularModel model) {
        List<FeatureColumn> features = new ArrayList<>();
        for (AttributeSpec attribute : model.attributes()) {
            features.add(new FeatureColumn(attribute.name(),
                    attribute.isNominal() ? ColumnKind.NOMINAL : ColumnKind.NUMERIC));
        }
        return new ModelDescription(target, features, model.classValues());
    }

    /** @return the target column */
    public String target() {
        return target;
    }

    /** @return the feature columns */
    public List<FeatureColumn> features() {
        return features;
    }

    /** @return the class values, empty when not yet known */
    public List<String> classValues() {
        return classValues;
    }

    /** @return the feature names, for storage */
    public String[] featureNames() {
        return features.stream().map(FeatureColumn::name).toArray(String[]::new);
    }

    /** @return the feature kinds' stored names, for storage */
    public String[] featureKinds() {
        return features.stream().map(column -> column.kind().storedName()).toArray(String[]::new);
    }

    /**
     * @param target stored target
     * @param featureNames stored feature names
     * @param featureKinds stored feature kinds
     * @param classValues stored class values
     * @return the description
     * @throws IllegalArgumentException when a stored value is missing ({@code null}) or the arrays do not fit
     *         together
     */
    public static ModelDescription fromStored(String target, String[] featureNames, String[] featureKinds,
            String[] classValues) {
        if (target == null || featureNames == null || featureKinds == null || classValues == null) {
            throw new IllegalArgumentException("Stored model spec is damaged: the "
                    + (target == null ? "target column" : featureNames == null ? "feature names"
                            : featureKinds == null ? "feature kinds" : "class values")
                    + " are missing (expected the values the learner node stored); re-run the learner node");
        }
        for (String[] stored : List.of(featureNames, featureKinds, classValues)) {
            if (Arrays.asList(stored).contains(null)) {
                throw new IllegalArgumentException("Stored model spec is damaged: " + Arrays.toString(stored)
                        + " holds a missing entry (expected names); re-run the learner node");
            }
        }
        if (featureNames.length != featureKinds.length) {
            throw new IllegalArgumentException("Stored model spec is damaged: " + featureNames.length
                    + " feature names but " + featureKinds.length + " kinds");
        }
        List<FeatureColumn> features = new ArrayList<>();
        for (int j = 0; j < featureNames.length; j++) {
            features.add(new FeatureColumn(featureNames[j], ColumnKind.fromStoredName(featureKinds[j])));
        }
        return new ModelDescription(target, features, List.of(classValues));
    }

    /** @return one line: target, classes and features */
    public String summary() {
        return "GD logistic regression for '" + target + "'"
                + (classValues.isEmpty() ? "" : ", classes " + classValues) + ", " + features.size() + " feature column"
                + (features.size() == 1 ? "" : "s");
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ModelDescription)) {
            return false;
        }
        ModelDescription that = (ModelDescription) other;
        return target.equals(that.target) && features.equals(that.features) && classValues.equals(that.classValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, features, classValues);
    }

    @Override
    public String toString() {
        return summary();
    }
}
