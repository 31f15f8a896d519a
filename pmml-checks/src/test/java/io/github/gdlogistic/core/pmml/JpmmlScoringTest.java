package io.github.gdlogistic.core.pmml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.LoadingModelEvaluatorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The core's exported PMML documents scored by JPMML's evaluator on every training row: the output fields'
 * probabilities must be the model's to 1e-9, the predicted value the most probable class. Both forms: the
 * {@code RegressionModel} and the {@code GeneralRegressionModel} (multinomial logistic).
 */
class JpmmlScoringTest {

    private static final double TOLERANCE = 1e-9;
    private static final String TARGET = "class";

    private static Evaluator evaluator(TabularModel model, String target, PmmlWriter.Form form) throws Exception {
        byte[] document = PmmlWriter.toPmml(model, target, form).getBytes(StandardCharsets.UTF_8);
        Evaluator evaluator = new LoadingModelEvaluatorBuilder().load(new ByteArrayInputStream(document)).build();
        evaluator.verify();
        return evaluator;
    }

    /** The largest probability difference over all rows; every predicted value is checked on the way. */
    private static double largestDifference(TabularModel model, RawTable table, String target) throws Exception {
        return largestDifference(model, table, target, PmmlWriter.Form.REGRESSION_MODEL);
    }

    private static double largestDifference(TabularModel model, RawTable table, String target, PmmlWriter.Form form)
            throws Exception {
        Evaluator evaluator = evaluator(model, target, form);
        List<AttributeSpec> attributes = model.attributes();
        List<String> classes = model.classValues();
        double worst = 0;
        double[] raw = new double[attributes.size()];
        for (int i = 0; i < table.rows(); i++) {
            table.copyRow(i, raw, 0);
            Map<String, Object> arguments = new LinkedHashMap<>();
            for (InputField field : evaluator.getInputFields()) {
                int a = indexOf(attributes, field.getName());
                double value = raw[a];
                Object hostValue = Double.isNaN(value) ? null
                        : attributes.get(a).isNominal() ? attributes.get(a).values().get((int) value) : value;
                arguments.put(field.getName(), field.prepare(hostValue));
            }
            Map<String, ?> results = evaluator.evaluate(arguments);
            double[] expected = model.probabilities(raw);
            for (int c = 0; c < classes.size(); c++) {
                Object probability = results.get(PmmlWriter.probabilityField(classes.get(c)));
                worst = Math.max(worst, Math.abs(expected[c] - ((Number) probability).doubleValue()));
            }
            assertEquals(classes.get(model.predict(raw, 0.5)), results.get(PmmlWriter.predictedField(target)),
                    "predicted class of row " + i + " (model: " + java.util.Arrays.toString(expected) + ", JPMML: "
                    + results + ")");
        }
        return worst;
    }

    private static int indexOf(List<AttributeSpec> attributes, String name) {
        for (int a = 0; a < attributes.size(); a++) {
            if (attributes.get(a).name().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("JPMML asks for the unknown field " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"diabetes.arff", "breast-cancer-wisconsin-original.arff",
        "breast-cancer-wisconsin-diagnostic.arff", "house-votes-84.arff", "ionosphere.arff", "sonar.arff",
        "iris.arff", "wine.arff"})
    void jpmmlScoresLikeTheModel(String dataset) throws Exception {
        RawTable table = Arff.table(dataset);
        TabularModel model = TabularTrainer.fit(table, TrainingConfig.defaults());
        double worst = largestDifference(model, table, TARGET);
        assertTrue(worst <= TOLERANCE, dataset + ": largest probability difference " + worst);
    }

    @Test
    void reversedPositiveClassAndThreshold() throws Exception {
        RawTable table = Arff.table("diabetes.arff");
        TabularModel model = TabularTrainer.fit(table,
                TrainingConfig.builder().positiveClass("neg").threshold(0.3).build());
        assertTrue(model.labels().positiveClassFirst());
        double worst = largestDifference(model, table, TARGET);
        assertTrue(worst <= TOLERANCE, "largest probability difference " + worst);
    }

    @Test
    void constantUnusedAttributesAndAbsentClass() throws Exception {
        for (List<String> classes : List.of(List.of("no", "yes", "never seen"),
                List.of("low", "middle", "never seen", "high"))) {
            RawTable table = PmmlWriterTest.awkwardTable(classes);
            TabularModel model = TabularTrainer.fit(table, TrainingConfig.defaults());
            assertEquals(2, model.encoder().unusedAttributes().size());
            double worst = largestDifference(model, table, "outcome");
            assertTrue(worst <= TOLERANCE, classes + ": largest probability difference " + worst);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"diabetes.arff", "breast-cancer-wisconsin-original.arff", "house-votes-84.arff",
        "iris.arff", "wine.arff"})
    void jpmmlScoresTheGeneralRegressionFormLikeTheModel(String dataset) throws Exception {
        RawTable table = Arff.table(dataset);
        TabularModel model = TabularTrainer.fit(table, TrainingConfig.defaults());
        double worst = largestDifference(model, table, TARGET, PmmlWriter.Form.GENERAL_REGRESSION_MODEL);
        assertTrue(worst <= TOLERANCE, dataset + ": largest probability difference " + worst);
    }

    @Test
    void generalRegressionFormWithPositiveClassFirstUnusedAttributesAndAbsentClass() throws Exception {
        RawTable diabetes = Arff.table("diabetes.arff");
        TabularModel reversed = TabularTrainer.fit(diabetes, TrainingConfig.builder().positiveClass("neg").build());
        double worst = largestDifference(reversed, diabetes, TARGET, PmmlWriter.Form.GENERAL_REGRESSION_MODEL);
        assertTrue(worst <= TOLERANCE, "positive class first: largest probability difference " + worst);
        for (List<String> classes : List.of(List.of("no", "yes", "never seen"),
                List.of("low", "middle", "never seen", "high"))) {
            RawTable table = PmmlWriterTest.awkwardTable(classes);
            TabularModel model = TabularTrainer.fit(table, TrainingConfig.defaults());
            worst = largestDifference(model, table, "outcome", PmmlWriter.Form.GENERAL_REGRESSION_MODEL);
            assertTrue(worst <= TOLERANCE, classes + ": largest probability difference " + worst);
        }
    }
}
