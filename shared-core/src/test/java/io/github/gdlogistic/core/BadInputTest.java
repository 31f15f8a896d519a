package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input gets an IllegalArgumentException that names the value and what was expected. */
class BadInputTest {

    private static void rejects(Executable action, String... mustMention) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        for (String text : mustMention) {
            assertTrue(e.getMessage().contains(text), "message '" + e.getMessage() + "' should mention '" + text + "'");
        }
    }

    @Test
    void absurdOptions() {
        rejects(() -> TrainingConfig.builder().learningRate(-0.1), "Learning rate", "-0.1", "> 0");
        rejects(() -> TrainingConfig.builder().learningRate(0), "Learning rate", "0.0");
        rejects(() -> TrainingConfig.builder().learningRate(Double.NaN), "NaN");
        rejects(() -> TrainingConfig.builder().maxIterations(0), "iterations", "at least 1", "0");
        rejects(() -> TrainingConfig.builder().lambda(-1), "lambda", "-1.0", ">= 0");
        rejects(() -> TrainingConfig.builder().lambda(Double.POSITIVE_INFINITY), "lambda", "Infinity");
        rejects(() -> TrainingConfig.builder().alpha(1.5), "alpha", "1.5", "[0, 1]");
        rejects(() -> TrainingConfig.builder().alpha(-0.5), "alpha", "-0.5");
        rejects(() -> TrainingConfig.builder().miniBatchSize(0), "Mini-batch size", "at least 1", "0");
        rejects(() -> TrainingConfig.builder().threshold(0), "threshold", "0.0", "between 0 and 1");
        rejects(() -> TrainingConfig.builder().threshold(1), "threshold", "1.0");
        rejects(() -> TrainingConfig.builder().lossTolerance(-1e-3), "Loss tolerance", "-0.001");
        rejects(() -> TrainingConfig.builder().momentum(1), "Momentum", "[0, 1)");
        rejects(() -> TrainingConfig.builder().beta2(1.2), "beta2", "1.2");
        rejects(() -> TrainingConfig.builder().epsilon(0), "epsilon", "0.0");
        rejects(() -> TrainingConfig.builder().threads(-1), "threads", "-1", "0 for automatic");
        rejects(() -> TrainingConfig.builder().thresholdHoldout(0.95), "hold-out", "0.95");
        rejects(() -> TrainingConfig.builder().classWeights(-1, 1), "Class weight 0", "-1.0");
        rejects(() -> TrainingConfig.builder().classWeights(0, 0), "At least one", "all were 0");
        rejects(() -> TrainingConfig.builder().solver(null), "solver", "null");
        rejects(() -> Solver.fromName("newton"), "Solver", "newton", "auto, gd, sgd");
        rejects(() -> ThresholdMetric.fromName("auc"), "auc", "accuracy, f1");
    }

    @Test
    void badTrainingData() {
        rejects(() -> new Dataset(new double[0], 0, 2, new int[0], null, 2), "empty", "0");
        rejects(() -> Dataset.of(new double[0][], new int[0], 2), "empty");
        rejects(() -> Dataset.of(new double[][] {{1, Double.NaN}}, new int[] {0}, 2), "NaN", "row 0",
                "finite");
        rejects(() -> Dataset.of(new double[][] {{1}, {Double.POSITIVE_INFINITY}}, new int[] {0, 1}, 2),
                "Infinity", "row 1");
        rejects(() -> Dataset.of(new double[][] {{1}, {2}}, new int[] {0, 2}, 2), "row 1", "2", "[0, 2)");
        rejects(() -> Dataset.of(new double[][] {{1}, {2}}, new int[] {0, 1}, new double[] {1, -1}, 2),
                "Weight of row 1", "-1.0");
        rejects(() -> Dataset.of(new double[][] {{1}, {2, 3}}, new int[] {0, 1}, 2), "Row 1", "2 features");
        rejects(() -> Dataset.of(new double[][] {{1}, {2}}, new int[] {0, 1}, 1), "at least 2 classes", "1");
    }

    @Test
    void oneClassOrAClassWithoutWeight() {
        Dataset oneClass = Dataset.of(new double[][] {{1}, {2}, {3}}, new int[] {0, 0, 0}, 2);
        rejects(() -> LogisticRegressionTrainer.fit(oneClass, TrainingConfig.defaults()), "Class class 1 (of 2)",
                "total weight 0", "no row with positive instance weight");
        Dataset zeroWeight = Dataset.of(new double[][] {{1}, {2}, {3}}, new int[] {0, 1, 2}, new double[] {1, 1, 0},
                3);
        rejects(() -> LogisticRegressionTrainer.fit(zeroWeight, TrainingConfig.defaults()), "Class class 2 (of 3)",
                "total weight 0");
        Dataset named = Dataset.of(new double[][] {{1}, {2}, {3}}, new int[] {0, 1, 1}, 2)
                .withClassNames(java.util.List.of("benign", "malignant"));
        rejects(() -> LogisticRegressionTrainer.fit(named, TrainingConfig.builder().classWeights(0, 1).build()),
                "Class 'benign' (of 2) has total weight 0: its class weight is 0.0");
        Dataset pairs = Dataset.of(new double[][] {{1}, {2}, {3}, {4}, {5}}, new int[] {0, 0, 1, 1, 1},
                new double[] {0, 1, 1, 1, 1}, 2).withClassNames(java.util.List.of("no", "yes"));
        rejects(() -> LogisticRegressionTrainer.fit(pairs, TrainingConfig.builder()
                .thresholdMetric(ThresholdMetric.F1).thresholdHoldout(0.5).seed(2).build()),
                "Class 'no' (of 2) has total weight 0 in the part of the data left for training after the threshold "
                        + "hold-out: it has no row with positive instance weight");
        Dataset single = Dataset.of(new double[][] {{1}, {2}, {3}}, new int[] {0, 1, 1}, 2)
                .withClassNames(java.util.List.of("no", "yes"));
        rejects(() -> LogisticRegressionTrainer.fit(single, TrainingConfig.builder()
                .thresholdMetric(ThresholdMetric.F1).thresholdHoldout(0.3).build()), "Class 'no' has 1 row(s)");
        Dataset two = Dataset.of(new double[][] {{1}, {2}}, new int[] {0, 1}, 2);
        rejects(() -> LogisticRegressionTrainer.fit(two, TrainingConfig.builder().classWeights(1, 1, 1).build()),
                "Expected 2 class weights", "3");
    }

    @Test
    void mismatchedDimensionsAtPredictTime() {
        LogisticModel model = LogisticRegressionTrainer.fit(Dataset.of(new double[][] {{1, 0}, {0, 1}, {1, 1},
            {0, 0}}, new int[] {0, 1, 1, 0}, 2), TrainingConfig.builder().lambda(0.1).build());
        rejects(() -> model.probabilities(new double[] {1, 2, 3}), "2 features", "3");
        rejects(() -> model.probabilities(new double[] {1, Double.NaN}), "Feature 1", "NaN");
        rejects(() -> model.probabilities(new double[] {1, 2, 3}, 2), "4 values", "3");
    }

    @Test
    void moreValuesThanAnArrayHoldsAreNamedWithTheLimit() {
        rejects(() -> io.github.gdlogistic.core.data.BlockLayout.length(50_000_000, 50), "50,000,000 rows x 50 values",
                "more than one Java array holds", "at most 42,949,672 rows");
        java.util.List<io.github.gdlogistic.core.table.AttributeSpec> attributes = new java.util.ArrayList<>();
        for (int a = 0; a < 50; a++) {
            attributes.add(io.github.gdlogistic.core.table.AttributeSpec.numeric("a" + a));
        }
        rejects(() -> io.github.gdlogistic.core.table.RawTable.builder(attributes, java.util.List.of("x", "y"),
                50_000_000), "50,000,000 rows x 50 values");
    }
}
