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
 * the last sorted class value), and the learner's port layout (1.0's ports first, the PMML table appended).
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
