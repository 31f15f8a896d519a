package io.github.gdlogistic.knime.learner;

import org.knime.core.data.NominalValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.NamedOption;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;

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
        addDialogComponent(new DialogComponentStringSelection(settings.solver, "Solver",
            NamedOption.optionNames(Solver.class)));
        addDialogComponent(new DialogComponentNumber(settings.learningRate, "Learning rate (not auto)", 0.01));
        addDialogComponent(new DialogComponentNumber(settings.batchSize, "Batch size (sgd, momentum, nesterov, adam)", 1));
        addDialogComponent(new DialogComponentNumber(settings.maxIterations, "Maximum iterations / epochs", 100));
        addDialogComponent(new DialogComponentNumber(settings.tolerance, "Tolerance (relative loss change)", 1e-9));
        addDialogComponent(new DialogComponentNumber(settings.seed, "Random seed", 1));
        closeCurrentGroup();
        createNewGroup("Regularization");
        addDialogComponent(new DialogComponentNumber(settings.lambda, "Lambda (strength, 0 = none)", 0.001));
        addDialogComponent(new DialogComponentNumber(settings.alpha, "Alpha (0 = ridge, 1 = lasso)", 0.1));
        closeCurrentGroup();
        createNewGroup("Model");
        addDialogComponent(new DialogComponentBoolean(settings.fitIntercept, "Fit intercept"));
        addDialogComponent(new DialogComponentBoolean(settings.standardize, "Standardize features internally"));
        addDialogComponent(new DialogComponentStringSelection(settings.classWeighting, "Class weights",
            ClassWeighting.NONE.optionName(), ClassWeighting.BALANCED.optionName()));
        closeCurrentGroup();

        createNewTab("Threshold");
        addDialogComponent(new DialogComponentNumber(settings.threshold, "Decision threshold (binary)", 0.05));
        addDialogComponent(new DialogComponentStringSelection(settings.thresholdMetric, "Tune threshold for",
            NamedOption.optionNames(ThresholdMetric.class)));
    }
}
