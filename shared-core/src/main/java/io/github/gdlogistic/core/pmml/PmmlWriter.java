package io.github.gdlogistic.core.pmml;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.FeatureEncoder;
import io.github.gdlogistic.core.table.LabelEncoder;
import io.github.gdlogistic.core.table.TabularModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a fitted {@link TabularModel} as a PMML 4.4 document that Weka's PMML consumer and JPMML both score like the
 * model itself. The form, and why:
 *
 * <ul>
 *   <li><b>Header</b>: the application's name and version, and an annotation stating what the document does not
 *       carry (the decision threshold, see below).</li>
 *   <li><b>DataDictionary</b>: every input attribute, also those missing in every training row (numeric attributes
 *       {@code continuous double}, nominal attributes {@code categorical string} with their values, in their order
 *       but for the swap of {@link #dictionaryOrder}), then the
 *       target with all its class values in the model's host order ({@link TabularModel#classValues()}).</li>
 *   <li><b>MiningSchema</b>: each used attribute as an active field with {@code missingValueReplacement} (the training
 *       mean of a numeric attribute, the training mode of a nominal one, exactly the encoder's fill values) and
 *       {@code missingValueTreatment} {@code asMean} / {@code asMode} (Weka's consumer ignores the replacement without
 *       the treatment); the target with {@code usageType="predicted"} (Weka's consumer does not read
 *       {@code "target"}). An attribute missing in every training row has no feature effect (its coefficients are
 *       0), so it stays in the data dictionary but is neither in the mining schema nor a predictor.</li>
 *   <li><b>RegressionModel</b>, {@code functionName="classification"}, {@code normalizationMethod="softmax"}, one
 *       {@code RegressionTable} per class value, coefficients in original units. A numeric attribute is a
 *       {@code NumericPredictor}; a nominal attribute is one {@code CategoricalPredictor} per value except the first,
 *       as the {@link FeatureEncoder}'s dummy coding (the first value is the reference and has no predictor).
 *       Binary models: the positive class (model class 1) gets the model's coefficients, the other class an empty
 *       table with {@code intercept="0"}, so that softmax gives the model's sigmoid. Multinomial models: all K
 *       coefficient vectors as they are, so softmax over the tables is the model's softmax.</li>
 *   <li><b>Class values absent from training</b> (probability 0 in the model): a table of their own with no
 *       predictors and the intercept {@value #ABSENT_CLASS_INTERCEPT}. A class without a table is not an option:
 *       Weka's consumer scores it {@code exp(0)}. With that intercept the class's probability underflows to exactly 0
 *       in double arithmetic whenever some present class scores above -255, i.e. in practice always.</li>
 *   <li><b>Output</b>: one {@code probability} field per class value and the {@code predictedValue}.</li>
 * </ul>
 *
 * <p>The decision threshold of a binary model (set or tuned) is not carried: a plain {@code RegressionModel} has no
 * place for it. The probabilities are the model's; the predicted class is the most probable one, which is the model's
 * decision only for the threshold 0.5. The header's annotation says so when the threshold differs.
 *
 * <p>That is the default form, {@link Form#REGRESSION_MODEL}. The second form, {@link Form#GENERAL_REGRESSION_MODEL},
 * puts the same coefficients into a PMML 4.2 {@code GeneralRegressionModel} ({@code multinomialLogistic}) with the
 * same data dictionary, mining schema and output fields: the form KNIME's PMML predictor scores as a classifier
 * (it reads a {@code RegressionModel} as a regression only). See {@link GeneralRegressionForm} for its layout.
 *
 * <p>Writing reads the model and never changes it. Numbers are written with {@link Double#toString(double)}, the
 * shortest text that reads back as the same double, so the document holds the model's coefficients exactly.
 */
public final class PmmlWriter {

    /** The PMML version written. */
    public static final String PMML_VERSION = "4.4";

    /** The PMML 4.4 namespace. */
    public static final String NAMESPACE = "http://www.dmg.org/PMML-4_4";

    /** The PMML version of the {@link Form#GENERAL_REGRESSION_MODEL} form. */
    public static final String GENERAL_REGRESSION_VERSION = "4.2";

    /** The PMML 4.2 namespace. */
    public static final String GENERAL_REGRESSION_NAMESPACE = "http://www.dmg.org/PMML-4_2";

    /** The application name in the header. */
    public static final String APPLICATION_NAME = "GD Logistic Regression";

    /** The intercept of the table of a class value absent from training: its probability underflows to 0. */
    public static final double ABSENT_CLASS_INTERCEPT = -1000;

    private PmmlWriter() {
    }

    /**
     * @return the project version written in the header (read from the build's {@code application.properties})
     */
    public static String applicationVersion() {
        Properties properties = new Properties();
        try (InputStream in = PmmlWriter.class.getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("The resource application.properties of " + PmmlWriter.class.getName()
                        + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /**
     * The two model elements the writer can produce. Both carry the same data dictionary, mining schema and output
     * fields, and give the same probabilities.
     */
    public enum Form {
        /**
         * PMML 4.4 {@code RegressionModel} with softmax, one table per class: what Weka's consumer and JPMML score.
         */
        REGRESSION_MODEL(NAMESPACE, PMML_VERSION),
        /**
         * PMML 4.2 {@code GeneralRegressionModel} of {@code modelType="multinomialLogistic"}: the form KNIME's own
         * logistic regression learner writes and KNIME's PMML predictor scores (KNIME's PMML classes are built on
         * the PMML 4.2 schema).
         */
        GENERAL_REGRESSION_MODEL(GENERAL_REGRESSION_NAMESPACE, GENERAL_REGRESSION_VERSION);

        private final String namespace;
        private final String version;

        Form(String namespace, String version) {
            this.namespace = namespace;
            this.version = version;
        }

        /** @return the PMML namespace of this form's documents */
        public String namespace() {
            return namespace;
        }

        /** @return the PMML version of this form's documents */
        public String version() {
            return version;
        }
    }

    /**
     * @param model the fitted model (not changed)
     * @param targetName the name of the class attribute in the host's data (the PMML target field)
     * @return the PMML document as text in the {@link Form#REGRESSION_MODEL} form (UTF-8 declaration, indented)
     * @throws IllegalArgumentException when the target name is empty or clashes with an input attribute or an output
     *         field name
     */
    public static String toPmml(TabularModel model, String targetName) {
        return toPmml(model, targetName, Form.REGRESSION_MODEL);
    }

    /**
     * @param model the fitted model (not changed)
     * @param targetName the name of the class attribute in the host's data (the PMML target field)
     * @param form the model element to write
     * @return the PMML document as text (UTF-8 declaration, indented)
     * @throws IllegalArgumentException when the target name is empty or clashes with an input attribute or an output
     *         field name, or the form is null
     */
    public static String toPmml(TabularModel model, String targetName, Form form) {
        Document document = toDocument(model, targetName, form);
        try {
            // the JDK's own serializer whatever XML library a host puts on the class path (only our own DOM is
            // written, nothing external is read)
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(text));
            return text.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("The JDK's XML serializer failed on the PMML document: " + e.getMessage(),
                    e);
        }
    }

    /**
     * @param model the fitted model (not changed)
     * @param targetName the name of the class attribute in the host's data (the PMML target field)
     * @return the PMML document as a DOM tree, in the {@link Form#REGRESSION_MODEL} form
     * @throws IllegalArgumentException when the target name is empty or clashes with an input attribute or an output
     *         field name
     */
    public static Document toDocument(TabularModel model, String targetName) {
        return toDocument(model, targetName, Form.REGRESSION_MODEL);
    }

    /**
     * @param model the fitted model (not changed)
     * @param targetName the name of the class attribute in the host's data (the PMML target field)
     * @param form the model element to write
     * @return the PMML document as a DOM tree
     * @throws IllegalArgumentException when the target name is empty or clashes with an input attribute or an output
     *         field name, or the form is null
     */
    public static Document toDocument(TabularModel model, String targetName, Form form) {
        if (model == null) {
            throw new IllegalArgumentException("The model to export is null; expected a fitted model");
        }
        if (form == null) {
            throw new IllegalArgumentException("The PMML form is null; expected one of " + List.of(Form.values()));
        }
        checkNames(model, targetName);
        Document document = newDocument();
        Element pmml = document.createElementNS(form.namespace(), "PMML");
        pmml.setAttribute("version", form.version());
        document.appendChild(pmml);
        pmml.appendChild(header(document, model));
        pmml.appendChild(dataDictionary(document, model, targetName));
        pmml.appendChild(form == Form.REGRESSION_MODEL ? regressionModel(document, model, targetName)
                : GeneralRegressionForm.model(document, model, targetName));
        return document;
    }

    /** Target, inputs and output fields must have distinct names: PMML refers to fields by name. */
    private static void checkNames(TabularModel model, String targetName) {
        if (targetName == null || targetName.isEmpty()) {
            throw new IllegalArgumentException("The target (class attribute) name is " + (targetName == null ? "null"
                    : "empty") + "; expected the host's class attribute name");
        }
        Set<String> names = new HashSet<>();
        names.add(targetName);
        for (AttributeSpec attribute : model.attributes()) {
            if (!names.add(attribute.name())) {
                throw new IllegalArgumentException("The field name '" + attribute.name() + "' occurs twice among the "
                        + "input attributes and the target '" + targetName + "'; PMML needs distinct field names");
            }
        }
        for (String value : model.classValues()) {
            if (!names.add(probabilityField(value))) {
                throw new IllegalArgumentException("The output field '" + probabilityField(value) + "' would have the "
                        + "name of an input attribute or another output field; rename that attribute");
            }
        }
        if (!names.add(predictedField(targetName))) {
            throw new IllegalArgumentException("The output field '" + predictedField(targetName) + "' would have the "
                    + "name of an input attribute or another output field; rename that attribute");
        }
    }

    /**
     * @param classValue a class value
     * @return the name of the output field holding its probability
     */
    public static String probabilityField(String classValue) {
        return "probability(" + classValue + ")";
    }

    /**
     * @param targetName the target's name
     * @return the name of the output field holding the predicted class
     */
    public static String predictedField(String targetName) {
        return "predicted(" + targetName + ")";
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML document builder is not available: " + e.getMessage(), e);
        }
    }

    /** An element in the namespace of the document's root (PMML 4.4 or 4.2, by form). */
    static Element create(Document document, String name) {
        return document.createElementNS(document.getDocumentElement().getNamespaceURI(), name);
    }

    static Element element(Document document, Element parent, String name) {
        Element child = create(document, name);
        parent.appendChild(child);
        return child;
    }

    static String number(double value) {
        return Double.toString(value);
    }

    private static Element header(Document document, TabularModel model) {
        Element header = create(document, "Header");
        header.setAttribute("description", "Logistic regression trained by gradient descent ("
                + (model.core().isBinary() ? "binary" : "multinomial, " + model.core().numClasses() + " classes")
                + ")");
        Element application = element(document, header, "Application");
        application.setAttribute("name", APPLICATION_NAME);
        application.setAttribute("version", applicationVersion());
        Element annotation = element(document, header, "Annotation");
        annotation.setTextContent(thresholdNote(model));
        return header;
    }

    /** What the document says about the decision threshold it cannot carry. */
    static String thresholdNote(TabularModel model) {
        if (!model.positiveClass().isPresent()) {
            return "The predicted class is the most probable class, as in the model.";
        }
        double threshold = model.threshold();
        if (threshold == 0.5) {
            return "The predicted class is the most probable class: the model's decision threshold 0.5 on the "
                    + "probability of '" + model.positiveClass().get() + "'.";
        }
        return "Not carried: the model's decision threshold " + threshold + " on the probability of '"
                + model.positiveClass().get() + "'. The probabilities are the model's; the predicted class here is "
                + "the most probable class (threshold 0.5). Apply the threshold to probability("
                + model.positiveClass().get() + ") to get the model's decision.";
    }

    private static Element dataDictionary(Document document, TabularModel model, String targetName) {
        Element dictionary = create(document, "DataDictionary");
        List<AttributeSpec> attributes = model.attributes();
        dictionary.setAttribute("numberOfFields", String.valueOf(attributes.size() + 1));
        for (int a = 0; a < attributes.size(); a++) {
            AttributeSpec attribute = attributes.get(a);
            Element field = element(document, dictionary, "DataField");
            field.setAttribute("name", attribute.name());
            if (attribute.isNominal()) {
                categorical(document, field, dictionaryOrder(attribute, (int) model.encoder().fillValue(a)));
            } else {
                field.setAttribute("optype", "continuous");
                field.setAttribute("dataType", "double");
            }
        }
        Element target = element(document, dictionary, "DataField");
        target.setAttribute("name", targetName);
        categorical(document, target, model.classValues());
        return dictionary;
    }

    /**
     * The values of a nominal attribute in the order the data dictionary lists them: the attribute's order, except
     * when the label of the missing value replacement (the training mode) reads as a whole number {@code i} within
     * the value list and is not at position {@code i}: then it swaps places with the value at position {@code i}.
     * Weka's PMML consumer reads a replacement that parses as a number as a value <em>index</em> into the data
     * dictionary's list (so "1" would stand for the second value); the swap makes that index name the mode itself.
     * The order of a categorical field's values carries no meaning in PMML (predictors and replacements name values
     * by label, and Weka maps incoming values by label), so other consumers read the same model.
     *
     * @param attribute a nominal attribute
     * @param mode the index of its missing value replacement in the attribute's values
     * @return the values in data dictionary order
     */
    static List<String> dictionaryOrder(AttributeSpec attribute, int mode) {
        List<String> values = new java.util.ArrayList<>(attribute.values());
        String label = values.get(mode);
        double number;
        try {
            number = Double.parseDouble(label);
        } catch (NumberFormatException e) {
            return values;
        }
        if (number >= 0 && number < values.size() && number == Math.rint(number) && (int) number != mode) {
            java.util.Collections.swap(values, mode, (int) number);
        }
        return values;
    }

    private static void categorical(Document document, Element field, List<String> values) {
        field.setAttribute("optype", "categorical");
        field.setAttribute("dataType", "string");
        for (String value : values) {
            element(document, field, "Value").setAttribute("value", value);
        }
    }

    private static Element regressionModel(Document document, TabularModel model, String targetName) {
        Element regression = create(document, "RegressionModel");
        regression.setAttribute("modelName", "GradientDescentLogistic");
        regression.setAttribute("functionName", "classification");
        regression.setAttribute("algorithmName", "logisticRegression");
        regression.setAttribute("normalizationMethod", "softmax");
        regression.setAttribute("targetFieldName", targetName);
        regression.appendChild(miningSchema(document, model, targetName));
        regression.appendChild(output(document, model, targetName));
        LogisticModel core = model.core();
        LabelEncoder labels = model.labels();
        double[][] coefficients = core.coefficients();
        double[] intercepts = core.intercepts();
        List<String> classValues = model.classValues();
        for (int host = 0; host < classValues.size(); host++) {
            Element table = element(document, regression, "RegressionTable");
            table.setAttribute("targetCategory", classValues.get(host));
            int modelClass = labels.toModel(host);
            int vector = core.isBinary() ? modelClass - 1 : modelClass;
            if (modelClass < 0) {
                table.setAttribute("intercept", number(ABSENT_CLASS_INTERCEPT));
            } else if (vector < 0) {
                table.setAttribute("intercept", "0");
            } else {
                table.setAttribute("intercept", number(intercepts[vector]));
                predictors(document, table, model, coefficients[vector]);
            }
        }
        return regression;
    }

    static Set<String> unused(TabularModel model) {
        return new HashSet<>(model.encoder().unusedAttributes());
    }

    static Element miningSchema(Document document, TabularModel model, String targetName) {
        Element schema = create(document, "MiningSchema");
        FeatureEncoder encoder = model.encoder();
        Set<String> unused = unused(model);
        List<AttributeSpec> attributes = model.attributes();
        for (int a = 0; a < attributes.size(); a++) {
            AttributeSpec attribute = attributes.get(a);
            if (unused.contains(attribute.name())) {
                continue;
            }
            Element field = element(document, schema, "MiningField");
            field.setAttribute("name", attribute.name());
            field.setAttribute("usageType", "active");
            if (attribute.isNominal()) {
                field.setAttribute("missingValueReplacement", attribute.values().get((int) encoder.fillValue(a)));
                field.setAttribute("missingValueTreatment", "asMode");
            } else {
                field.setAttribute("missingValueReplacement", number(encoder.fillValue(a)));
                field.setAttribute("missingValueTreatment", "asMean");
            }
        }
        Element target = element(document, schema, "MiningField");
        target.setAttribute("name", targetName);
        target.setAttribute("usageType", "predicted");
        return schema;
    }

    static Element output(Document document, TabularModel model, String targetName) {
        Element output = create(document, "Output");
        for (String value : model.classValues()) {
            Element field = element(document, output, "OutputField");
            field.setAttribute("name", probabilityField(value));
            field.setAttribute("optype", "continuous");
            field.setAttribute("dataType", "double");
            field.setAttribute("feature", "probability");
            field.setAttribute("value", value);
        }
        Element predicted = element(document, output, "OutputField");
        predicted.setAttribute("name", predictedField(targetName));
        predicted.setAttribute("optype", "categorical");
        predicted.setAttribute("dataType", "string");
        predicted.setAttribute("feature", "predictedValue");
        return output;
    }

    /** One predictor per encoded feature of a used attribute: numeric as is, nominal per non-reference value. */
    private static void predictors(Document document, Element table, TabularModel model, double[] coefficients) {
        FeatureEncoder encoder = model.encoder();
        Set<String> unused = unused(model);
        List<AttributeSpec> attributes = model.attributes();
        for (int a = 0; a < attributes.size(); a++) {
            AttributeSpec attribute = attributes.get(a);
            if (unused.contains(attribute.name())) {
                continue;
            }
            int first = encoder.firstFeature(a);
            if (attribute.isNominal()) {
                List<String> values = attribute.values();
                for (int v = 1; v < values.size(); v++) {
                    Element predictor = element(document, table, "CategoricalPredictor");
                    predictor.setAttribute("name", attribute.name());
                    predictor.setAttribute("value", values.get(v));
                    predictor.setAttribute("coefficient", number(coefficients[first + v - 1]));
                }
            } else {
                Element predictor = element(document, table, "NumericPredictor");
                predictor.setAttribute("name", attribute.name());
                predictor.setAttribute("exponent", "1");
                predictor.setAttribute("coefficient", number(coefficients[first]));
            }
        }
    }
}
