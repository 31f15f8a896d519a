package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.TrainingReport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Combines models trained on disjoint parts of the data into one, weighting each by its training weight: the
 * coefficients and intercepts (in original units and standardized), the decision threshold and the numeric
 * missing-value replacements are weighted means; a nominal attribute's replacement is the heaviest part's. This is an
 * approximation of the model trained on all the data (exact only where the parts' optima coincide), as distributed
 * training by model averaging is; the models must have the same attributes, classes and configuration.
 */
public final class ModelAverage {

    private final List<TabularModel> models = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    /**
     * @param model a model trained on one part
     * @param weight the part's total training weight, &gt; 0
     * @return this
     * @throws IllegalArgumentException naming the difference when the model does not match the ones added before,
     *         or the weight is not positive
     */
    public ModelAverage add(TabularModel model, double weight) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A part's training weight must be a finite number > 0, but was "
                    + weight);
        }
        if (!models.isEmpty()) {
            TabularModel first = models.get(0);
            if (!first.attributes().equals(model.attributes())) {
                throw new IllegalArgumentException("Models to combine must have the same attributes: "
                        + first.attributes() + " and " + model.attributes());
            }
            if (!first.classValues().equals(model.classValues()) || !sameModelClasses(first.labels(), model.labels())) {
                throw new IllegalArgumentException("Models to combine must have the same classes, each present in "
                        + "every part: " + first.classValues() + " and " + model.classValues());
            }
            if (!first.core().config().equals(model.core().config())) {
                throw new IllegalArgumentException("Models to combine must have the same configuration: "
                        + first.core().config() + " and " + model.core().config());
            }
        }
        models.add(model);
        weights.add(weight);
        return this;
    }

    /**
     * @return the combined model
     * @throws IllegalStateException when no model was added
     */
    public TabularModel result() {
        if (models.isEmpty()) {
            throw new IllegalStateException("No models to combine: add at least one");
        }
        TabularModel first = models.get(0);
        LogisticModel core = first.core();
        int outputs = core.coefficients().length;
        int features = core.numFeatures();
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double[][] coefficients = new double[outputs][features];
        double[] intercepts = new double[outputs];
        double[][] standardized = new double[outputs][features];
        double[] standardizedIntercepts = new double[outputs];
        double threshold = 0;
        double loss = 0;
        int iterations = 0;
        int attributes = first.attributes().size();
        double[] fill = new double[attributes];
        double heaviest = -1;
        double[] heaviestFill = null;
        List<String> unused = new ArrayList<>(first.encoder().unusedAttributes());
        for (int m = 0; m < models.size(); m++) {
            LogisticModel part = models.get(m).core();
            double share = weights.get(m) / total;
            addScaled(coefficients, part.coefficients(), share);
            addScaled(standardized, part.standardizedCoefficients(), share);
            addScaled(intercepts, part.intercepts(), share);
            addScaled(standardizedIntercepts, part.standardizedIntercepts(), share);
            threshold += share * part.threshold();
            loss += share * part.report().finalLoss();
            iterations = Math.max(iterations, part.report().iterations());
            double[] partFill = models.get(m).encoder().fillValues();
            for (int a = 0; a < attributes; a++) {
                fill[a] += share * partFill[a];
            }
            if (weights.get(m) > heaviest) {
                heaviest = weights.get(m);
                heaviestFill = partFill;
            }
            unused.retainAll(models.get(m).encoder().unusedAttributes());
        }
        for (int a = 0; a < attributes; a++) {
            if (first.attributes().get(a).isNominal()) {
                fill[a] = heaviestFill[a];
            }
        }
        TrainingReport report = new TrainingReport(StopReason.AGGREGATED, false, iterations, loss, Double.NaN,
                Collections.emptyList(), 0, models.size() + " models, " + core.report().solverDescription());
        LogisticModel combined = new LogisticModel(core.numClasses(), coefficients, intercepts, standardized,
                standardizedIntercepts, threshold, null, report, core.config());
        return new TabularModel(first.encoder().withFillValues(fill, unused), first.labels(), combined, null);
    }

    /** Whether two label encoders map the same host classes to the same model classes. */
    private static boolean sameModelClasses(LabelEncoder a, LabelEncoder b) {
        if (a.numClasses() != b.numClasses()) {
            return false;
        }
        for (int k = 0; k < a.numClasses(); k++) {
            if (a.toHost(k) != b.toHost(k)) {
                return false;
            }
        }
        return true;
    }

    private static void addScaled(double[][] sum, double[][] values, double share) {
        for (int c = 0; c < sum.length; c++) {
            addScaled(sum[c], values[c], share);
        }
    }

    private static void addScaled(double[] sum, double[] values, double share) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += share * values[j];
        }
    }
}
