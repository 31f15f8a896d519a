package io.github.gdlogistic.knime.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feature filter's stored form: the settings key that version 1.0 wrote, and the filter modes it offers. The
 * modes are KNIME's mask bits, compiled into {@link LearnerSettings} from the API the bundle was built against, so
 * this also checks that the shim's constants carry KNIME's values.
 */
class LearnerSettingsTest {

    /** KNIME's NameFilterConfiguration.FILTER_BY_NAMEPATTERN ({@code 1 << 0}) in its sources. */
    private static final int KNIME_NAME_PATTERN = 1;

    /** KNIME's DataColumnSpecFilterConfiguration.FILTER_BY_DATATYPE ({@code 1 << 5}) in its sources. */
    private static final int KNIME_DATA_TYPE = 32;

    @Test
    void theFeatureFilterOffersNamePatternsAndTypeSelection() {
        assertEquals(KNIME_NAME_PATTERN | KNIME_DATA_TYPE, LearnerSettings.FEATURE_FILTER_MODES);
    }

    @Test
    void theFeatureFilterIsStoredUnderVersion1sKey() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/compatibility/learner-settings-v1.xml")) {
            NodeList configs = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                .getElementsByTagName("config");
            int found = 0;
            for (int i = 0; i < configs.getLength(); i++) {
                if (LearnerSettings.FEATURES_KEY.equals(((Element)configs.item(i)).getAttribute("key"))) {
                    found++;
                }
            }
            assertEquals(1, found, "the stored settings hold the feature filter under " + LearnerSettings.FEATURES_KEY);
        }
    }
}
