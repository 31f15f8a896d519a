package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

/**
 * Workflows saved by version 1.0 keep working: the learner's stored settings (settings keys of that version, without
 * the settings added since) give the same training configuration, and a stored model port content (written by that
 * version's learner with those settings) loads and predicts exactly as it did, as does a model retrained from the
 * stored settings.
 */
class SavedWorkflowCompatibilityTest {

    /** Rows 400, 421, ..., 568 of the data: P(benign), P(malignant) as version 1.0's stored model gave them. */
    private static final double[][] EXPECTED = {
        {400, 5.997260281609407E-6, 0.9999940027397184},
        {421, 0.890473099203111, 0.10952690079688894},
        {442, 0.9996091614845538, 3.908385154462321E-4},
        {463, 0.9978545037934172, 0.0021454962065827524},
        {484, 0.9864815065013456, 0.013518493498654397},
        {505, 0.9998443383500596, 1.5566164994042797E-4},
        {526, 0.6723928171657632, 0.32760718283423684},
        {547, 0.9999551914987687, 4.4808501231384376E-5},
        {568, 0.9999021551026327, 9.784489736734411E-5},
    };

    /** How far above the optimum Adam's final objective after 300 epochs may be, as a factor. */
    private static final double NEAR_OPTIMUM = 1.10;

    @Test
    void storedModelPortContentPredictsAsBefore() throws Exception {
        TabularModel model = storedModel();
        assertEquals(List.of("benign", "malignant"), model.classValues());
        assertEquals(0.4, model.threshold());
        assertPredictsAsBefore(model);
    }

    @Test
    void storedSettingsGiveTheSameConfiguration() throws Exception {
        TrainingConfig expected = TrainingConfig.builder().solver(Solver.ADAM).learningRate(0.05).maxIterations(300)
                .lossTolerance(1e-7).lambda(0.001).alpha(0.25).miniBatchSize(16).fitIntercept(true).standardize(true)
                .classWeighting(ClassWeighting.BALANCED).seed(7).threshold(0.4).thresholdMetric(ThresholdMetric.NONE)
                .build();
        assertEquals(expected, configOf(storedSettings()));
        // a setting added since: not stored, so the box is ticked and the statistics are computed, as in 1.0
        assertTrue(!storedSettings().containsKey(TrainingSettings.COEFFICIENT_STATISTICS)
                && configOf(storedSettings()).coefficientStatistics());
        // and the configuration stored inside the model port content (in version 1.0's form) reads as the same
        assertEquals(expected, storedModel().core().config());
    }

    /**
     * The stored settings (Adam, 16-row batches, 300 epochs, seed 7) train a model as good as the stored one. Not the
     * same to the last bit since issue 15 changed the mini-batch order (rows shuffled once, groups drawn in a new
     * order each epoch, instead of all rows reshuffled every epoch): Adam at a fixed rate ends near the optimum at a
     * point that depends on the order. Both models are held against an independent reference, the optimum of the
     * same objective found by the default solver run to a small gradient: final objective at most
     * {@link #NEAR_OPTIMUM} times the optimum's. Measured: stored (version 1.0's order) 1.0175, retrained 1.0590;
     * seeds 1 to 8 with the new order 1.009 to 1.095.
     */
    @Test
    void storedSettingsTrainAModelAsGoodAsTheStoredOne() throws Exception {
        List<String[]> rows = rows();
        TrainingTableBuilder builder = new TrainingTableBuilder(columns());
        for (String[] row : rows.subList(0, 400)) {
            builder.addRow(values(row), row[row.length - 1]);
        }
        TrainingConfig stored = configOf(storedSettings());
        TabularModel retrained = TabularTrainer.fit(builder.build(), stored);
        double optimum = TabularTrainer.fit(builder.build(), stored.toBuilder().solver(Solver.AUTO)
                .maxIterations(10_000).lossTolerance(0).gradientTolerance(1e-9).build()).core().report().finalLoss();
        double storedLoss = storedModel().core().report().finalLoss();
        double retrainedLoss = retrained.core().report().finalLoss();
        assertTrue(storedLoss >= optimum && storedLoss <= NEAR_OPTIMUM * optimum, "stored " + storedLoss
                + " against the optimum " + optimum);
        assertTrue(retrainedLoss >= optimum && retrainedLoss <= NEAR_OPTIMUM * optimum, "retrained " + retrainedLoss
                + " against the optimum " + optimum);
    }

    /**
     * The learner's mapping of stored settings to the core configuration: each stored value read with its setting's
     * type; settings added after version 1.0 are not stored and keep their defaults, as when the node loads them.
     */
    private static TrainingConfig configOf(Map<String, String> stored) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TrainingSettings.Setting setting : TrainingSettings.ALL) {
            String text = stored.get(setting.key());
            if (text == null) {
                assertTrue(setting.addedAfterVersion1(), "version 1.0 stored the setting " + setting.key());
                values.put(setting.key(), setting.defaultValue());
                continue;
            }
            switch (setting.kind()) {
                case REAL:
                    values.put(setting.key(), Double.valueOf(text));
                    break;
                case WHOLE:
                    values.put(setting.key(), Integer.valueOf(text));
                    break;
                case FLAG:
                    values.put(setting.key(), Boolean.valueOf(text));
                    break;
                default:
                    values.put(setting.key(), text);
            }
        }
        return TrainingSettings.toConfig(values);
    }

    private void assertPredictsAsBefore(TabularModel model) throws IOException {
        List<String[]> rows = rows();
        RawRowEncoder encoder = new RawRowEncoder(model.attributes());
        for (double[] expected : EXPECTED) {
            double[] probabilities = model.probabilities(encoder.encode(values(rows.get((int) expected[0]))));
            assertArrayEquals(new double[] {expected[1], expected[2]}, probabilities, 1e-12, "row " + expected[0]);
        }
    }

    private TabularModel storedModel() throws IOException {
        String[] lines = resource("/compatibility/learner-model-port-v1.txt").split("\n");
        return ModelCodec.decode(lines[1].trim(), Integer.parseInt(lines[0].trim()));
    }

    /** The entries of the stored settings' "model" part, key to value, as KNIME's settings.xml holds them. */
    private Map<String, String> storedSettings() throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/compatibility/learner-settings-v1.xml")) {
            NodeList entries = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("entry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                settings.put(entry.getAttribute("key"), entry.getAttribute("value"));
            }
        }
        return settings;
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/breast-cancer-wisconsin-diagnostic.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }

    private List<FeatureColumn> columns() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/breast-cancer-wisconsin-diagnostic.csv"), StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",");
            List<FeatureColumn> columns = new ArrayList<>();
            for (int j = 0; j < header.length - 1; j++) {
                columns.add(new FeatureColumn(header[j], ColumnKind.NUMERIC));
            }
            return columns;
        }
    }

    private static Object[] values(String[] row) {
        Object[] values = new Object[row.length - 1];
        for (int j = 0; j < values.length; j++) {
            values[j] = row[j].isEmpty() ? null : Double.valueOf(row[j]);
        }
        return values;
    }
}
