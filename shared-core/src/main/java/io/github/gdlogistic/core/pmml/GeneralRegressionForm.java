package io.github.gdlogistic.core.pmml;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.FeatureEncoder;
import io.github.gdlogistic.core.table.TabularModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@link PmmlWriter.Form#GENERAL_REGRESSION_MODEL} form: a {@code GeneralRegressionModel} of
 * {@code modelType="multinomialLogistic"}, laid out as KNIME's own logistic regression learner writes it and as
 * KNIME's PMML predictor reads it.
 *
 * <ul>
 *   <li>{@code MiningSchema} and {@code Output} as in the {@code RegressionModel} form.</li>
 *   <li>{@code ParameterList}: {@code p0} the intercept, then one parameter per encoded feature of each used
 *       attribute, in the encoder's order: {@code p1, p2, ...}. The label names the attribute (numeric) or
 *       {@code attribute=value} (one parameter per value of a nominal attribute except its first, the reference of
 *       the dummy coding).</li>
 *   <li>{@code FactorList} (nominal attributes) and {@code CovariateList} (numeric attributes).</li>
 *   <li>{@code PPMatrix}: a covariate's parameter has a cell with {@code value="1"} (the exponent); a factor's
 *       parameter a cell whose value is the attribute value it indicates. The intercept has no cell.</li>
 *   <li>{@code ParamMatrix}: one {@code PCell} per parameter and class value except the reference class, with
 *       {@code df="1"}. The reference ({@code targetReferenceCategory}) is the <em>last</em> class value present in
 *       training: KNIME's predictor gives the last of the (sorted) target categories the zero linear predictor,
 *       whatever the attribute says. Each class's coefficients are written relative to the reference's (softmax
 *       does not change when the same vector is subtracted from every class), so binary models, whatever their
 *       positive class, take the same form as multinomial ones.</li>
 *   <li>A class value absent from training has cells too (JPMML refuses a category without any): the intercept
 *       {@link PmmlWriter#ABSENT_CLASS_INTERCEPT} and zeros, so that its probability underflows to 0 as in the other
 *       form. Making an absent class the reference instead would put {@code +1000} on every other class, which
 *       overflows consumers that exponentiate without shifting (JPMML gives NaN).</li>
 * </ul>
 *
 * <p>A limit on KNIME's side: when a class value absent from training sorts after every present one, KNIME's
 * predictor takes it for the reference (it zeroes the last category's parameters) and scores the model wrongly.
 * Such a value can only come from a target column domain that lists values no training row has.
 *
 * <p>KNIME's predictor orders a factor's values by sorting them and takes the first sorted value as the reference;
 * models trained in KNIME by this project sort nominal values the same way. A model whose nominal values are not in
 * sorted order (a Weka attribute's declared order) is scored correctly by PMML consumers that follow the PPMatrix
 * (JPMML), not by KNIME's predictor.
 */
final class GeneralRegressionForm {

    private GeneralRegressionForm() {
    }

    /**
     * The linear predictor of every host class value: index 0 the intercept, index {@code 1 + j} the coefficient of
     * encoded feature {@code j}; binary models: the negative class all zeros; classes absent from training the
     * intercept {@link PmmlWriter#ABSENT_CLASS_INTERCEPT}.
     */
    static double[][] linearPredictors(TabularModel model) {
        LogisticModel core = model.core();
        double[][] coefficients = core.coefficients();
        double[] intercepts = core.intercepts();
        int features = model.encoder().numFeatures();
        List<String> classValues = model.classValues();
        double[][] predictors = new double[classValues.size()][features + 1];
        for (int host = 0; host < classValues.size(); host++) {
            int modelClass = model.labels().toModel(host);
            int vector = core.isBinary() ? modelClass - 1 : modelClass;
            if (modelClass < 0) {
                predictors[host][0] = PmmlWriter.ABSENT_CLASS_INTERCEPT;
            } else if (vector >= 0) {
                predictors[host][0] = intercepts[vector];
                System.arraycopy(coefficients[vector], 0, predictors[host], 1, features);
            }
        }
        return predictors;
    }

    /** The reference class: the last class value present in training (host order). */
    static int reference(TabularModel model) {
        int reference = model.classValues().size() - 1;
        while (model.labels().toModel(reference) < 0) {
            reference--;
        }
        return reference;
    }

    /** One parameter: its name, label, attribute (null for the intercept), PPCell value and encoded feature. */
    private static final class Parameter {
        final String name;
        final String label;
        final AttributeSpec attribute;
        final String cellValue;
        final int feature;

        Parameter(int index, String label, AttributeSpec attribute, String cellValue, int feature) {
            this.name = "p" + index;
            this.label = label;
            this.attribute = attribute;
            this.cellValue = cellValue;
            this.feature = feature;
        }
    }

    private static List<Parameter> parameters(TabularModel model, Set<String> unused) {
        FeatureEncoder encoder = model.encoder();
        List<AttributeSpec> attributes = model.attributes();
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(new Parameter(0, "Intercept", null, null, -1));
        for (int a = 0; a < attributes.size(); a++) {
            AttributeSpec attribute = attributes.get(a);
            if (unused.contains(attribute.name())) {
                continue;
            }
            int first = encoder.firstFeature(a);
            if (attribute.isNominal()) {
                List<String> values = attribute.values();
                for (int v = 1; v < values.size(); v++) {
                    parameters.add(new Parameter(parameters.size(), attribute.name() + "=" + values.get(v),
                            attribute, values.get(v), first + v - 1));
                }
            } else {
                parameters.add(new Parameter(parameters.size(), attribute.name(), attribute, "1", first));
            }
        }
        return parameters;
    }

    static Element model(Document document, TabularModel model, String targetName) {
        List<String> classValues = model.classValues();
        int reference = reference(model);
        Element regression = PmmlWriter.create(document, "GeneralRegressionModel");
        regression.setAttribute("modelName", "GradientDescentLogistic");
        regression.setAttribute("modelType", "multinomialLogistic");
        regression.setAttribute("functionName", "classification");
        regression.setAttribute("algorithmName", "logisticRegression");
        regression.setAttribute("targetReferenceCategory", classValues.get(reference));
        regression.appendChild(PmmlWriter.miningSchema(document, model, targetName));
        regression.appendChild(PmmlWriter.output(document, model, targetName));

        Set<String> unused = PmmlWriter.unused(model);
        List<Parameter> parameters = parameters(model, unused);
        Element parameterList = PmmlWriter.element(document, regression, "ParameterList");
        for (Parameter parameter : parameters) {
            Element element = PmmlWriter.element(document, parameterList, "Parameter");
            element.setAttribute("name", parameter.name);
            element.setAttribute("label", parameter.label);
        }
        Element factors = PmmlWriter.element(document, regression, "FactorList");
        Element covariates = PmmlWriter.element(document, regression, "CovariateList");
        for (AttributeSpec attribute : model.attributes()) {
            if (!unused.contains(attribute.name())) {
                Element predictor = PmmlWriter.element(document, attribute.isNominal() ? factors : covariates,
                        "Predictor");
                predictor.setAttribute("name", attribute.name());
            }
        }
        Element ppMatrix = PmmlWriter.element(document, regression, "PPMatrix");
        for (Parameter parameter : parameters) {
            if (parameter.attribute != null) {
                Element cell = PmmlWriter.element(document, ppMatrix, "PPCell");
                cell.setAttribute("value", parameter.cellValue);
                cell.setAttribute("predictorName", parameter.attribute.name());
                cell.setAttribute("parameterName", parameter.name);
            }
        }
        Element paramMatrix = PmmlWriter.element(document, regression, "ParamMatrix");
        double[][] predictors = linearPredictors(model);
        for (int host = 0; host < classValues.size(); host++) {
            if (host == reference) {
                continue;
            }
            boolean absent = model.labels().toModel(host) < 0;
            for (Parameter parameter : parameters) {
                int index = parameter.feature + 1;
                double beta = absent ? (index == 0 ? PmmlWriter.ABSENT_CLASS_INTERCEPT : 0)
                        : predictors[host][index] - predictors[reference][index];
                Element cell = PmmlWriter.element(document, paramMatrix, "PCell");
                cell.setAttribute("targetCategory", classValues.get(host));
                cell.setAttribute("parameterName", parameter.name);
                cell.setAttribute("beta", PmmlWriter.number(beta));
                cell.setAttribute("df", "1");
            }
        }
        return regression;
    }
}
