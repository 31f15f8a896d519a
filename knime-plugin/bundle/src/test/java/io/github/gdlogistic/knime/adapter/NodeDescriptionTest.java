package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.github.gdlogistic.knime.adapter.TrainingSettings.Setting;

/** The learner's node description names its options exactly as the dialog labels them, in the dialog's order. */
class NodeDescriptionTest {

    private static List<String> optionNames(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<String> names = new ArrayList<>();
        try (InputStream in = NodeDescriptionTest.class.getResourceAsStream(resource)) {
            NodeList options = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "option");
            for (int i = 0; i < options.getLength(); i++) {
                names.add(((Element) options.item(i)).getAttribute("name"));
            }
        }
        return names;
    }

    @Test
    void learnerOptionsAreTheDialogLabels() throws Exception {
        List<String> described =
            optionNames("/io/github/gdlogistic/knime/learner/GdLogisticLearnerNodeFactory.xml");
        List<String> labels = new ArrayList<>(List.of("Target column"));
        labels.add(TrainingSettings.setting(DialogLayout.TARGET_GROUP_KEY).label());
        labels.add("Feature columns");
        for (DialogLayout.Group group : DialogLayout.TRAINING_GROUPS) {
            group.keys().forEach(key -> labels.add(TrainingSettings.setting(key).label()));
        }
        assertEquals(labels, described);
        assertEquals(TrainingSettings.ALL.size() + 2, described.size(), "every setting is described once");
        for (Setting setting : TrainingSettings.ALL) {
            assertEquals(1, described.stream().filter(setting.label()::equals).count(), setting.label());
        }
    }
}
