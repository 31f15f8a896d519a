package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.TrainingConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Models trained on parts of the data, combined by their training weight. */
class ModelAverageTest {

    /** Every other labelled row of the table, starting at {@code first}. */
    private static RawTable half(RawTable table, int first) {
        RawTable.Builder builder = RawTable.builder(table.attributes(), table.classValues());
        double[] row = new double[table.attributes().size()];
        for (int i = first; i < table.rows(); i += 2) {
            table.copyRow(i, row, 0);
            builder.addRow(row.clone(), table.classIndex(i), table.weight(i));
        }
        return builder.build();
    }

    private static double meanLogLoss(TabularModel model, RawTable table) {
        double sum = 0;
        double[] row = new double[table.attributes().size()];
        for (int i = 0; i < table.rows(); i++) {
            table.copyRow(i, row, 0);
            sum -= Math.log(model.probabilities(row)[table.classIndex(i)]);
        }
        return sum / table.rows();
    }

    @Test
    void identicalPartsCombineToTheSameModel() {
        RawTable wine = Arff.table("wine.arff");
        TabularModel model = TabularTrainer.fit(wine, TrainingConfig.defaults());
        TabularModel combined = new ModelAverage().add(model, 3).add(model, 1).result();
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(model.core().coefficients()[c], combined.core().coefficients()[c], 1e-12);
        }
        assertArrayEquals(model.core().intercepts(), combined.core().intercepts(), 1e-12);
        assertEquals(StopReason.AGGREGATED, combined.report().stopReason());
        assertFalse(combined.report().converged());
        assertTrue(combined.summary().contains("Combined from models trained on parts of the data"),
                combined.summary());
        assertTrue(combined.summary().contains("Mean training loss of the parts: "), combined.summary());
        assertFalse(combined.summary().contains("NaN"), combined.summary());
    }

    @Test
    void weightsDecideTheMixture() {
        RawTable diabetes = Arff.table("diabetes.arff");
        TabularModel a = TabularTrainer.fit(half(diabetes, 0), TrainingConfig.defaults());
        TabularModel b = TabularTrainer.fit(half(diabetes, 1), TrainingConfig.defaults());
        TabularModel combined = new ModelAverage().add(a, 1).add(b, 3).result();
        double[] wa = a.core().coefficients()[0];
        double[] wb = b.core().coefficients()[0];
        double[] expected = new double[wa.length];
        for (int j = 0; j < wa.length; j++) {
            expected[j] = 0.25 * wa[j] + 0.75 * wb[j];
        }
        assertArrayEquals(expected, combined.core().coefficients()[0], 1e-12);
        assertEquals(0.25 * a.encoder().fillValue(2) + 0.75 * b.encoder().fillValue(2),
                combined.encoder().fillValue(2), 1e-12);
    }

    @Test
    void twoHalvesComeCloseToTheFullDataOptimum() {
        // the measured gap, as docs/design.md states it: the mean log-loss on all rows of the combined model
        for (String name : new String[] {"diabetes.arff", "breast-cancer-wisconsin-diagnostic.arff"}) {
            RawTable table = Arff.table(name);
            TabularModel full = TabularTrainer.fit(table, TrainingConfig.defaults());
            RawTable first = half(table, 0);
            RawTable second = half(table, 1);
            TabularModel combined = new ModelAverage()
                    .add(TabularTrainer.fit(first, TrainingConfig.defaults()), first.rows())
                    .add(TabularTrainer.fit(second, TrainingConfig.defaults()), second.rows()).result();
            double optimum = meanLogLoss(full, table);
            double gap = (meanLogLoss(combined, table) - optimum) / optimum;
            System.out.printf(java.util.Locale.ROOT, "%s: full %.6f, combined halves %.6f, gap %.2f %%%n", name,
                    optimum, meanLogLoss(combined, table), 100 * gap);
            // close on diabetes; on the nearly separable breast-cancer data the halves' large coefficients do not
            // average to the optimum's (the reason it is an approximation)
            assertTrue(gap >= 0 && gap < (name.startsWith("diabetes") ? 0.001 : 2), name + ": relative gap " + gap);
        }
    }

    @Test
    void modelsThatDoNotMatchAreRefused() {
        RawTable wine = Arff.table("wine.arff");
        TabularModel model = TabularTrainer.fit(wine, TrainingConfig.defaults());
        TabularModel ridge = TabularTrainer.fit(wine, TrainingConfig.builder().lambda(0.1).build());
        IllegalArgumentException options = assertThrows(IllegalArgumentException.class,
                () -> new ModelAverage().add(model, 1).add(ridge, 1));
        assertTrue(options.getMessage().contains("same configuration"), options.getMessage());
        TabularModel other = TabularTrainer.fit(Arff.table("iris.arff"), TrainingConfig.defaults());
        IllegalArgumentException attributes = assertThrows(IllegalArgumentException.class,
                () -> new ModelAverage().add(model, 1).add(other, 1));
        assertTrue(attributes.getMessage().contains("same attributes"), attributes.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ModelAverage().add(model, 0));
        assertThrows(IllegalStateException.class, () -> new ModelAverage().result());
        List<String> names = new ArrayList<>(model.classValues());
        assertEquals(3, names.size());
    }
}
