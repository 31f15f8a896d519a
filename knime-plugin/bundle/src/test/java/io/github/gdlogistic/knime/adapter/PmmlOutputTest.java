package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.pmml.PmmlWriter;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

/**
 * The learner's PMML output: the document KNIME's PMML predictor can score (the GeneralRegressionModel form, with
 * the layout that predictor assumes: a factor's parameters for its sorted values but the first, the reference class
 * the last sorted class value), scored the way that predictor scores it (a small emulation written from reading its
 * source) to the model's probabilities, and the learner's port layout (1.0's ports first, the PMML table appended).
 */
class PmmlOutputTest {

    private static final String NS = PmmlWriter.GENERAL_REGRESSION_NAMESPACE;

    /** Three classes given in unsorted order, a numeric and a nominal column (values unsorted), missing values. */
    private static TabularModel model(String target) {
        TrainingTableBuilder builder = new TrainingTableBuilder(
            List.of(new FeatureColumn("age", ColumnKind.NUMERIC), new FeatureColumn("color", ColumnKind.NOMINAL)));
        Random random = new Random(3);
        String[] colors = {"red", "blue", "green"};
        String[] classes = {"medium", "high", "low"};
        for (int i = 0; i < 150; i++) {
            double age = 20 + random.nextInt(50);
            int color = random.nextInt(3);
            double z = 0.05 * (age - 45) + color + random.nextGaussian();
            builder.addRow(new Object[] {i % 11 == 0 ? null : age, i % 7 == 0 ? null : colors[color]},
                classes[z > 1.5 ? 1 : z > 0 ? 0 : 2]);
        }
        return TabularTrainer.fit(builder.build(), TrainingConfig.defaults(), TrainingListener.NONE);
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<String> attributes(Document document, String element, String attribute) {
        NodeList nodes = document.getElementsByTagNameNS(NS, element);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((Element) nodes.item(i)).getAttribute(attribute));
        }
        return values;
    }

    @Test
    void tableHoldsTheGeneralRegressionDocumentInKnimesLayout() throws Exception {
        TabularModel model = model("risk");
        PmmlOutput.Result result = PmmlOutput.table(model, "risk");
        assertTrue(result.problem().isEmpty());
        TableContent table = result.table();
        assertEquals(List.of("PMML"), table.columnNames());
        assertEquals(List.of(CellKind.STRING), table.columnKinds());
        assertEquals(1, table.rows().size());
        String text = (String) table.rows().get(0)[0];
        assertEquals(PmmlWriter.toPmml(model, "risk", PmmlWriter.Form.GENERAL_REGRESSION_MODEL), text);

        Document document = parse(text);
        assertEquals("4.2", document.getDocumentElement().getAttribute("version"));
        Element general = (Element) document.getElementsByTagNameNS(NS, "GeneralRegressionModel").item(0);
        assertEquals("multinomialLogistic", general.getAttribute("modelType"));
        assertEquals("classification", general.getAttribute("functionName"));
        // KNIME's predictor: the last sorted class is the reference, a factor's first sorted value the baseline.
        assertEquals(List.of("high", "low", "medium"), model.classValues());
        assertEquals("medium", general.getAttribute("targetReferenceCategory"));
        assertEquals(List.of("high", "high", "high", "high", "low", "low", "low", "low"),
            attributes(document, "PCell", "targetCategory"));
        assertEquals(List.of("age", "color", "color"), attributes(document, "PPCell", "predictorName"));
        assertEquals(List.of("1", "green", "red"), attributes(document, "PPCell", "value"));
        assertEquals(List.of("color"), attributes(document, "Predictor", "name").subList(0, 1));
        // the missing-value replacements travel with the document
        assertEquals(List.of("asMean", "asMode", ""), attributes(document, "MiningField", "missingValueTreatment"));
    }

    /**
     * Scores a complete row as KNIME's PMML predictor does for a multinomial logistic GeneralRegressionModel (from
     * reading its LogRegPredictor): target categories and factor values sorted, the last target category's
     * parameters taken as zero, a factor's parameters consecutive for its sorted values but the first.
     */
    private static double[] knimeStyleProbabilities(Document document, Object[] row, List<String> columns) {
        Element general = (Element) document.getElementsByTagNameNS(NS, "GeneralRegressionModel").item(0);
        List<String> parameters = attributes(document, "Parameter", "name");
        java.util.Map<String, String[]> cells = new java.util.HashMap<>();
        NodeList ppCells = general.getElementsByTagNameNS(NS, "PPCell");
        for (int i = 0; i < ppCells.getLength(); i++) {
            Element cell = (Element) ppCells.item(i);
            cells.put(cell.getAttribute("parameterName"),
                new String[] {cell.getAttribute("predictorName"), cell.getAttribute("value")});
        }
        java.util.Map<String, List<String>> domains = new java.util.HashMap<>();
        NodeList fields = document.getElementsByTagNameNS(NS, "DataField");
        for (int i = 0; i < fields.getLength(); i++) {
            Element field = (Element) fields.item(i);
            List<String> values = new ArrayList<>();
            NodeList valueNodes = field.getElementsByTagNameNS(NS, "Value");
            for (int v = 0; v < valueNodes.getLength(); v++) {
                values.add(((Element) valueNodes.item(v)).getAttribute("value"));
            }
            java.util.Collections.sort(values);
            domains.put(field.getAttribute("name"), values);
        }
        List<String> factors = new ArrayList<>();
        NodeList factorNodes = ((Element) general.getElementsByTagNameNS(NS, "FactorList").item(0))
            .getElementsByTagNameNS(NS, "Predictor");
        for (int i = 0; i < factorNodes.getLength(); i++) {
            factors.add(((Element) factorNodes.item(i)).getAttribute("name"));
        }
        double[] x = new double[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            String[] cell = cells.get(parameters.get(i));
            if (cell == null) {
                x[i] = 1;
            } else if (factors.contains(cell[0])) {
                int index = domains.get(cell[0]).indexOf(row[columns.indexOf(cell[0])]);
                if (index > 0) {
                    x[i + index - 1] = 1;
                }
                i += domains.get(cell[0]).size() - 2;
            } else {
                x[i] = Math.pow((Double) row[columns.indexOf(cell[0])], Integer.parseInt(cell[1]));
            }
        }
        String target = ((Element) document.getElementsByTagNameNS(NS, "DataField")
            .item(fields.getLength() - 1)).getAttribute("name");
        List<String> categories = domains.get(target);
        double[] scores = new double[categories.size()];
        NodeList pCells = general.getElementsByTagNameNS(NS, "PCell");
        for (int k = 0; k < categories.size() - 1; k++) {
            for (int c = 0; c < pCells.getLength(); c++) {
                Element cell = (Element) pCells.item(c);
                if (cell.getAttribute("targetCategory").equals(categories.get(k))) {
                    scores[k] += Double.parseDouble(cell.getAttribute("beta"))
                        * x[parameters.indexOf(cell.getAttribute("parameterName"))];
                }
            }
        }
        double[] probabilities = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double sum = 0;
            for (double score : scores) {
                sum += Math.exp(score - scores[i]);
            }
            probabilities[i] = 1 / sum;
        }
        return probabilities;
    }

    /** The layout KNIME's predictor assumes gives the model's probabilities, multinomial and binary. */
    @Test
    void knimeStyleScoringGivesTheModelsProbabilities() throws Exception {
        List<String> columns = List.of("age", "color");
        Random random = new Random(5);
        String[] colors = {"red", "blue", "green"};
        for (String positive : List.of("", "no", "yes")) {
            TrainingTableBuilder builder = new TrainingTableBuilder(List.of(
                new FeatureColumn("age", ColumnKind.NUMERIC), new FeatureColumn("color", ColumnKind.NOMINAL)));
            for (int i = 0; i < 120; i++) {
                double age = 20 + random.nextInt(50);
                int color = random.nextInt(3);
                boolean yes = 0.05 * (age - 45) + color - 1 + random.nextGaussian() > 0;
                builder.addRow(new Object[] {age, colors[color]}, yes ? "yes" : "no");
            }
            TabularModel binary = TabularTrainer.fit(builder.build(),
                KnimeSettings.config("positiveClass", positive), TrainingListener.NONE);
            assertScoresLikeTheModel(binary, columns);
        }
        assertScoresLikeTheModel(model("risk"), columns);
    }

    private static void assertScoresLikeTheModel(TabularModel model, List<String> columns) throws Exception {
        Document document = parse(PmmlOutput.document(model, "risk"));
        double worst = 0;
        for (double age = 20; age < 70; age += 7) {
            for (String color : List.of("blue", "green", "red")) {
                Object[] row = {age, color};
                double[] expected = model.probabilities(new double[] {age,
                    model.attributes().get(1).values().indexOf(color)});
                double[] actual = knimeStyleProbabilities(document, row, columns);
                for (int c = 0; c < expected.length; c++) {
                    worst = Math.max(worst, Math.abs(expected[c] - actual[c]));
                }
            }
        }
        assertTrue(worst <= 1e-12, "largest probability difference " + worst);
    }

    @Test
    void clashingNamesGiveAMissingCellAndAReason() {
        TabularModel model = model("risk");
        PmmlOutput.Result result = PmmlOutput.table(model, "age");
        assertEquals(1, result.table().rows().size());
        assertNull(result.table().rows().get(0)[0]);
        assertTrue(result.problem().orElseThrow().startsWith("No PMML: "), result.problem().orElseThrow());
        assertTrue(result.problem().orElseThrow().contains("age"));
    }

    /** Workflows of 1.0 connect to ports 0..2: those stay; the PMML table is appended as the last port. */
    @Test
    void learnerPortsOfVersionOneComeFirstAndPmmlIsAppended() throws Exception {
        assertEquals(List.of("Model", "Coefficients and statistics", "Training"),
            PmmlOutput.LEARNER_OUTPUT_PORTS.subList(0, 3));
        assertEquals(PmmlOutput.LEARNER_OUTPUT_PORTS.size() - 1, PmmlOutput.PMML_PORT);
        assertEquals("PMML", PmmlOutput.LEARNER_OUTPUT_PORTS.get(PmmlOutput.PMML_PORT));
        // the node description lists the same ports at the same indices
        Document description;
        try (InputStream in = getClass().getResourceAsStream(
            "/io/github/gdlogistic/knime/learner/GdLogisticLearnerNodeFactory.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            description = factory.newDocumentBuilder().parse(in);
        }
        NodeList ports = description.getElementsByTagNameNS("http://knime.org/node/v4.1", "outPort");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ports.getLength(); i++) {
            Element port = (Element) ports.item(i);
            assertEquals(String.valueOf(i), port.getAttribute("index"));
            names.add(port.getAttribute("name"));
        }
        assertEquals(PmmlOutput.LEARNER_OUTPUT_PORTS, names);
    }
}
