package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.ThresholdMetric;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Encoding, missing values, labels, coefficient statistics and the summary of the tabular layer. */
class TabularTest {

    private static final AttributeSpec AGE = AttributeSpec.numeric("age");
    private static final AttributeSpec COLOR = AttributeSpec.nominal("color", List.of("red", "green", "blue"));
    private static final AttributeSpec FLAG = AttributeSpec.nominal("flag", List.of("no", "yes"));

    private static RawTable smallTable() {
        return RawTable.builder(List.of(AGE, COLOR, FLAG), List.of("neg", "pos", "unused"))
                .addRow(new double[] {20, 0, 0}, 0, 1)
                .addRow(new double[] {30, 1, 1}, 1, 1)
                .addRow(new double[] {Double.NaN, 2, 1}, 1, 2)
                .addRow(new double[] {50, 1, Double.NaN}, 0, 1)
                .addRow(new double[] {60, Double.NaN, 0}, 1, 1)
                .addRow(new double[] {70, 1, 0}, -1, 1)
                .build();
    }

    @Test
    void dummyCodingAndImputation() {
        FeatureEncoder encoder = FeatureEncoder.fit(smallTable());
        assertEquals(List.of("age", "color=green", "color=blue", "flag=yes"), encoder.featureNames());
        // Mean age over rows with a class and an age, weighted: (20 + 30 + 50 + 60) / 4 = 40 (the row with a
        // missing class does not count).
        assertEquals(40.0, encoder.fillValue(0), 1e-12);
        // Mode of color among labelled rows: green (2 rows) beats red (1) and blue (weight 2 but one row? weight 2).
        // Weighted counts: red 1, green 2, blue 2 -> the first of the tied maximum, green.
        assertEquals(1.0, encoder.fillValue(1), 0.0);
        assertArrayEquals(new double[] {20, 0, 0, 0}, encoder.encode(new double[] {20, 0, 0}), 0.0);
        assertArrayEquals(new double[] {33, 0, 1, 1}, encoder.encode(new double[] {33, 2, 1}), 0.0);
        assertArrayEquals(new double[] {40, 1, 0, 1}, encoder.encode(new double[] {Double.NaN, Double.NaN,
            Double.NaN}), 0.0);
        // An index outside the value list counts as missing.
        assertArrayEquals(new double[] {1, 1, 0, 0}, encoder.encode(new double[] {1, 7, 0}), 0.0);
    }

    private static RawTable.Builder completeRows() {
        return RawTable.builder(List.of(AGE, COLOR, FLAG), List.of("neg", "pos"))
                .addRow(new double[] {20, 0, 1}, 0, 1)
                .addRow(new double[] {30, 2, 1}, 1, 3)
                .addRow(new double[] {50, 2, 0}, 0, 0.5)
                .addRow(new double[] {90, 1, 0}, -1, 7)
                .addRow(new double[] {10, 0, 0}, 1, 1);
    }

    @Test
    void labelledWeightCountsOnlyRowsWithAClass() {
        // weights 1 + 1 + 2 + 1 + 1 of the labelled rows; the unlabelled row's weight 1 does not count
        assertEquals(6.0, smallTable().labelledWeight(), 0.0);
    }

    @Test
    void fillValuesOfATableWithoutMissingValues() {
        // No value missing: the encoder takes its faster path, which must give the same statistics.
        RawTable complete = completeRows().build();
        assertFalse(complete.hasMissingValues());
        FeatureEncoder encoder = FeatureEncoder.fit(complete);
        // Weighted mean age over the labelled rows: (20 + 90 + 25 + 10) / (1 + 3 + 0.5 + 1) = 145 / 5.5.
        assertEquals(145 / 5.5, encoder.fillValue(0), 1e-12);
        // Weighted colour counts: red 2, green 0 (its row is unlabelled), blue 3.5 -> blue.
        assertEquals(2.0, encoder.fillValue(1), 0.0);
        // Flag: no 1.5, yes 4 -> yes.
        assertEquals(1.0, encoder.fillValue(2), 0.0);

        // The same rows plus an unlabelled one with a missing value take the general path: same fill values.
        RawTable withMissing = completeRows().addRow(new double[] {Double.NaN, 1, 0}, -1, 1).build();
        assertTrue(withMissing.hasMissingValues());
        FeatureEncoder general = FeatureEncoder.fit(withMissing);
        for (int a = 0; a < 3; a++) {
            assertEquals(general.fillValue(a), encoder.fillValue(a), 0.0, "attribute " + a);
        }
    }

    @Test
    void rowsAddedAfterBuildDoNotChangeTheBuiltTablesStatistics() {
        RawTable.Builder builder = completeRows();
        RawTable first = builder.build();
        double before = FeatureEncoder.fit(first).fillValue(0);
        builder.addRow(new double[] {1000, 0, 0}, 0, 5);
        assertEquals(before, FeatureEncoder.fit(first).fillValue(0), 0.0);
        assertTrue(FeatureEncoder.fit(builder.build()).fillValue(0) > before, "the new row counts in the new table");
    }

    @Test
    void classesAbsentFromTrainingGetProbabilityZero() {
        TabularModel model = TabularTrainer.fit(smallTable(), TrainingConfig.builder().lambda(0.1).build());
        double[] p = model.probabilities(new double[] {40, 1, 1});
        assertEquals(3, p.length);
        assertEquals(0.0, p[2], 0.0);
        assertEquals(1.0, p[0] + p[1], 1e-12);
        assertEquals(List.of("neg", "pos", "unused"), model.classValues());
        assertEquals("pos", model.positiveClass().orElseThrow());
        int predicted = model.predict(new double[] {40, 1, 1});
        assertEquals(p[1] >= 0.5 ? 1 : 0, predicted);
        assertEquals(1, model.predict(new double[] {40, 1, 1}, 1e-9));
        assertEquals(0, model.predict(new double[] {40, 1, 1}, 1 - 1e-9));
    }

    @Test
    void batchPredictionEqualsRowByRow() {
        RawTable votes = Arff.table("house-votes-84.arff");
        TabularModel model = TabularTrainer.fit(votes, TrainingConfig.builder().lambda(0.01).build());
        int d = votes.attributes().size();
        double[] raw = new double[votes.rows() * d];
        for (int i = 0; i < votes.rows(); i++) {
            for (int a = 0; a < d; a++) {
                raw[i * d + a] = votes.value(i, a);
            }
        }
        double[] batch = model.probabilities(raw, votes.rows());
        for (int i = 0; i < votes.rows(); i++) {
            double[] single = model.probabilities(Arrays.copyOfRange(raw, i * d, (i + 1) * d));
            assertArrayEquals(single, Arrays.copyOfRange(batch, 2 * i, 2 * i + 2), 0.0);
        }
    }

    @Test
    void missingValuesAndNominalDataTrainWell() {
        RawTable votes = Arff.table("house-votes-84.arff"); // 392 missing values, all attributes nominal
        TabularModel model = TabularTrainer.fit(votes, TrainingConfig.builder().lambda(0.01).build());
        assertTrue(model.report().converged(), model.report().message());
        int correct = 0;
        double[] raw = new double[votes.attributes().size()];
        for (int i = 0; i < votes.rows(); i++) {
            for (int a = 0; a < raw.length; a++) {
                raw[a] = votes.value(i, a);
            }
            correct += model.predict(raw) == votes.classIndex(i) ? 1 : 0;
        }
        assertTrue(correct / (double) votes.rows() > 0.95, "training accuracy " + correct);
    }

    @Test
    void allMissingColumnIsUnusedNotFatal() {
        RawTable table = RawTable.builder(List.of(AGE, AttributeSpec.numeric("empty")), List.of("a", "b"))
                .addRow(new double[] {1, Double.NaN}, 0, 1)
                .addRow(new double[] {2, Double.NaN}, 0, 1)
                .addRow(new double[] {3, Double.NaN}, 1, 1)
                .addRow(new double[] {4, Double.NaN}, 1, 1)
                .addRow(new double[] {2.5, Double.NaN}, 1, 1)
                .build();
        TabularModel model = TabularTrainer.fit(table, TrainingConfig.builder().lambda(0.01).build());
        assertEquals(List.of("empty"), model.encoder().unusedAttributes());
        assertEquals(0.0, model.core().coefficients()[0][1], 0.0);
        assertTrue(model.summary().contains("unused: [empty]"), model.summary());
    }

    @Test
    void badRowsAreRejectedWithTheAttributeName() {
        RawTable.Builder builder = RawTable.builder(List.of(AGE, COLOR), List.of("a", "b"));
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> builder.addRow(new double[] {Double.POSITIVE_INFINITY, 0}, 0, 1));
        assertTrue(infinite.getMessage().contains("'age' is Infinity in row 0"), infinite.getMessage());
        IllegalArgumentException index = assertThrows(IllegalArgumentException.class,
                () -> builder.addRow(new double[] {1, 3}, 0, 1));
        assertTrue(index.getMessage().contains("'color' has value index 3.0"), index.getMessage());
        IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
                () -> builder.addRow(new double[] {1, 1}, 0, -2));
        assertTrue(weight.getMessage().contains("weight -2.0"), weight.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> TabularTrainer.fit(RawTable.builder(List.of(AGE), List.of("a", "b")).build(),
                        TrainingConfig.defaults()));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        RawTable oneClass = RawTable.builder(List.of(AGE), List.of("a", "b"))
                .addRow(new double[] {1}, 1, 1).addRow(new double[] {2}, 1, 1).addRow(new double[] {3}, -1, 1).build();
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> TabularTrainer.fit(oneClass, TrainingConfig.defaults()));
        assertTrue(single.getMessage().contains("class 'b'"), single.getMessage());
    }

    @Test
    void waldStatisticsMatchTheClosedFormForOneBinaryPredictor() {
        // Counts: x = no: 30 positive, 70 negative; x = yes: 60 positive, 40 negative.
        RawTable.Builder builder = RawTable.builder(List.of(FLAG), List.of("neg", "pos"));
        builder.addRow(new double[] {0}, 1, 30).addRow(new double[] {0}, 0, 70)
                .addRow(new double[] {1}, 1, 60).addRow(new double[] {1}, 0, 40);
        TabularModel model = TabularTrainer.fit(builder.build(), TrainingConfig.builder().lambda(0).build());
        assertTrue(model.hasStatistics());
        List<CoefficientRow> rows = model.coefficientTable();
        CoefficientRow intercept = rows.get(0);
        CoefficientRow slope = rows.get(1);
        assertEquals(Math.log(30.0 / 70), intercept.coefficient(), 1e-6);
        assertEquals(Math.log((60.0 / 40) / (30.0 / 70)), slope.coefficient(), 1e-6);
        assertEquals(Math.sqrt(1 / 30.0 + 1 / 70.0), intercept.standardError().getAsDouble(), 1e-6);
        double slopeError = Math.sqrt(1 / 30.0 + 1 / 70.0 + 1 / 60.0 + 1 / 40.0);
        assertEquals(slopeError, slope.standardError().getAsDouble(), 1e-6);
        assertEquals(slope.coefficient() / slopeError, slope.zScore().getAsDouble(), 1e-6);
        // z = 4.192547; two-sided p from scipy.stats.norm.sf: 2.7584016e-5 (our erfc is good to 1.2e-7 relative).
        assertEquals(4.192547, slope.zScore().getAsDouble(), 1e-5);
        assertEquals(2.7584016e-5, slope.pValue().getAsDouble(), 2.7584016e-5 * 1e-5);
        assertEquals(3.5, slope.oddsRatio(), 1e-5);
        assertEquals("flag=yes", slope.featureName());
        assertEquals("pos", slope.className());
    }

    @Test
    void statisticsAreOmittedWhenRegularized() {
        TabularModel model = TabularTrainer.fit(Arff.table("diabetes.arff"), TrainingConfig.builder().lambda(0.01)
                .build());
        assertFalse(model.hasStatistics());
        assertFalse(model.coefficientTable().get(1).pValue().isPresent());
    }

    @Test
    void statisticsCanBeTurnedOffAndTheSummarySaysSo() {
        RawTable diabetes = Arff.table("diabetes.arff");
        TabularModel on = TabularTrainer.fit(diabetes, TrainingConfig.builder().lambda(0).build());
        TabularModel off = TabularTrainer.fit(diabetes, TrainingConfig.builder().lambda(0).coefficientStatistics(false)
                .build());
        assertTrue(on.hasStatistics());
        assertFalse(off.hasStatistics());
        assertFalse(off.coefficientTable().get(1).standardError().isPresent());
        assertFalse(off.coefficientTable().get(1).pValue().isPresent());
        // the fit itself does not depend on the option
        assertArrayEquals(on.core().coefficients()[0], off.core().coefficients()[0], 0.0);
        assertEquals(on.core().intercepts()[0], off.core().intercepts()[0], 0.0);
        String offText = off.summary();
        assertTrue(offText.contains("Standard errors, z and p-values: not computed (coefficient statistics off)"),
                offText);
        assertFalse(offText.contains("P>|z|"), offText);
        String onText = on.summary();
        assertTrue(onText.contains("P>|z|"), onText);
        assertFalse(onText.contains("not computed"), onText);
        // regularized models with the default (on) keep their summary without the note
        assertFalse(TabularTrainer.fit(diabetes, TrainingConfig.defaults()).summary().contains("not computed"));
    }

    @Test
    void summaryExplainsTheModel() {
        TabularModel binary = TabularTrainer.fit(Arff.table("diabetes.arff"), TrainingConfig.builder().lambda(0)
                .thresholdMetric(ThresholdMetric.F1).build());
        String text = binary.summary();
        for (String expected : new String[] {"binary", "'pos'", "(Intercept)", "glucose", "Odds ratio", "P>|z|",
            "Converged after", "Learning curve", "Decision threshold", "tuned to maximize f1"}) {
            assertTrue(text.contains(expected), "summary lacks '" + expected + "':\n" + text);
        }
        TabularModel multi = TabularTrainer.fit(Arff.table("iris.arff"), TrainingConfig.builder().lambda(0.01)
                .build());
        String multiText = multi.summary();
        assertTrue(multiText.contains("multinomial, 3 classes"), multiText);
        assertTrue(multiText.contains("virginica"), multiText);
        assertFalse(multiText.contains("Decision threshold"), multiText);
    }

    @Test
    void customClassWeightsAreGivenInHostOrder() {
        RawTable table = smallTable();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TabularTrainer.fit(table, TrainingConfig.builder().classWeights(1, 2).build()));
        assertTrue(e.getMessage().contains("Expected 3 class weights"), e.getMessage());
        TabularModel model = TabularTrainer.fit(table, TrainingConfig.builder().lambda(0.1).classWeights(1, 5, 0)
                .build());
        TabularModel plain = TabularTrainer.fit(table, TrainingConfig.builder().lambda(0.1).build());
        assertTrue(model.core().intercepts()[0] > plain.core().intercepts()[0]);
    }

    @Test
    void tableCellsStayAlignedForHugeAndTinyNumbers() {
        assertEquals("     1.235e+30", ModelSummary.cell(1.23456e30, 4, 14));
        assertEquals("       -0.1235", ModelSummary.cell(-0.123456, 4, 14));
        assertEquals("     3.000e-07", ModelSummary.cell(3e-7, 4, 14));
        assertEquals("        0.0000", ModelSummary.cell(0, 4, 14));
        // Odds ratios of a nearly separating feature: every line of the table has the same length.
        TabularModel model = TabularTrainer.fit(Arff.table("breast-cancer-wisconsin-diagnostic.arff"),
                TrainingConfig.builder().lambda(0).maxIterations(300).build());
        String[] lines = model.summary().split("\n");
        int header = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("Variable")) {
                header = i;
            }
        }
        assertTrue(header >= 0);
        for (int i = header + 1; i < header + 32; i++) {
            assertEquals(lines[header].length(), lines[i].length(), "line: " + lines[i]);
        }
    }

    @Test
    void numericTablesWithoutMissingValuesAreTrainedWithoutACopy() {
        List<AttributeSpec> attributes = List.of(AttributeSpec.numeric("a"), AttributeSpec.numeric("b"),
                AttributeSpec.numeric("c"));
        java.util.Random random = new java.util.Random(5);
        RawTable.Builder complete = RawTable.builder(attributes, List.of("no", "yes"), 300);
        RawTable.Builder withUnlabelledRow = RawTable.builder(attributes, List.of("no", "yes"), 301);
        for (int i = 0; i < 300; i++) {
            double[] raw = {random.nextGaussian(), 3 + 2 * random.nextGaussian(), random.nextDouble()};
            int label = random.nextDouble() < 1 / (1 + Math.exp(-(raw[0] - 0.5 * raw[1] + 1.5))) ? 1 : 0;
            double weight = 0.5 + random.nextDouble();
            complete.addRow(raw, label, weight);
            withUnlabelledRow.addRow(raw, label, weight);
        }
        withUnlabelledRow.addRow(new double[] {1, 2, 3}, -1, 1.0);
        RawTable shared = complete.build();
        RawTable copied = withUnlabelledRow.build();

        FeatureEncoder encoder = FeatureEncoder.fit(shared);
        assertTrue(encoder.isIdentity());
        assertTrue(TabularTrainer.encode(shared, encoder, LabelEncoder.fit(shared)).valuesUnsafe()
                == shared.valuesUnsafe(), "the dataset shares the table's values");
        assertTrue(TabularTrainer.encode(copied, FeatureEncoder.fit(copied), LabelEncoder.fit(copied)).valuesUnsafe()
                != copied.valuesUnsafe(), "a row without class is dropped, so the values are copied");
        assertTrue(TabularTrainer.encode(shared, encoder, LabelEncoder.fit(shared)).labelsUnsafe()
                == shared.classesUnsafe(), "classes numbered as the host numbers them are shared too");
        LabelEncoder positiveFirst = LabelEncoder.fit(shared, "no");
        int[] renumbered = TabularTrainer.encode(shared, encoder, positiveFirst).labelsUnsafe();
        assertTrue(renumbered != shared.classesUnsafe(), "renumbered classes are copied");
        for (int i = 0; i < shared.rows(); i++) {
            assertEquals(positiveFirst.toModel(shared.classIndex(i)), renumbered[i]);
        }

        TrainingConfig config = TrainingConfig.builder().lambda(0.01).build();
        TabularModel fromShared = TabularTrainer.fit(shared, config);
        TabularModel fromCopy = TabularTrainer.fit(copied, config);
        assertArrayEquals(fromCopy.core().coefficients()[0], fromShared.core().coefficients()[0], 0.0,
                "the same rows give the same model either way");
        double[] before = shared.valuesUnsafe().clone();
        TabularTrainer.fit(shared, TrainingConfig.builder().lambda(0).build());
        assertArrayEquals(before, shared.valuesUnsafe(), 0.0, "training leaves the table's values as they were");
    }

    @Test
    void missingValuesOrNominalAttributesNeedTheEncodingCopy() {
        RawTable.Builder builder = RawTable.builder(List.of(AttributeSpec.numeric("a"),
                AttributeSpec.nominal("colour", List.of("red", "blue"))), List.of("no", "yes"), 4);
        builder.addRow(new double[] {1, 0}, 0, 1).addRow(new double[] {2, 1}, 1, 1)
                .addRow(new double[] {Double.NaN, 1}, 0, 1).addRow(new double[] {4, 0}, 1, 1);
        RawTable table = builder.build();
        assertTrue(table.hasMissingValues());
        assertFalse(FeatureEncoder.fit(table).isIdentity());
        RawTable.Builder numeric = RawTable.builder(List.of(AttributeSpec.numeric("a")), List.of("no", "yes"), 2);
        numeric.addRow(new double[] {1}, 0, 1).addRow(new double[] {Double.NaN}, 1, 1);
        assertTrue(numeric.build().hasMissingValues());
    }

    @Test
    void messagesNameClassesByTheirHostNames() {
        RawTable wine = Arff.table("wine.arff");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TabularTrainer.fit(wine,
                TrainingConfig.builder().classWeights(1, 0, 1).build()));
        assertTrue(e.getMessage().startsWith("Class '" + wine.classValues().get(1) + "' (of 3) has total weight 0: "
                + "its class weight is 0.0"), e.getMessage());
    }

    @Test
    void theSummaryOfABinaryModelFitsA100ColumnPane() {
        for (String name : new String[] {"diabetes.arff", "house-votes-84.arff", "breast-cancer-wisconsin-diagnostic.arff"}) {
            TabularModel model = TabularTrainer.fit(Arff.table(name), TrainingConfig.builder()
                    .thresholdMetric(ThresholdMetric.F1).build());
            for (String line : model.summary().split("\n")) {
                assertTrue(line.length() <= 100, name + ": " + line.length() + " characters: " + line);
            }
        }
    }

    /**
     * Ten classes side by side would take 150 characters: the class columns are split into blocks. (The outcome line
     * of a model that did not converge can still be longer.)
     */
    @Test
    void theSummaryOfAMultinomialModelFitsA100ColumnPane() {
        TabularModel model = TabularTrainer.fit(Arff.table("digits.arff"), TrainingConfig.builder().maxIterations(20)
                .build());
        String text = model.summary();
        String table = text.substring(text.indexOf("Coefficients"), text.indexOf("\nSolver:"));
        for (String line : table.split("\n")) {
            assertTrue(line.length() <= 100, line.length() + " characters: " + line);
        }
        for (String value : model.classValues()) {
            assertTrue(text.matches("(?s).*\\n(Variable +.*)? " + value + "(\\s.*)"), "class column " + value);
        }
        assertTrue(text.split("\n(?=Variable)").length > 2, "more than one block");
    }
}
