package io.github.gdlogistic.knime.predictor;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.knime.adapter.CellKind;
import io.github.gdlogistic.knime.adapter.FeatureColumn;
import io.github.gdlogistic.knime.adapter.InputValidation;
import io.github.gdlogistic.knime.adapter.ModelDescription;
import io.github.gdlogistic.knime.adapter.PredictionColumns;
import io.github.gdlogistic.knime.adapter.PredictionThreshold;
import io.github.gdlogistic.knime.adapter.RawRowEncoder;
import io.github.gdlogistic.knime.common.KnimeTables;
import io.github.gdlogistic.knime.port.GdLogisticModelPortObject;
import io.github.gdlogistic.knime.port.GdLogisticModelPortObjectSpec;

/**
 * Predictor node: appends the predicted class and, optionally, one probability column per class. Feature values
 * are encoded for the core like in training; the core imputes missing values.
 */
public final class GdLogisticPredictorNodeModel extends NodeModel {

    private final PredictorSettings settings = new PredictorSettings();

    /** Creates the node model: model and table in, table with predictions out. */
    public GdLogisticPredictorNodeModel() {
        super(new PortType[] {GdLogisticModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[] {BufferedDataTable.TYPE});
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ModelDescription description = ((GdLogisticModelPortObjectSpec)inSpecs[0]).description();
        DataTableSpec dataSpec = (DataTableSpec)inSpecs[1];
        checkInput(description, dataSpec);
        // null (no spec yet) when probability columns are wanted but the model spec does not know the classes
        return new PortObjectSpec[] {appendedNames(description, dataSpec).map(names -> outputSpec(names, dataSpec))
            .orElse(null)};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        GdLogisticModelPortObject port = (GdLogisticModelPortObject)inObjects[0];
        BufferedDataTable table = (BufferedDataTable)inObjects[1];
        ModelDescription description = port.getSpec().description();
        DataTableSpec dataSpec = table.getSpec();
        checkInput(description, dataSpec);
        TabularModel model = port.model();
        List<FeatureColumn> features = description.features();
        int[] featureIndices = features.stream().mapToInt(f -> dataSpec.findColumnIndex(f.name())).toArray();
        RawRowEncoder encoder = new RawRowEncoder(model.attributes());
        double threshold = PredictionThreshold.of(model, settings.overrideThreshold.getBooleanValue(),
            settings.threshold.getDoubleValue());
        boolean probabilities = settings.appendProbabilities.getBooleanValue();

        List<String> names = appendedNames(description, dataSpec).orElseThrow(() -> new IllegalStateException(
            "The model spec of a trained model has no class values: " + description));
        BufferedDataContainer container = exec.createDataContainer(outputSpec(names, dataSpec));
        Object[] values = new Object[features.size()];
        double[] raw = new double[features.size()];
        long rowCount = Math.max(1, table.size());
        long rowIndex = 0;
        try (CloseableRowIterator rows = table.iterator()) {
            while (rows.hasNext()) {
                DataRow row = rows.next();
                for (int j = 0; j < featureIndices.length; j++) {
                    values[j] = KnimeTables.value(row.getCell(featureIndices[j]), features.get(j).kind());
                }
                encoder.encode(values, raw);
                double[] classProbabilities = model.probabilities(raw);
                int predicted = model.classify(classProbabilities, threshold);
                container.addRowToTable(appended(row, model.classValues().get(predicted),
                    probabilities ? classProbabilities : null));
                rowIndex++;
                if (rowIndex % 1000 == 0) {
                    exec.checkCanceled();
                    exec.setProgress(rowIndex / (double)rowCount, "Predicting row " + rowIndex);
                }
            }
        }
        container.close();
        return new PortObject[] {container.getTable()};
    }

    private static DataRow appended(final DataRow row, final String prediction, final double[] probabilities) {
        int inputCells = row.getNumCells();
        int extra = 1 + (probabilities == null ? 0 : probabilities.length);
        DataCell[] cells = new DataCell[inputCells + extra];
        for (int i = 0; i < inputCells; i++) {
            cells[i] = row.getCell(i);
        }
        cells[inputCells] = KnimeTables.cell(CellKind.STRING, prediction);
        for (int k = 1; k < extra; k++) {
            cells[inputCells + k] = KnimeTables.cell(CellKind.DOUBLE, probabilities[k - 1]);
        }
        return new DefaultRow(row.getKey(), cells);
    }

    private Optional<List<String>> appendedNames(final ModelDescription description, final DataTableSpec dataSpec) {
        return PredictionColumns.appendedNames(description, settings.customNameOrNull(),
            settings.appendProbabilities.getBooleanValue(), settings.probabilitySuffix.getStringValue(),
            KnimeTables.columnKinds(dataSpec).keySet());
    }

    private static DataTableSpec outputSpec(final List<String> names, final DataTableSpec dataSpec) {
        List<CellKind> kinds = new ArrayList<>();
        kinds.add(CellKind.STRING);
        for (int k = 1; k < names.size(); k++) {
            kinds.add(CellKind.DOUBLE);
        }
        DataColumnSpec[] appended = KnimeTables.columnSpecs(names, kinds);
        DataColumnSpec[] all = new DataColumnSpec[dataSpec.getNumColumns() + appended.length];
        for (int i = 0; i < dataSpec.getNumColumns(); i++) {
            all[i] = dataSpec.getColumnSpec(i);
        }
        System.arraycopy(appended, 0, all, dataSpec.getNumColumns(), appended.length);
        return new DataTableSpec(all);
    }

    private static void checkInput(final ModelDescription description, final DataTableSpec dataSpec)
        throws InvalidSettingsException {
        try {
            InputValidation.checkPredictionInput(description.features(), KnimeTables.columnKinds(dataSpec));
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
        PredictorSettings.validate(settingsIn);
    }

    @Override
    protected void loadValidatedSettingsFrom(final NodeSettingsRO settingsIn) throws InvalidSettingsException {
        settings.loadSettingsFrom(settingsIn);
    }

    @Override
    protected void reset() {
        // nothing is kept between executions
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
