package io.github.gdlogistic.knime.learner;

import java.util.List;

import org.knime.core.data.DoubleValue;
import org.knime.core.data.NominalValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import io.github.gdlogistic.knime.adapter.LearnerOptions;

/** The learner's KNIME settings models, in one place, and their mapping to plain {@link LearnerOptions}. */
final class LearnerSettings {

    private static final LearnerOptions DEFAULTS = new LearnerOptions();

    final SettingsModelString target = new SettingsModelString("target", "");
    final SettingsModelColumnFilter2 features =
        new SettingsModelColumnFilter2("features", DoubleValue.class, NominalValue.class);
    final SettingsModelString solver = new SettingsModelString("solver", DEFAULTS.solver());
    final SettingsModelDoubleBounded learningRate =
        new SettingsModelDoubleBounded("learningRate", DEFAULTS.learningRate(), Double.MIN_VALUE, Double.MAX_VALUE);
    final SettingsModelIntegerBounded maxIterations =
        new SettingsModelIntegerBounded("maxIterations", DEFAULTS.maxIterations(), 1, Integer.MAX_VALUE);
    final SettingsModelDoubleBounded tolerance =
        new SettingsModelDoubleBounded("tolerance", DEFAULTS.tolerance(), 0, Double.MAX_VALUE);
    final SettingsModelDoubleBounded lambda =
        new SettingsModelDoubleBounded("lambda", DEFAULTS.lambda(), 0, Double.MAX_VALUE);
    final SettingsModelDoubleBounded alpha = new SettingsModelDoubleBounded("alpha", DEFAULTS.alpha(), 0, 1);
    final SettingsModelIntegerBounded batchSize =
        new SettingsModelIntegerBounded("batchSize", DEFAULTS.batchSize(), 1, Integer.MAX_VALUE);
    final SettingsModelBoolean fitIntercept = new SettingsModelBoolean("fitIntercept", DEFAULTS.fitIntercept());
    final SettingsModelBoolean standardize = new SettingsModelBoolean("standardize", DEFAULTS.standardize());
    final SettingsModelString classWeighting = new SettingsModelString("classWeighting", DEFAULTS.classWeighting());
    final SettingsModelIntegerBounded seed =
        new SettingsModelIntegerBounded("seed", DEFAULTS.seed(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    final SettingsModelDoubleBounded threshold =
        new SettingsModelDoubleBounded("threshold", DEFAULTS.threshold(), 0, 1);
    final SettingsModelString thresholdMetric =
        new SettingsModelString("thresholdMetric", DEFAULTS.thresholdMetric());

    private List<SettingsModel> all() {
        return List.of(target, features, solver, learningRate, maxIterations, tolerance, lambda, alpha, batchSize,
            fitIntercept, standardize, classWeighting, seed, threshold, thresholdMetric);
    }

    /** @return the training options these settings hold */
    LearnerOptions toOptions() {
        return new LearnerOptions().solver(solver.getStringValue()).learningRate(learningRate.getDoubleValue())
            .maxIterations(maxIterations.getIntValue()).tolerance(tolerance.getDoubleValue())
            .lambda(lambda.getDoubleValue()).alpha(alpha.getDoubleValue()).batchSize(batchSize.getIntValue())
            .fitIntercept(fitIntercept.getBooleanValue()).standardize(standardize.getBooleanValue())
            .classWeighting(classWeighting.getStringValue()).seed(seed.getIntValue())
            .threshold(threshold.getDoubleValue()).thresholdMetric(thresholdMetric.getStringValue());
    }

    void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : all()) {
            model.saveSettingsTo(settings);
        }
    }

    void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : all()) {
            model.loadSettingsFrom(settings);
        }
    }

    /**
     * Loads the settings into a fresh instance and checks the option values with the core's validation.
     *
     * @param settings settings to check
     * @throws InvalidSettingsException naming the bad value
     */
    static void validate(final NodeSettingsRO settings) throws InvalidSettingsException {
        LearnerSettings candidate = new LearnerSettings();
        for (SettingsModel model : candidate.all()) {
            model.validateSettings(settings);
        }
        candidate.loadSettingsFrom(settings);
        try {
            candidate.toOptions().toTrainingConfig();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
