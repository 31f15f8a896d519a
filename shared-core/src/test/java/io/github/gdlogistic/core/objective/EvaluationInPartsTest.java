package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.Dataset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full objective summed in parts ({@link MiniBatchFunction#evaluationAt}) as a mini-batch solver sums it: on a
 * shuffled copy of the rows, group by group in a scrambled order, then the rows after the last whole group. It must
 * be the objective of all rows (the same total weight, class weights and L2 part), up to the order of the sums: for
 * the vector and the scalar loops, binary and softmax, row weights of 0, class weights, rows not a multiple of 8.
 */
class EvaluationInPartsTest {

    @ParameterizedTest(name = "{0} rows x {1} features, {2} classes, vector loops {3}")
    @CsvSource({"20005, 5, 2, true", "20005, 5, 2, false", "16387, 9, 3, true", "16387, 9, 3, false",
        "3001, 50, 10, true", "3001, 50, 10, false", "16401, 20, 2, true", "999, 17, 4, false"})
    void theSumOfTheGroupsIsTheObjective(int rows, int features, int classes, boolean vector) {
        Dataset data = KernelEquivalenceTest.randomData(rows, features, classes, 31L * features + classes);
        LogLossObjective objective = BatchGradientTest.objective(data, classes, vector);
        Random random = new Random(rows);
        int[] permutation = new int[rows];
        for (int i = 0; i < rows; i++) {
            permutation[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = swap;
        }
        LogLossObjective copy = objective.reordered(permutation);
        double[] point = new double[objective.dimension()];
        for (int k = 0; k < point.length; k++) {
            point[k] = 0.3 * random.nextGaussian();
        }
        int group = copy.rowsDrawnTogether();
        int groups = rows / group;
        assertTrue(rows > groups * group, "rows are left over after the last whole group");

        MiniBatchFunction.Evaluation evaluation = copy.evaluationAt(point);
        assertNotNull(evaluation);
        for (int g = 0; g < groups; g++) {
            int source = (int) ((g * 7919L) % groups);
            evaluation.addRows(source * group, (source + 1) * group);
        }
        evaluation.addRows(groups * group, rows);
        double[] gradient = new double[point.length];
        double value = evaluation.finish(gradient);

        double[] expectedGradient = new double[point.length];
        double expected = objective.valueAndGradient(point, expectedGradient);
        assertEquals(expected, value, 1e-12 * Math.abs(expected), "value");
        double largest = 0;
        for (double g : expectedGradient) {
            largest = Math.max(largest, Math.abs(g));
        }
        for (int k = 0; k < point.length; k++) {
            assertEquals(expectedGradient[k], gradient[k], 1e-12 * largest, "gradient " + k);
        }
    }
}
