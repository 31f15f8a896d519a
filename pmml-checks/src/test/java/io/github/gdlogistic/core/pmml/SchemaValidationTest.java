package io.github.gdlogistic.core.pmml;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.gdlogistic.core.Arff;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

import java.io.StringReader;
import java.net.URL;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both forms of the exported document are valid against the PMML schema that ships in JPMML's {@code pmml-model}
 * 1.6.4 ({@code /pmml.xsd}, PMML 4.4 with JPMML's extensions): element order, required attributes, value types.
 * The GeneralRegressionModel form is PMML 4.2; it is checked under the 4.4 namespace, as every element and attribute
 * it uses is unchanged from 4.2 to 4.4.
 */
class SchemaValidationTest {

    private static Schema schema() throws Exception {
        URL xsd = SchemaValidationTest.class.getResource("/pmml.xsd");
        assertNotNull(xsd, "pmml.xsd of pmml-model on the test classpath");
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    @ParameterizedTest
    @ValueSource(strings = {"diabetes.arff", "breast-cancer-wisconsin-original.arff", "house-votes-84.arff",
        "iris.arff"})
    void bothFormsAreValid(String dataset) throws Exception {
        Schema schema = schema();
        RawTable table = Arff.table(dataset);
        TabularModel model = TabularTrainer.fit(table, TrainingConfig.defaults());
        RawTable awkward = PmmlWriterTest.awkwardTable(List.of("low", "middle", "never seen", "high"));
        TabularModel awkwardModel = TabularTrainer.fit(awkward, TrainingConfig.defaults());
        for (PmmlWriter.Form form : PmmlWriter.Form.values()) {
            for (String document : List.of(PmmlWriter.toPmml(model, "class", form),
                    PmmlWriter.toPmml(awkwardModel, "outcome", form))) {
                String asPmml44 = document.replace(PmmlWriter.GENERAL_REGRESSION_NAMESPACE, PmmlWriter.NAMESPACE);
                schema.newValidator().validate(new StreamSource(new StringReader(asPmml44)));
            }
        }
    }
}
