package io.github.gdlogistic.core.pmml;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exported document read back with the JDK's XML parser: its structure (fields, values, counts, missing value
 * replacements) checked against the model, and its softmax over the regression tables evaluated by a small reader
 * written from the PMML specification, compared with the model's own probabilities.
 */
class PmmlWriterTest {

    private static final TrainingConfig CONFIG = TrainingConfig.builder().maxIterations(200).build();

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(PmmlWriter.NAMESPACE, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "number of " + name + " elements");
        return found.get(0);
    }

    /** Scores raw rows with the document alone, as the PMML specification defines a softmax RegressionModel. */
    static final class DocumentScorer {
        private final List<AttributeSpec> attributes;
        private final Map<String, String> replacements = new HashMap<>();
        private final List<String> classValues = new ArrayList<>();
        private final List<Element> tables;

        DocumentScorer(Document document, List<AttributeSpec> attributes, String target) {
            this.attributes = attributes;
            Element root = document.getDocumentElement();
            Element model = only(root, "RegressionModel");
            for (Element field : children(only(model, "MiningSchema"), "MiningField")) {
                if (!field.getAttribute("name").equals(target)) {
                    replacements.put(field.getAttribute("name"), field.getAttribute("missingValueReplacement"));
                }
            }
            tables = children(model, "RegressionTable");
            for (Element table : tables) {
                classValues.add(table.getAttribute("targetCategory"));
            }
        }

        double[] probabilities(double[] raw, List<String> hostClasses) {
            double[] scores = new double[tables.size()];
            for (int t = 0; t < tables.size(); t++) {
                Element table = tables.get(t);
                double score = Double.parseDouble(table.getAttribute("intercept"));
                for (Element predictor : children(table, "NumericPredictor")) {
                    score += Double.parseDouble(predictor.getAttribute("coefficient"))
                            * numeric(predictor.getAttribute("name"), raw);
                }
                for (Element predictor : children(table, "CategoricalPredictor")) {
                    if (nominal(predictor.getAttribute("name"), raw).equals(predictor.getAttribute("value"))) {
                        score += Double.parseDouble(predictor.getAttribute("coefficient"));
                    }
                }
                scores[t] = score;
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double score : scores) {
                max = Math.max(max, score);
            }
            double sum = 0;
            for (int t = 0; t < scores.length; t++) {
                scores[t] = Math.exp(scores[t] - max);
                sum += scores[t];
            }
            double[] out = new double[hostClasses.size()];
            for (int t = 0; t < scores.length; t++) {
                out[hostClasses.indexOf(classValues.get(t))] = scores[t] / sum;
            }
            return out;
        }

        private int index(String name) {
            for (int a = 0; a < attributes.size(); a++) {
                if (attributes.get(a).name().equals(name)) {
                    return a;
                }
            }
            throw new AssertionError("a predictor names the unknown field " + name);
        }

        private double numeric(String name, double[] raw) {
            double value = raw[index(name)];
            return Double.isNaN(value) ? Double.parseDouble(replacements.get(name)) : value;
        }

        private String nominal(String name, double[] raw) {
            int a = index(name);
            double value = raw[a];
            return Double.isNaN(value) ? replacements.get(name) : attributes.get(a).values().get((int) value);
        }
    }

    private static void checkDocument(TabularModel model, RawTable table, String target, double tolerance)
            throws Exception {
        double[][] coefficientsBefore = model.core().coefficients();
        double[] firstRowBefore = model.probabilities(row(table, 0));
        Document document = parse(PmmlWriter.toPmml(model, target));
        Element root = document.getDocumentElement();
        assertEquals("PMML", root.getLocalName());
        assertEquals(PmmlWriter.NAMESPACE, root.getNamespaceURI());
        assertEquals("4.4", root.getAttribute("version"));
        Element application = only(only(root, "Header"), "Application");
        assertEquals(PmmlWriter.APPLICATION_NAME, application.getAttribute("name"));
        assertFalse(application.getAttribute("version").isEmpty());
        assertFalse(application.getAttribute("version").contains("${"), "the build fills in the version");

        // Data dictionary: every attribute (used or not) in order, then the target with all class values.
        Element dictionary = only(root, "DataDictionary");
        List<Element> fields = children(dictionary, "DataField");
        List<AttributeSpec> attributes = model.attributes();
        assertEquals(attributes.size() + 1, fields.size());
        assertEquals(String.valueOf(fields.size()), dictionary.getAttribute("numberOfFields"));
        for (int a = 0; a < attributes.size(); a++) {
            AttributeSpec attribute = attributes.get(a);
            Element field = fields.get(a);
            assertEquals(attribute.name(), field.getAttribute("name"));
            assertEquals(attribute.isNominal() ? "categorical" : "continuous", field.getAttribute("optype"));
            assertEquals(attribute.isNominal()
                    ? PmmlWriter.dictionaryOrder(attribute, (int) model.encoder().fillValue(a)) : List.of(),
                    values(field));
        }
        Element targetField = fields.get(attributes.size());
        assertEquals(target, targetField.getAttribute("name"));
        assertEquals(model.classValues(), values(targetField));

        // Mining schema: the used attributes with the encoder's fill values, then the predicted target.
        Element regression = only(root, "RegressionModel");
        assertEquals("classification", regression.getAttribute("functionName"));
        assertEquals("softmax", regression.getAttribute("normalizationMethod"));
        List<Element> mining = children(only(regression, "MiningSchema"), "MiningField");
        List<String> unused = model.encoder().unusedAttributes();
        assertEquals(attributes.size() - unused.size() + 1, mining.size());
        int m = 0;
        for (int a = 0; a < attributes.size(); a++) {
            AttributeSpec attribute = attributes.get(a);
            if (unused.contains(attribute.name())) {
                continue;
            }
            Element field = mining.get(m++);
            assertEquals(attribute.name(), field.getAttribute("name"));
            assertEquals("active", field.getAttribute("usageType"));
            double fill = model.encoder().fillValue(a);
            if (attribute.isNominal()) {
                assertEquals("asMode", field.getAttribute("missingValueTreatment"));
                assertEquals(attribute.values().get((int) fill), field.getAttribute("missingValueReplacement"));
            } else {
                assertEquals("asMean", field.getAttribute("missingValueTreatment"));
                assertEquals(fill, Double.parseDouble(field.getAttribute("missingValueReplacement")), 0.0);
            }
        }
        assertEquals(target, mining.get(m).getAttribute("name"));
        assertEquals("predicted", mining.get(m).getAttribute("usageType"));

        // One table per class value; predictors per encoded feature of each used attribute (none for references).
        List<Element> tables = children(regression, "RegressionTable");
        assertEquals(model.classValues().size(), tables.size());
        int usedFeatures = 0;
        for (int a = 0; a < attributes.size(); a++) {
            if (!unused.contains(attributes.get(a).name())) {
                usedFeatures += attributes.get(a).isNominal() ? attributes.get(a).values().size() - 1 : 1;
            }
        }
        int emptyTables = 0;
        for (int c = 0; c < tables.size(); c++) {
            Element regressionTable = tables.get(c);
            assertEquals(model.classValues().get(c), regressionTable.getAttribute("targetCategory"));
            int predictors = children(regressionTable, "NumericPredictor").size()
                    + children(regressionTable, "CategoricalPredictor").size();
            if (predictors == 0) {
                emptyTables++;
            } else {
                assertEquals(usedFeatures, predictors);
            }
        }
        int absent = model.classValues().size() - model.core().numClasses();
        // without used features every table is an intercept alone
        assertEquals(usedFeatures == 0 ? tables.size() : (model.core().isBinary() ? 1 : 0) + absent, emptyTables);

        // Output fields: one probability per class value and the predicted value.
        List<Element> outputs = children(only(regression, "Output"), "OutputField");
        assertEquals(model.classValues().size() + 1, outputs.size());
        for (int c = 0; c < model.classValues().size(); c++) {
            assertEquals("probability", outputs.get(c).getAttribute("feature"));
            assertEquals(model.classValues().get(c), outputs.get(c).getAttribute("value"));
        }
        assertEquals("predictedValue", outputs.get(outputs.size() - 1).getAttribute("feature"));

        // The document's probabilities are the model's, on every row (missing values included).
        DocumentScorer scorer = new DocumentScorer(document, attributes, target);
        double worst = 0;
        for (int i = 0; i < table.rows(); i++) {
            double[] raw = row(table, i);
            double[] expected = model.probabilities(raw);
            double[] actual = scorer.probabilities(raw, model.classValues());
            for (int c = 0; c < expected.length; c++) {
                worst = Math.max(worst, Math.abs(expected[c] - actual[c]));
            }
        }
        assertTrue(worst <= tolerance, "largest probability difference " + worst);

        // Writing did not change the model.
        assertArrayEquals(coefficientsBefore, model.core().coefficients());
        assertArrayEquals(firstRowBefore, model.probabilities(row(table, 0)), 0.0);
    }

    private static List<String> values(Element field) {
        List<String> values = new ArrayList<>();
        for (Element value : children(field, "Value")) {
            values.add(value.getAttribute("value"));
        }
        return values;
    }

    private static double[] row(RawTable table, int i) {
        double[] raw = new double[table.attributes().size()];
        table.copyRow(i, raw, 0);
        return raw;
    }

    @ParameterizedTest
    @ValueSource(strings = {"breast-cancer-wisconsin-original.arff", "diabetes.arff", "house-votes-84.arff",
        "iris.arff", "wine.arff"})
    void documentsDescribeTheModel(String dataset) throws Exception {
        RawTable table = Arff.table(dataset);
        checkDocument(TabularTrainer.fit(table, CONFIG), table, "class", 1e-12);
    }

    private static final AttributeSpec AGE = AttributeSpec.numeric("age");
    private static final AttributeSpec CONSTANT = AttributeSpec.numeric("constant");
    private static final AttributeSpec NEVER = AttributeSpec.numeric("never measured");
    private static final AttributeSpec COLOR = AttributeSpec.nominal("color", List.of("red", "green", "blue"));
    private static final AttributeSpec SIZE = AttributeSpec.nominal("size", List.of("small", "large"));

    /** A constant attribute, two attributes missing in every row, missing values, and a class value never seen. */
    static RawTable awkwardTable(List<String> classValues) {
        RawTable.Builder builder = RawTable.builder(List.of(AGE, CONSTANT, NEVER, COLOR, SIZE), classValues);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 120; i++) {
            double age = 20 + random.nextInt(50);
            int color = random.nextInt(3);
            double z = 0.05 * (age - 45) + (color == 2 ? 1.5 : color == 1 ? -0.5 : 0) + random.nextGaussian();
            int label = classValues.size() > 3 ? (z > 0.8 ? 3 : z > -0.8 ? 1 : 0) : (z > 0 ? 1 : 0);
            builder.addRow(new double[] {i % 10 == 0 ? Double.NaN : age, 4.5, Double.NaN,
                i % 7 == 0 ? Double.NaN : color, Double.NaN}, label, 1);
        }
        return builder.build();
    }

    @Test
    void constantUnusedAndAbsentClassBinary() throws Exception {
        RawTable table = awkwardTable(List.of("no", "yes", "never seen"));
        TabularModel model = TabularTrainer.fit(table, CONFIG);
        assertEquals(List.of("never measured", "size"), model.encoder().unusedAttributes());
        checkDocument(model, table, "outcome", 1e-12);
        assertTrue(PmmlWriter.toPmml(model, "outcome").contains("intercept=\"-1000.0\""));
    }

    @Test
    void constantUnusedAndAbsentClassMultinomial() throws Exception {
        RawTable table = awkwardTable(List.of("low", "middle", "never seen", "high"));
        TabularModel model = TabularTrainer.fit(table, CONFIG);
        assertEquals(3, model.core().numClasses());
        checkDocument(model, table, "level", 1e-12);
    }

    @Test
    void aModelWithoutAttributesIsItsIntercept() throws Exception {
        RawTable.Builder builder = RawTable.builder(List.of(), List.of("no", "yes"));
        for (int i = 0; i < 10; i++) {
            builder.addRow(new double[0], i < 3 ? 1 : 0, 1.0);
        }
        RawTable table = builder.build();
        TabularModel model = TabularTrainer.fit(table, CONFIG);
        assertEquals(0.3, model.probabilities(new double[0])[1], 1e-6);
        checkDocument(model, table, "outcome", 1e-12);
    }

    @Test
    void thresholdIsDocumentedAsNotCarried() throws Exception {
        RawTable table = Arff.table("diabetes.arff");
        TabularModel tuned = TabularTrainer.fit(table, CONFIG.toBuilder().threshold(0.3).build());
        String note = only(parse(PmmlWriter.toPmml(tuned, "class")).getDocumentElement(), "Annotation")
                .getTextContent();
        assertTrue(note.startsWith("Not carried: the model's decision threshold 0.3"), note);
        TabularModel plain = TabularTrainer.fit(table, CONFIG);
        assertFalse(PmmlWriter.toPmml(plain, "class").contains("Not carried"));
    }

    @Test
    void numericLabelOfTheModeSitsAtItsOwnIndex() {
        AttributeSpec grades = AttributeSpec.nominal("grade", List.of("1", "2", "3", "10"));
        // Weka's consumer reads the replacement "1" as index 1: the mode "1" moves there, "2" takes its place.
        assertEquals(List.of("2", "1", "3", "10"), PmmlWriter.dictionaryOrder(grades, 0));
        assertEquals(List.of("1", "3", "2", "10"), PmmlWriter.dictionaryOrder(grades, 1));
        assertEquals(List.of("1", "2", "10", "3"), PmmlWriter.dictionaryOrder(grades, 2));
        // "10" is no index of four values: no swap can help there (a limit of Weka's consumer).
        assertEquals(List.of("1", "2", "3", "10"), PmmlWriter.dictionaryOrder(grades, 3));
        // A label already at its own index, and labels that are not numbers, stay where they are.
        assertEquals(List.of("0", "1"), PmmlWriter.dictionaryOrder(AttributeSpec.nominal("bit", List.of("0", "1")), 1));
        assertEquals(COLOR.values(), PmmlWriter.dictionaryOrder(COLOR, 2));
    }

    @Test
    void clashingNamesAreRefused() {
        RawTable table = Arff.table("iris.arff");
        TabularModel model = TabularTrainer.fit(table, CONFIG);
        String input = model.attributes().get(0).name();
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> PmmlWriter.toPmml(model, input));
        assertTrue(clash.getMessage().contains(input), clash.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PmmlWriter.toPmml(model, ""));
        assertThrows(IllegalArgumentException.class, () -> PmmlWriter.toPmml(null, "class"));
    }
}
