package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

/**
 * The README's example workflow without KNIME: the first 400 rows train (Partitioning, absolute 400, take from
 * top), the remaining 169 are predicted, and the predictions are scored, all through the adapter classes the nodes
 * use, with the learner's default settings (lambda 0.0001), without regularization, and with lambda 0.001.
 */
class BreastCancerWorkflowTest {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(doubles = {0.0, 0.0001, 0.001})
    void learnerScoresWellOnTheHeldOutRows(double lambda) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/breast-cancer-wisconsin-diagnostic.csv"), StandardCharsets.UTF_8))) {
            header = reader.readLine().split(",");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
        }
        assertEquals(569, rows.size());
        int features = header.length - 1;
        List<FeatureColumn> columns = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            columns.add(new FeatureColumn(header[j], ColumnKind.NUMERIC));
        }
        TrainingTableBuilder builder = new TrainingTableBuilder(columns);
        for (String[] row : rows.subList(0, 400)) {
            builder.addRow(values(row, features), row[features]);
        }
        TabularModel model = TabularTrainer.fit(builder.build(), KnimeSettings.config("lambda", lambda));

        RawRowEncoder encoder = new RawRowEncoder(model.attributes());
        int correct = 0;
        int[][] confusion = new int[2][2];
        for (String[] row : rows.subList(400, rows.size())) {
            double[] probabilities = model.probabilities(encoder.encode(values(row, features)));
            String predicted = model.classValues().get(model.classify(probabilities, model.threshold()));
            int actualIndex = model.classValues().indexOf(row[features]);
            confusion[actualIndex][model.classValues().indexOf(predicted)]++;
            if (predicted.equals(row[features])) {
                correct++;
            }
        }
        double accuracy = correct / (double) (rows.size() - 400);
        System.out.printf(Locale.ROOT, "breast-cancer-wisconsin-diagnostic, lambda " + lambda + ", train 1-400, test 401-569: "
                + "accuracy %.4f (%d of %d), confusion rows=actual %s, cols=predicted: %s %s; %s%n", accuracy, correct,
                rows.size() - 400, model.classValues(), java.util.Arrays.toString(confusion[0]),
                java.util.Arrays.toString(confusion[1]), model.report().message());
        assertTrue(accuracy > 0.93, "accuracy " + accuracy);
    }

    private static Object[] values(String[] row, int features) {
        Object[] values = new Object[features];
        for (int j = 0; j < features; j++) {
            values[j] = row[j].isEmpty() ? null : Double.valueOf(row[j]);
        }
        return values;
    }
}
