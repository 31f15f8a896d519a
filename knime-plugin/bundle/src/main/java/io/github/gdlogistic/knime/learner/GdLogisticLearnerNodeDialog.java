package io.github.gdlogistic.knime.learner;

import org.knime.core.data.NominalValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.NamedOption;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.knime.adapter.TrainingSettings;

/** The learner's dialog: columns on the first tab, training options on the second, threshold on the third. */
final class GdLogisticLearnerNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    GdLogisticLearnerNodeDialog() {
        LearnerSettings settings = new LearnerSettings();
        addDialogComponent(
            new DialogComponentColumnNameSelection(settings.target, "Target column", 0, NominalValue.class));
        addDialogComponent(new DialogComponentColumnFilter2(settings.features, 0));

        createNewTab("Training");
        createNewGroup("Solver");
        addDialogComponent(new DialogComponentStringSelection(text(settings, "solver"), "Solver",
            NamedOption.optionNames(Solver.class)));
        addDialogComponent(new DialogComponentNumber(number(settings, "learningRate"), "Learning rate (not auto)", 0.01));
        addDialogComponent(
            new DialogComponentNumber(number(settings, "batchSize"), "Batch size (sgd, momentum, nesterov, adam)", 1));
        addDialogComponent(new DialogComponentNumber(number(settings, "maxIterations"), "Maximum iterations / epochs",
            100));
        addDialogComponent(
            new DialogComponentNumber(number(settings, "tolerance"), "Tolerance (relative loss change)", 1e-9));
        addDialogComponent(new DialogComponentNumber(number(settings, "seed"), "Random seed", 1));
        closeCurrentGroup();
        createNewGroup("Regularization");
        addDialogComponent(new DialogComponentNumber(number(settings, "lambda"), "Lambda (strength, 0 = none)", 0.001));
        addDialogComponent(new DialogComponentNumber(number(settings, "alpha"), "Alpha (0 = ridge, 1 = lasso)", 0.1));
        closeCurrentGroup();
        createNewGroup("Model");
        addDialogComponent(new DialogComponentBoolean(flag(settings, "fitIntercept"), "Fit intercept"));
        addDialogComponent(
            new DialogComponentBoolean(flag(settings, "standardize"), "Standardize features internally"));
        addDialogComponent(new DialogComponentStringSelection(text(settings, TrainingSettings.CLASS_WEIGHTING),
            "Class weights", NamedOption.optionNames(ClassWeighting.class)));
        addDialogComponent(new DialogComponentString(text(settings, TrainingSettings.CLASS_WEIGHTS),
            "Custom class weights (custom: one per target value, sorted order, e.g. 1,5)"));
        closeCurrentGroup();

        createNewTab("Threshold");
        addDialogComponent(new DialogComponentNumber(number(settings, "threshold"), "Decision threshold (binary)", 0.05));
        addDialogComponent(new DialogComponentStringSelection(text(settings, "thresholdMetric"), "Tune threshold for",
            NamedOption.optionNames(ThresholdMetric.class)));
        addDialogComponent(new DialogComponentString(text(settings, "positiveClass"),
            "Positive class (a target value; empty = the second in sorted order)"));
    }

    private static SettingsModelString text(final LearnerSettings settings, final String key) {
        return (SettingsModelString)settings.model(key);
    }

    private static SettingsModelNumber number(final LearnerSettings settings, final String key) {
        return (SettingsModelNumber)settings.model(key);
    }

    private static SettingsModelBoolean flag(final LearnerSettings settings, final String key) {
        return (SettingsModelBoolean)settings.model(key);
    }
}
