package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;
import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SGD;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;

/** Weka's built-in classifiers on benchmark data, in this JVM. */
final class WekaPeers {

    private WekaPeers() {
    }

    /**
     * @param data dense data
     * @return the same rows as Weka instances with a nominal class as the last attribute
     */
    static Instances toInstances(Dataset data) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int j = 0; j < data.features(); j++) {
            attributes.add(new Attribute("x" + j));
        }
        List<String> classValues = new ArrayList<>();
        for (int c = 0; c < data.numClasses(); c++) {
            classValues.add("c" + c);
        }
        attributes.add(new Attribute("class", classValues));
        Instances instances = new Instances("synthetic", attributes, data.rows());
        instances.setClassIndex(data.features());
        for (int i = 0; i < data.rows(); i++) {
            double[] row = new double[data.features() + 1];
            BlockLayout.copyRow(data.valuesUnsafe(), data.features(), i, row, 0);
            row[data.features()] = data.label(i);
            instances.add(new DenseInstance(1.0, row));
        }
        return instances;
    }

    /** @return Weka's Logistic with its defaults (ridge 1e-8, BFGS until convergence) */
    static Classifier logistic() {
        return new Logistic();
    }

    /**
     * @return Weka's SGD with log loss (-F 1) and otherwise default options (500 epochs, rate 0.01, lambda 1e-4)
     * @throws Exception never for these options
     */
    static Classifier sgdLogLoss() throws Exception {
        SGD sgd = new SGD();
        sgd.setOptions(new String[] {"-F", "1"});
        return sgd;
    }

    /**
     * @param classifier a trained classifier
     * @param instances the training data
     * @return the mean training log-loss
     * @throws Exception when Weka fails
     */
    static double meanLogLoss(Classifier classifier, Instances instances) throws Exception {
        double sum = 0;
        for (Instance instance : instances) {
            double p = classifier.distributionForInstance(instance)[(int) instance.classValue()];
            sum -= Math.log(Math.max(p, 1e-300));
        }
        return sum / instances.numInstances();
    }
}
