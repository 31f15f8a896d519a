package io.github.gdlogistic.knime.learner;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import io.github.gdlogistic.core.TrainingCancelledException;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;
import io.github.gdlogistic.knime.adapter.ColumnKind;
import io.github.gdlogistic.knime.adapter.FeatureColumn;
import io.github.gdlogistic.knime.adapter.InputValidation;
import io.github.gdlogistic.knime.adapter.ModelDescription;
import io.github.gdlogistic.knime.adapter.OutputTables;
import io.github.gdlogistic.knime.adapter.PmmlOutput;
import io.github.gdlogistic.knime.adapter.TrainingProgress;
import io.github.gdlogistic.knime.adapter.TrainingTableBuilder;
import io.github.gdlogistic.knime.adapter.TrainingWarnings;
import io.github.gdlogistic.knime.common.KnimeTables;
import io.github.gdlogistic.knime.port.GdLogisticModelPortObject;
import io.github.gdlogistic.knime.port.GdLogisticModelPortObjectSpec;

/**
 * Learner node: reads the input rows into the core's raw table, trains with the core and outputs the model, the
 * coefficients table, the training table and the model as PMML text (appended last, see {@link PmmlOutput}).
 * Progress and cancellation go through the core's listener.
 */
public final class GdLogisticLearnerNodeModel extends NodeModel {

    /** Share of the progress bar used for reading the input table. */
    private static final double READ_PROGRESS = 0.1;

    private final LearnerSettings settings = new LearnerSettings();

    /** Creates the node model: one table in; model, coefficients, training table and PMML table out. */
    public GdLogisticLearnerNodeModel() {
        super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {GdLogisticModelPortObject.TYPE,
            BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec)inSpecs[0];
        List<FeatureColumn> features = checkedFeatures(spec);
        check(() -> settings.toTrainingConfig());
        // the classes, when the target's domain knows them, so that the predictor can announce its columns
        ModelDescription description =
            ModelDescription.beforeTraining(settings.target.getStringValue(), features, classValues(spec));
        return new PortObjectSpec[] {new GdLogisticModelPortObjectSpec(description),
            new DataTableSpec(KnimeTables.columnSpecs(OutputTables.COEFFICIENT_COLUMNS, OutputTables.COEFFICIENT_KINDS)),
            new DataTableSpec(KnimeTables.columnSpecs(OutputTables.TRAINING_COLUMNS, OutputTables.TRAINING_KINDS)),
            new DataTableSpec(KnimeTables.columnSpecs(PmmlOutput.COLUMNS, PmmlOutput.KINDS))};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)inObjects[0];
        DataTableSpec spec = table.getSpec();
        List<FeatureColumn> features = checkedFeatures(spec);
        TrainingConfig config = check(() -> settings.toTrainingConfig());
        String target = settings.target.getStringValue();

        TrainingTableBuilder builder = check(() -> new TrainingTableBuilder(features, classValues(spec)));
        int targetIndex = spec.findColumnIndex(target);
        int[] featureIndices = features.stream().mapToInt(column -> spec.findColumnIndex(column.name())).toArray();
        Object[] values = new Object[featureIndices.length];
        long rowCount = Math.max(1, table.size());
        long rowIndex = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                for (int j = 0; j < featureIndices.length; j++) {
                    values[j] = KnimeTables.value(row.getCell(featureIndices[j]), features.get(j).kind());
                }
                try {
                    builder.addRow(values, (String)KnimeTables.value(row.getCell(targetIndex), ColumnKind.NOMINAL));
                } catch (IllegalArgumentException e) {
                    throw new InvalidSettingsException("Row '" + row.getKey() + "' (row " + rowIndex
                        + " of the input table, counting from 0): " + e.getMessage(), e);
                }
                rowIndex++;
                if (rowIndex % 1000 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(READ_PROGRESS * rowIndex / rowCount, "Reading row " + rowIndex);
                }
            }
        }
        TrainingProgress progress = new TrainingProgress(READ_PROGRESS, exec::setProgress, () -> {
            try {
                exec.checkCanceled();
                return false;
            } catch (CanceledExecutionException e) {
                return true;
            }
        });
        TabularModel model;
        try {
            model = check(() -> TabularTrainer.fit(builder.build(), config, progress));
        } catch (TrainingCancelledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
        PmmlOutput.Result pmml = PmmlOutput.table(model, target);
        Optional<String> warning = TrainingWarnings.warning(model.report(), builder.skippedRows());
        if (pmml.problem().isPresent()) {
            warning = Optional.of(warning.map(text -> text + " ").orElse("") + pmml.problem().get());
        }
        warning.ifPresent(this::setWarningMessage);

        GdLogisticModelPortObjectSpec modelSpec =
            new GdLogisticModelPortObjectSpec(ModelDescription.of(target, model));
        return new PortObject[] {new GdLogisticModelPortObject(modelSpec, model),
            KnimeTables.table(OutputTables.coefficients(model), exec),
            KnimeTables.table(OutputTables.training(model), exec), KnimeTables.table(pmml.table(), exec)};
    }

    /** The target column's possible values from its domain, empty when not known. */
    private List<String> classValues(final DataTableSpec spec) {
        return KnimeTables.possibleValues(spec.getColumnSpec(spec.findColumnIndex(settings.target.getStringValue())));
    }

    private List<FeatureColumn> checkedFeatures(final DataTableSpec spec) throws InvalidSettingsException {
        Map<String, ColumnKind> columns = KnimeTables.columnKinds(spec);
        String target = settings.target.getStringValue();
        check(() -> {
            InputValidation.checkTarget(target, columns);
            return null;
        });
        List<String> included = Arrays.asList(settings.features.applyTo(spec).getIncludes());
        return check(() -> InputValidation.featureColumns(included, target, columns));
    }

    /** A computation whose IllegalArgumentException is a user error. */
    @FunctionalInterface
    private interface Check<T> {
        T get();
    }

    private static <T> T check(final Check<T> computation) throws InvalidSettingsException {
        try {
            return computation.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    @Override
    protected void saveSettingsTo(final NodeSettingsWO settingsOut) {
        settings.saveSettingsTo(settingsOut);
    }

    @Override
    protected void validateSettings(final NodeSettingsRO settingsIn) throws InvalidSettingsException {
        LearnerSettings.validate(settingsIn);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settingsIn) throws InvalidSettingsException {
        settings.loadSettingsFrom(settingsIn);
    }

    @Override
    protected void reset() {
        // the model lives in the output port; nothing is kept here
    }

    @Override
    protected void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }

    @Override
    protected void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // no internals
    }
}
