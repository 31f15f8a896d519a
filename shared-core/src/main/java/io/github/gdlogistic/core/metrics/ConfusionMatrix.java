package io.github.gdlogistic.core.metrics;

/**
 * A weighted confusion matrix: {@code count(actual, predicted)}, with accuracy and per-class precision, recall and F1.
 * Immutable.
 */
public final class ConfusionMatrix {

    private final double[][] counts;

    private ConfusionMatrix(double[][] counts) {
        this.counts = counts;
    }

    /**
     * @param actual true class per row
     * @param predicted predicted class per row
     * @param weights weight per row, or {@code null} for ones
     * @param numClasses number of classes
     * @return the matrix
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, double[] weights, int numClasses) {
        if (actual.length != predicted.length || (weights != null && weights.length != actual.length)) {
            throw new IllegalArgumentException("Expected equal lengths, but got " + actual.length + " actual, "
                    + predicted.length + " predicted" + (weights == null ? "" : ", " + weights.length + " weights"));
        }
        double[][] counts = new double[numClasses][numClasses];
        for (int i = 0; i < actual.length; i++) {
            counts[actual[i]][predicted[i]] += weights == null ? 1 : weights[i];
        }
        return new ConfusionMatrix(counts);
    }

    /** @return number of classes */
    public int numClasses() {
        return counts.length;
    }

    /**
     * @param actual true class
     * @param predicted predicted class
     * @return weighted count
     */
    public double count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** @return total weight */
    public double total() {
        double total = 0;
        for (double[] row : counts) {
            for (double value : row) {
                total += value;
            }
        }
        return total;
    }

    /** @return fraction classified correctly (0 for an empty matrix) */
    public double accuracy() {
        double correct = 0;
        for (int c = 0; c < counts.length; c++) {
            correct += counts[c][c];
        }
        double total = total();
        return total == 0 ? 0 : correct / total;
    }

    /**
     * @param c class
     * @return precision of class c (0 when never predicted)
     */
    public double precision(int c) {
        double predicted = 0;
        for (double[] row : counts) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : counts[c][c] / predicted;
    }

    /**
     * @param c class
     * @return recall of class c (0 when absent)
     */
    public double recall(int c) {
        double actual = 0;
        for (double value : counts[c]) {
            actual += value;
        }
        return actual == 0 ? 0 : counts[c][c] / actual;
    }

    /**
     * @param c class
     * @return F1 of class c
     */
    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return a copy of the counts, {@code [actual][predicted]} */
    public double[][] counts() {
        double[][] copy = new double[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            copy[c] = counts[c].clone();
        }
        return copy;
    }
}
