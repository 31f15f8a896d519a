package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

/** Outputs of a model trained on a 2x2 table whose maximum-likelihood answer is known in closed form. */
class TrainedModelOutputsTest {

    /** x = 0: 10 positive, 30 negative; x = 1: 25 positive, 15 negative. */
    private static TabularModel twoByTwoModel(TrainingConfig config) {
        TrainingTableBuilder builder = new TrainingTableBuilder(List.of(new FeatureColumn("x", ColumnKind.NUMERIC)));
        add(builder, 0.0, "pos", 10);
        add(builder, 0.0, "neg", 30);
        add(builder, 1.0, "pos", 25);
        add(builder, 1.0, "neg", 15);
        return TabularTrainer.fit(builder.build(), config, TrainingListener.NONE);
    }

    private static void add(TrainingTableBuilder builder, double x, String label, int count) {
        for (int i = 0; i < count; i++) {
            builder.addRow(new Object[] {x}, label);
        }
    }

    private static Object[] row(TableContent table, String variable) {
        for (Object[] row : table.rows()) {
            if (row[1].equals(variable)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + variable);
    }

    /** With "neg" as the positive class the table describes the log-odds of neg: the same numbers, signs flipped. */
    @Test
    void positiveClassSettingTurnsTheCoefficientTable() {
        TableContent table = OutputTables.coefficients(
            twoByTwoModel(KnimeSettings.config("lambda", 0.0, "positiveClass", "neg")));
        Object[] slope = row(table, "x");
        Object[] intercept = row(table, "(Intercept)");
        assertEquals("neg", slope[0]);
        assertEquals(-Math.log(10.0 / 30.0), (Double) intercept[2], 1e-4);
        assertEquals(-Math.log(5.0), (Double) slope[2], 1e-4);
        assertEquals(Math.sqrt(1 / 10.0 + 1 / 30.0 + 1 / 25.0 + 1 / 15.0), (Double) slope[5], 1e-4);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
            () -> twoByTwoModel(KnimeSettings.config("positiveClass", "maybe")));
        assertTrue(unknown.getMessage().contains("'maybe'") && unknown.getMessage().contains("[neg, pos]"),
            unknown.getMessage());
    }

    @Test
    void coefficientTableMatchesTheClosedFormOfATwoByTwoTable() {
        TableContent table = OutputTables.coefficients(twoByTwoModel(KnimeSettings.config("lambda", 0.0)));
        assertEquals(OutputTables.COEFFICIENT_COLUMNS, table.columnNames());
        Object[] slope = row(table, "x");
        Object[] intercept = row(table, "(Intercept)");
        // MLE: intercept = log odds at x = 0, slope = log odds ratio; Woolf's standard errors.
        assertEquals("pos", slope[0]);
        assertEquals(Math.log(10.0 / 30.0), (Double) intercept[2], 1e-4);
        assertEquals(Math.log(5.0), (Double) slope[2], 1e-4);
        assertEquals(5.0, (Double) slope[3], 1e-3);
        double slopeError = Math.sqrt(1 / 10.0 + 1 / 30.0 + 1 / 25.0 + 1 / 15.0);
        assertEquals(slopeError, (Double) slope[5], 1e-4);
        assertEquals(Math.sqrt(1 / 10.0 + 1 / 30.0), (Double) intercept[5], 1e-4);
        assertEquals(Math.log(5.0) / slopeError, (Double) slope[6], 1e-3);
        double p = (Double) slope[7];
        assertTrue(p > 0 && p < 0.01, "p-value " + p);
    }

    @Test
    void regularizedModelsHaveNoStatistics() {
        TableContent table = OutputTables.coefficients(twoByTwoModel(KnimeSettings.config("lambda", 0.1)));
        Object[] slope = row(table, "x");
        assertNull(slope[5]);
        assertNull(slope[6]);
        assertNull(slope[7]);
    }

    /** "Calculate statistics for coefficients" unticked: the same coefficients, the statistics columns missing. */
    @Test
    void statisticsAreMissingWhenTheirBoxIsUnticked() {
        TabularModel withStatistics = twoByTwoModel(KnimeSettings.config("lambda", 0.0));
        TabularModel without = twoByTwoModel(KnimeSettings.config("lambda", 0.0, "coefficientStatistics", false));
        Object[] slope = row(OutputTables.coefficients(without), "x");
        Object[] intercept = row(OutputTables.coefficients(without), "(Intercept)");
        for (int column = 5; column <= 7; column++) {
            assertNull(slope[column], OutputTables.COEFFICIENT_COLUMNS.get(column));
            assertNull(intercept[column], OutputTables.COEFFICIENT_COLUMNS.get(column));
        }
        Object[] slopeWith = row(OutputTables.coefficients(withStatistics), "x");
        assertEquals((Double) slopeWith[2], (Double) slope[2], 0.0);
        assertTrue(slopeWith[5] instanceof Double);
        assertTrue(without.summary().contains("not computed (coefficient statistics off)"), without.summary());
    }

    @Test
    void trainingTableHoldsTheLearningCurveAndTheThresholdCurve() {
        TabularModel model = twoByTwoModel(KnimeSettings.config("thresholdMetric", "accuracy"));
        TableContent table = OutputTables.training(model);
        int lossRows = model.report().lossHistory().size();
        assertTrue(lossRows > 0);
        assertTrue(model.thresholdCurve().isPresent());
        assertEquals(lossRows + model.thresholdCurve().get().thresholds().length, table.rows().size());
        Object[] first = table.rows().get(0);
        assertEquals(model.report().lossHistory().get(0).loss(), (Double) first[1]);
        Object[] last = table.rows().get(table.rows().size() - 1);
        assertNull(last[0]);
        assertTrue(last[2] instanceof Double && last[3] instanceof Double);
    }

    @Test
    void modelSurvivesTheCodecRoundTrip() throws IOException {
        TabularModel model = twoByTwoModel(KnimeSettings.config());
        TabularModel restored = ModelCodec.decode(ModelCodec.encode(model), ModelCodec.FORMAT_VERSION);
        assertEquals(model.classValues(), restored.classValues());
        assertEquals(model.attributes(), restored.attributes());
        for (double x : new double[] {0, 1, 0.5, Double.NaN}) {
            assertArrayEquals(model.probabilities(new double[] {x}), restored.probabilities(new double[] {x}), 0);
        }
        assertEquals(model.coefficientTable().size(), restored.coefficientTable().size());
    }

    @Test
    void codecRejectsDamagedOrForeignContent() {
        assertThrows(IOException.class, () -> ModelCodec.decode("not base64 at all!", ModelCodec.FORMAT_VERSION));
        assertThrows(IOException.class, () -> ModelCodec.decode("AAAA", ModelCodec.FORMAT_VERSION));
        String good = ModelCodec.encode(twoByTwoModel(KnimeSettings.config()));
        assertThrows(IOException.class, () -> ModelCodec.decode(good, ModelCodec.FORMAT_VERSION + 1));
    }

    @Test
    void progressMovesForwardAndCancelStopsTraining() {
        List<Double> fractions = new ArrayList<>();
        TrainingProgress progress = new TrainingProgress(0.1, (fraction, message) -> fractions.add(fraction),
                () -> fractions.size() >= 3);
        progress.onIteration(1, 10, 0.5);
        progress.onIteration(5, 10, 0.4);
        assertEquals(0.19, fractions.get(0), 1e-12);
        assertEquals(0.55, fractions.get(1), 1e-12);
        TrainingTableBuilder builder = new TrainingTableBuilder(List.of(new FeatureColumn("x", ColumnKind.NUMERIC)));
        add(builder, 0.0, "a", 5);
        add(builder, 1.0, "b", 5);
        add(builder, 0.7, "a", 2);
        add(builder, 0.3, "b", 2);
        assertThrows(java.util.concurrent.CancellationException.class, () -> TabularTrainer.fit(builder.build(),
                KnimeSettings.config("solver", "gd"), progress));
    }

    @Test
    void warningsSaySeparableOrNotConverged() {
        TrainingTableBuilder separable = new TrainingTableBuilder(List.of(new FeatureColumn("x", ColumnKind.NUMERIC)));
        add(separable, 0.0, "a", 5);
        add(separable, 1.0, "b", 5);
        TabularModel model = TabularTrainer.fit(separable.build(), KnimeSettings.config("lambda", 0.0));
        String warning = TrainingWarnings.warning(model.report(), 2).orElseThrow();
        assertTrue(warning.contains("separable"), warning);
        assertTrue(warning.contains("2 rows were skipped"), warning);

        TabularModel shortRun = twoByTwoModel(KnimeSettings.config("solver", "gd", "maxIterations", 2));
        assertTrue(TrainingWarnings.warning(shortRun.report(), 0).orElseThrow().contains("Did not converge"));
        assertTrue(TrainingWarnings.warning(twoByTwoModel(KnimeSettings.config()).report(), 0).isEmpty());
    }
}
