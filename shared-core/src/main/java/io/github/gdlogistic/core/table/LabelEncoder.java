package io.github.gdlogistic.core.table;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Maps the host's class indices to the model's classes {@code [0, k)} and back. Only class values that occur in the
 * training data with positive weight become model classes; the others get probability 0 at prediction time (a
 * cross-validation fold may lack a rare class). Model classes follow the host's order, except that for two classes a
 * chosen positive class becomes model class 1 (the class a binary model's coefficients, probability and threshold
 * describe). Immutable.
 */
public final class LabelEncoder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> hostValues;
    private final int[] hostOfModel;
    private final int[] modelOfHost;

    private LabelEncoder(List<String> hostValues, int[] hostOfModel) {
        this.hostValues = Collections.unmodifiableList(new ArrayList<>(hostValues));
        this.hostOfModel = hostOfModel;
        this.modelOfHost = new int[hostValues.size()];
        Arrays.fill(modelOfHost, -1);
        for (int k = 0; k < hostOfModel.length; k++) {
            modelOfHost[hostOfModel[k]] = k;
        }
    }

    /**
     * @param table training rows
     * @return the encoder over the classes present, in the host's order (for two classes the second is positive)
     * @throws IllegalArgumentException when fewer than two classes have positive weight
     */
    public static LabelEncoder fit(RawTable table) {
        return fit(table, null);
    }

    /**
     * @param table training rows
     * @param positiveClass the host's name of the class to be model class 1 when two classes are present, or
     *        {@code null} for the default (the second in the host's order); ignored for more than two classes
     * @return the encoder over the classes present
     * @throws IllegalArgumentException when fewer than two classes have positive weight, when the positive class is
     *         not a class value (the message lists them), or when two classes are present and it is not one of them
     */
    public static LabelEncoder fit(RawTable table, String positiveClass) {
        if (positiveClass != null && !table.classValues().contains(positiveClass)) {
            throw new IllegalArgumentException("The positive class '" + positiveClass + "' is not a class value; "
                    + "expected one of " + table.classValues());
        }
        int hostCount = table.classValues().size();
        double[] totals = new double[hostCount];
        int labelled = 0;
        for (int i = 0; i < table.rows(); i++) {
            int c = table.classIndex(i);
            if (c >= 0) {
                totals[c] += table.weight(i);
                labelled++;
            }
        }
        if (labelled == 0) {
            throw new IllegalArgumentException("The training data are empty: no row has a class value ("
                    + table.rows() + " rows in total)");
        }
        List<Integer> present = new ArrayList<>();
        for (int c = 0; c < hostCount; c++) {
            if (totals[c] > 0) {
                present.add(c);
            }
        }
        if (present.size() < 2) {
            String which = present.isEmpty() ? "no class has positive total weight"
                    : "every row with positive weight has class '" + table.classValues().get(present.get(0)) + "'";
            throw new IllegalArgumentException("Logistic regression needs at least two classes in the training data, "
                    + "but " + which + "; expected rows of at least 2 of " + table.classValues());
        }
        int[] hostOfModel = new int[present.size()];
        for (int k = 0; k < hostOfModel.length; k++) {
            hostOfModel[k] = present.get(k);
        }
        if (positiveClass != null && hostOfModel.length == 2) {
            int positive = table.classValues().indexOf(positiveClass);
            if (!present.contains(positive)) {
                throw new IllegalArgumentException("The positive class '" + positiveClass + "' has no rows with "
                        + "positive weight in the training data; the classes present are '"
                        + table.classValues().get(hostOfModel[0]) + "' and '" + table.classValues().get(hostOfModel[1])
                        + "'");
            }
            if (hostOfModel[0] == positive) {
                hostOfModel = new int[] {hostOfModel[1], positive};
            }
        }
        return new LabelEncoder(table.classValues(), hostOfModel);
    }

    /**
     * The encoder for a learner that cannot see its data before training (a stream): every host class value is a
     * model class, in the host's order, except that for two classes a chosen positive class becomes model class 1.
     *
     * @param hostValues all host class values, at least two
     * @param positiveClass the class to be model class 1 for two classes, or {@code null} for the second value
     * @return the encoder
     * @throws IllegalArgumentException when fewer than two class values are given or the positive class is not one
     */
    public static LabelEncoder allClasses(List<String> hostValues, String positiveClass) {
        if (hostValues.size() < 2) {
            throw new IllegalArgumentException("Logistic regression needs at least two class values, but the class "
                    + "has " + hostValues + "; expected at least 2");
        }
        if (positiveClass != null && !hostValues.contains(positiveClass)) {
            throw new IllegalArgumentException("The positive class '" + positiveClass + "' is not a class value; "
                    + "expected one of " + hostValues);
        }
        int[] hostOfModel = new int[hostValues.size()];
        for (int k = 0; k < hostOfModel.length; k++) {
            hostOfModel[k] = k;
        }
        if (positiveClass != null && hostOfModel.length == 2 && hostValues.indexOf(positiveClass) == 0) {
            hostOfModel = new int[] {1, 0};
        }
        return new LabelEncoder(hostValues, hostOfModel);
    }

    /**
     * Checks a read encoder: at least two model classes, each a distinct host class, in host order (two classes may
     * be swapped by a chosen positive class).
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        try {
            if (hostValues == null || hostOfModel == null || modelOfHost == null) {
                throw new IllegalArgumentException("missing class values");
            }
            if (hostOfModel.length < 2) {
                throw new IllegalArgumentException(hostOfModel.length + " model classes; expected at least 2");
            }
            boolean swappedPair = hostOfModel.length == 2 && hostOfModel[0] > hostOfModel[1];
            for (int k = 0; k < hostOfModel.length; k++) {
                int lowest = k == 0 || swappedPair ? 0 : hostOfModel[k - 1] + 1;
                if (hostOfModel[k] < lowest || hostOfModel[k] >= hostValues.size()) {
                    throw new IllegalArgumentException("model class " + k + " maps to host class " + hostOfModel[k]
                            + "; expected increasing indices below " + hostValues.size());
                }
            }
            if (!Arrays.equals(new LabelEncoder(hostValues, hostOfModel).modelOfHost, modelOfHost)) {
                throw new IllegalArgumentException("the class mappings disagree");
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidObjectException("Damaged label encoder: " + e.getMessage());
        }
    }

    /**
     * @return whether a chosen positive class reversed the host's order of the two model classes (then the host's
     *         first class is the positive one)
     */
    public boolean positiveClassFirst() {
        return hostOfModel.length == 2 && hostOfModel[0] > hostOfModel[1];
    }

    /** @return number of model classes */
    public int numClasses() {
        return hostOfModel.length;
    }

    /** @return all host class values */
    public List<String> hostValues() {
        return hostValues;
    }

    /**
     * @param hostIndex host class index
     * @return model class, or -1 when the class was absent from training
     */
    public int toModel(int hostIndex) {
        return hostIndex < 0 || hostIndex >= modelOfHost.length ? -1 : modelOfHost[hostIndex];
    }

    /**
     * @param modelClass model class
     * @return host class index
     */
    public int toHost(int modelClass) {
        return hostOfModel[modelClass];
    }

    /**
     * @param modelClass model class
     * @return the class value's name
     */
    public String name(int modelClass) {
        return hostValues.get(hostOfModel[modelClass]);
    }
}
