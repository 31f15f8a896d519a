package io.github.gdlogistic.weka;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

import java.io.Serializable;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The header a classifier was trained on, and the check that instances to predict have the same structure.
 *
 * <p>The adapter reads attribute values by position, so a reordered header, a missing attribute (the class value would
 * then be read as a feature) or nominal labels declared in another order would silently change the predictions.
 * Weka's command line compares headers itself; API and KnowledgeFlow callers do not. {@link #requireCompatible}
 * compares, attribute by attribute, the names, the types, the nominal labels (in order) and the class position, and
 * refuses the first difference with a message that names it. The relation name is not compared, so renamed and copied
 * datasets of the same structure are accepted.
 *
 * <p>The check runs once per dataset object: the last dataset found compatible is remembered (weakly, so the check
 * never keeps data alive), and instances of that dataset pass without comparing again.
 */
public final class TrainingHeader implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int NAMES_SHOWN = 12;

    private final Instances header;

    /** The last dataset found compatible; not serialized, so a loaded classifier checks again. */
    private transient volatile WeakReference<Instances> lastCompatible;

    /**
     * @param data the training data (only its header is kept)
     */
    public TrainingHeader(Instances data) {
        this.header = new Instances(data, 0);
    }

    /** @return a copy of the training header (no instances) */
    public Instances header() {
        return new Instances(header, 0);
    }

    /**
     * @param instance an instance to predict
     * @throws IllegalArgumentException naming the first difference when its dataset's structure differs from the
     *         training header, or, for an instance without a dataset, when its number of values differs
     */
    public void requireCompatible(Instance instance) {
        Instances dataset = instance.dataset();
        if (dataset != null) {
            requireCompatible(dataset);
        } else if (instance.numAttributes() != header.numAttributes()) {
            throw new IllegalArgumentException("The instance has " + instance.numAttributes() + " values and no "
                    + "dataset; expected " + header.numAttributes() + " values in the order of the training header "
                    + names(header));
        }
    }

    /**
     * @param data instances to predict
     * @throws IllegalArgumentException naming the first difference when their structure differs from the training
     *         header
     */
    public void requireCompatible(Instances data) {
        WeakReference<Instances> remembered = lastCompatible;
        if (remembered != null && remembered.get() == data) {
            return;
        }
        String difference = firstDifference(data);
        if (difference != null) {
            throw new IllegalArgumentException("The instances do not have the structure of the training data: "
                    + difference + ". Give the attributes in the training order " + names(header)
                    + " with the same types and nominal labels (Weka's InputMappedClassifier can map other headers)");
        }
        lastCompatible = new WeakReference<>(data);
    }

    /** @return the first structural difference, or {@code null} when there is none */
    private String firstDifference(Instances data) {
        int common = Math.min(header.numAttributes(), data.numAttributes());
        for (int a = 0; a < common; a++) {
            String difference = difference(header.attribute(a), data.attribute(a));
            if (difference != null) {
                return "attribute " + (a + 1) + " " + difference;
            }
        }
        if (data.numAttributes() < header.numAttributes()) {
            return "attribute " + (common + 1) + " is missing: expected " + describe(header.attribute(common))
                    + " (the instances have " + data.numAttributes() + " attributes, the training data had "
                    + header.numAttributes() + ")";
        }
        if (data.numAttributes() > header.numAttributes()) {
            return "attribute " + (common + 1) + " " + describe(data.attribute(common)) + " is extra (the instances "
                    + "have " + data.numAttributes() + " attributes, the training data had " + header.numAttributes()
                    + ")";
        }
        if (data.classIndex() >= 0 && data.classIndex() != header.classIndex()) {
            return "the class attribute is attribute " + (data.classIndex() + 1) + " '"
                    + data.classAttribute().name() + "', expected attribute " + (header.classIndex() + 1) + " '"
                    + header.classAttribute().name() + "'";
        }
        return null;
    }

    /** @return how {@code found} differs from {@code expected}, or {@code null} when they are the same */
    private static String difference(Attribute expected, Attribute found) {
        if (!expected.name().equals(found.name()) || expected.type() != found.type()) {
            return "is " + describe(found) + ", expected " + describe(expected);
        }
        if (expected.isNominal() && !labels(expected).equals(labels(found))) {
            return "'" + found.name() + "' has the labels " + labels(found) + ", expected " + labels(expected)
                    + " in this order";
        }
        return null;
    }

    private static String describe(Attribute attribute) {
        return "'" + attribute.name() + "' (" + Attribute.typeToString(attribute) + ")";
    }

    private static List<String> labels(Attribute attribute) {
        List<String> labels = new ArrayList<>(attribute.numValues());
        for (int v = 0; v < attribute.numValues(); v++) {
            labels.add(attribute.value(v));
        }
        return labels;
    }

    /** The attribute names, the first {@value #NAMES_SHOWN} of them, for messages. */
    private static List<String> names(Instances data) {
        List<String> names = new ArrayList<>();
        for (int a = 0; a < Math.min(data.numAttributes(), NAMES_SHOWN); a++) {
            names.add(data.attribute(a).name());
        }
        if (data.numAttributes() > NAMES_SHOWN) {
            names.add("... " + (data.numAttributes() - NAMES_SHOWN) + " more");
        }
        return names;
    }
}
