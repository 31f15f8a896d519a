package io.github.gdlogistic.core.pmml;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code GeneralRegressionModel} form read back with the JDK's XML parser: the element layout KNIME's learner
 * writes (checked element by element against the model), and the document's probabilities, computed by a small
 * reader written from the PMML specification (linear predictors from the PPMatrix and ParamMatrix, the reference
 * class at zero, softmax), compared with the model's own on every row.
 */
class GeneralRegressionFormTest {

    private static final TrainingConfig CONFIG = TrainingConfig.builder().maxIterations(200).build();
    private static final String NS = PmmlWriter.GENERAL_REGRESSION_NAMESPACE;

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    /** The element children of a parent (direct children only), in document order. */
    private static List<Element> children(Element parent) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                assertEquals(NS, node.getNamespaceURI(), "namespace of " + node.getLocalName());
                found.add((Element) node);
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(parent)) {
            if (child.getLocalName().equals(name)) {
                found.add(child);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals(1, found.size(), "number of " + name + " elements");
        return found.get(0);
    }

    /** Scores raw rows with the document alone, as the PMML specification defines a multinomial logistic GRM. */
    static final class GeneralRegressionScorer {
        private final List<AttributeSpec> attributes;
        private final Map<String, String> replacements = new HashMap<>();
        private final List<String> parameters = new ArrayList<>();
        /** parameter -> (predictor, PPCell value) pairs */
        private final Map<String, List<String[]>> ppCells = new HashMap<>();
        private final List<String> factors = new ArrayList<>();
        /** target category -> parameter -> beta */
        private final Map<String, Map<String, Double>> betas = new LinkedHashMap<>();
        private final String reference;

        GeneralRegressionScorer(Document document, List<AttributeSpec> attributes, String target) {
            this.attributes = attributes;
            Element model = only(document.getDocumentElement(), "GeneralRegressionModel");
            reference = model.getAttribute("targetReferenceCategory");
            for (Element field : children(only(model, "MiningSchema"), "MiningField")) {
                if (!field.getAttribute("name").equals(target)) {
                    replacements.put(field.getAttribute("name"), field.getAttribute("missingValueReplacement"));
                }
            }
            for (Element parameter : children(only(model, "ParameterList"), "Parameter")) {
                parameters.add(parameter.getAttribute("name"));
            }
            for (Element predictor : children(only(model, "FactorList"), "Predictor")) {
                factors.add(predictor.getAttribute("name"));
            }
            for (Element cell : children(only(model, "PPMatrix"), "PPCell")) {
                ppCells.computeIfAbsent(cell.getAttribute("parameterName"), p -> new ArrayList<>())
                        .add(new String[] {cell.getAttribute("predictorName"), cell.getAttribute("value")});
            }
            for (Element cell : children(only(model, "ParamMatrix"), "PCell")) {
                betas.computeIfAbsent(cell.getAttribute("targetCategory"), c -> new HashMap<>())
                        .merge(cell.getAttribute("parameterName"), Double.parseDouble(cell.getAttribute("beta")),
                                Double::sum);
            }
        }

        /** The value of a parameter's design variable: the product over its PPCells (1 without any). */
        private double design(String parameter, double[] raw) {
            double x = 1;
            for (String[] cell : ppCells.getOrDefault(parameter, List.of())) {
                String predictor = cell[0];
                if (factors.contains(predictor)) {
                    x *= nominal(predictor, raw).equals(cell[1]) ? 1 : 0;
                } else {
                    x *= Math.pow(numeric(predictor, raw), Double.parseDouble(cell[1]));
                }
            }
            return x;
        }

        double[] probabilities(double[] raw, List<String> hostClasses) {
            double[] x = new double[parameters.size()];
            for (int p = 0; p < x.length; p++) {
                x[p] = design(parameters.get(p), raw);
            }
            double[] scores = new double[hostClasses.size()];
            for (int c = 0; c < scores.length; c++) {
                Map<String, Double> beta = betas.get(hostClasses.get(c));
                if (beta == null) {
                    assertEquals(reference, hostClasses.get(c), "only the reference class has no cells");
                    continue;
                }
                for (int p = 0; p < x.length; p++) {
                    scores[c] += beta.getOrDefault(parameters.get(p), 0.0) * x[p];
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double score : scores) {
                max = Math.max(max, score);
            }
            double sum = 0;
            for (int c = 0; c < scores.length; c++) {
                scores[c] = Math.exp(scores[c] - max);
                sum += scores[c];
            }
            for (int c = 0; c < scores.length; c++) {
                scores[c] /= sum;
            }
            return scores;
        }

        private int index(String name) {
            for (int a = 0; a < attributes.size(); a++) {
                if (attributes.get(a).name().equals(name)) {
                    return a;
                }
            }
            throw new AssertionError("a cell names the unknown field " + name);
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

    /** Checks the layout against the model and returns the largest probability difference over all rows. */
    private static double check(TabularModel model, RawTable table, String target) throws Exception {
        String text = PmmlWriter.toPmml(model, target, PmmlWriter.Form.GENERAL_REGRESSION_MODEL);
        Document document = parse(text);
        Element root = document.getDocumentElement();
        assertEquals("PMML", root.getLocalName());
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("4.2", root.getAttribute("version"));
        assertEquals(List.of("Header", "DataDictionary", "GeneralRegressionModel"), names(children(root)));

        // The shared parts are those of the RegressionModel form, element for element.
        Document regressionForm = parse(PmmlWriter.toPmml(model, target));
        Element regressionRoot = regressionForm.getDocumentElement();
        Element regression = firstChild(regressionRoot, "RegressionModel");
        assertTrue(sameContent(firstChild(regressionRoot, "DataDictionary"), only(root, "DataDictionary")));
        Element general = only(root, "GeneralRegressionModel");
        assertTrue(sameContent(firstChild(regression, "MiningSchema"), only(general, "MiningSchema")));
        assertTrue(sameContent(firstChild(regression, "Output"), only(general, "Output")));

        // The model element: KNIME's learner's attributes and child order.
        assertEquals("multinomialLogistic", general.getAttribute("modelType"));
        assertEquals("classification", general.getAttribute("functionName"));
        List<String> classes = model.classValues();
        int last = classes.size() - 1;
        while (model.labels().toModel(last) < 0) {
            last--; // the reference is the last class value present in training
        }
        String reference = classes.get(last);
        List<String> others = new ArrayList<>(classes);
        others.remove(last);
        assertEquals(reference, general.getAttribute("targetReferenceCategory"));
        assertEquals(List.of("MiningSchema", "Output", "ParameterList", "FactorList", "CovariateList", "PPMatrix",
                "ParamMatrix"), names(children(general)));

        // Parameters: the intercept, then one per encoded feature of each used attribute.
        List<AttributeSpec> attributes = model.attributes();
        List<String> unused = model.encoder().unusedAttributes();
        List<String> expectedLabels = new ArrayList<>(List.of("Intercept"));
        List<String> expectedFactors = new ArrayList<>();
        List<String> expectedCovariates = new ArrayList<>();
        List<String> expectedCells = new ArrayList<>();
        for (AttributeSpec attribute : attributes) {
            if (unused.contains(attribute.name())) {
                continue;
            }
            if (attribute.isNominal()) {
                expectedFactors.add(attribute.name());
                for (String value : attribute.values().subList(1, attribute.values().size())) {
                    expectedCells.add("p" + expectedLabels.size() + " " + attribute.name() + " " + value);
                    expectedLabels.add(attribute.name() + "=" + value);
                }
            } else {
                expectedCovariates.add(attribute.name());
                expectedCells.add("p" + expectedLabels.size() + " " + attribute.name() + " 1");
                expectedLabels.add(attribute.name());
            }
        }
        List<Element> parameters = children(only(general, "ParameterList"), "Parameter");
        List<String> labels = new ArrayList<>();
        for (int p = 0; p < parameters.size(); p++) {
            assertEquals("p" + p, parameters.get(p).getAttribute("name"));
            labels.add(parameters.get(p).getAttribute("label"));
        }
        assertEquals(expectedLabels, labels);
        assertEquals(expectedFactors, attributeValues(children(only(general, "FactorList"), "Predictor"), "name"));
        assertEquals(expectedCovariates,
                attributeValues(children(only(general, "CovariateList"), "Predictor"), "name"));
        List<String> cells = new ArrayList<>();
        for (Element cell : children(only(general, "PPMatrix"), "PPCell")) {
            cells.add(cell.getAttribute("parameterName") + " " + cell.getAttribute("predictorName") + " "
                    + cell.getAttribute("value"));
            assertFalse(cell.hasAttribute("targetCategory"));
        }
        assertEquals(expectedCells, cells);

        // ParamMatrix: every parameter for every class but the reference, which has none.
        List<Element> pCells = children(only(general, "ParamMatrix"), "PCell");
        assertEquals((classes.size() - 1) * parameters.size(), pCells.size());
        for (int i = 0; i < pCells.size(); i++) {
            Element cell = pCells.get(i);
            assertEquals(others.get(i / parameters.size()), cell.getAttribute("targetCategory"));
            assertEquals("p" + i % parameters.size(), cell.getAttribute("parameterName"));
            assertEquals("1", cell.getAttribute("df"));
            assertTrue(Double.isFinite(Double.parseDouble(cell.getAttribute("beta"))));
        }

        // The document's probabilities are the model's, on every row (missing values included).
        GeneralRegressionScorer scorer = new GeneralRegressionScorer(document, attributes, target);
        double worst = 0;
        double[] raw = new double[attributes.size()];
        for (int i = 0; i < table.rows(); i++) {
            table.copyRow(i, raw, 0);
            double[] expected = model.probabilities(raw);
            double[] actual = scorer.probabilities(raw, classes);
            for (int c = 0; c < expected.length; c++) {
                worst = Math.max(worst, Math.abs(expected[c] - actual[c]));
            }
        }
        return worst;
    }

    private static Element firstChild(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && node.getLocalName().equals(name)) {
                return (Element) node;
            }
        }
        throw new AssertionError("no " + name + " element");
    }

    /** Same local names, attributes and children, whatever the namespace (the two forms differ only there). */
    private static boolean sameContent(Element a, Element b) {
        if (!a.getLocalName().equals(b.getLocalName()) || a.getAttributes().getLength() != b.getAttributes()
                .getLength()) {
            return false;
        }
        for (int i = 0; i < a.getAttributes().getLength(); i++) {
            Node attribute = a.getAttributes().item(i);
            if (!attribute.getNodeValue().equals(b.getAttribute(attribute.getNodeName()))) {
                return false;
            }
        }
        List<Element> left = new ArrayList<>();
        for (Node node = a.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                left.add((Element) node);
            }
        }
        List<Element> right = children(b);
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!sameContent(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> names(List<Element> elements) {
        List<String> names = new ArrayList<>();
        for (Element element : elements) {
            names.add(element.getLocalName());
        }
        return names;
    }

    private static List<String> attributeValues(List<Element> elements, String attribute) {
        List<String> values = new ArrayList<>();
        for (Element element : elements) {
            values.add(element.getAttribute(attribute));
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"breast-cancer-wisconsin-original.arff", "diabetes.arff", "house-votes-84.arff",
        "iris.arff", "wine.arff"})
    void documentsDescribeAndScoreLikeTheModel(String dataset) throws Exception {
        RawTable table = Arff.table(dataset);
        double worst = check(TabularTrainer.fit(table, CONFIG), table, "class");
        assertTrue(worst <= 1e-12, dataset + ": largest probability difference " + worst);
    }

    @Test
    void positiveClassFirst() throws Exception {
        RawTable table = Arff.table("diabetes.arff");
        TabularModel model = TabularTrainer.fit(table, CONFIG.toBuilder().positiveClass("neg").build());
        assertTrue(model.labels().positiveClassFirst());
        double worst = check(model, table, "class");
        assertTrue(worst <= 1e-12, "largest probability difference " + worst);
    }

    @Test
    void constantUnusedAttributesAndAbsentClass() throws Exception {
        for (List<String> classes : List.of(List.of("no", "yes", "never seen"),
                List.of("low", "middle", "never seen", "high"), List.of("low", "high", "never seen last"))) {
            RawTable table = PmmlWriterTest.awkwardTable(classes);
            TabularModel model = TabularTrainer.fit(table, CONFIG);
            double worst = check(model, table, "outcome");
            assertTrue(worst <= 1e-12, classes + ": largest probability difference " + worst);
        }
    }

    @Test
    void formIsRequired() {
        TabularModel model = TabularTrainer.fit(Arff.table("iris.arff"), CONFIG);
        assertThrows(IllegalArgumentException.class, () -> PmmlWriter.toPmml(model, "class", null));
        assertNull(parseQuietly(PmmlWriter.toPmml(model, "class")).getDocumentElement()
                .getElementsByTagNameNS(NS, "GeneralRegressionModel").item(0));
    }

    private static Document parseQuietly(String text) {
        try {
            return parse(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
