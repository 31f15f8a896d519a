package io.github.gdlogistic.core.optim;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.L1Penalty;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.MiniBatchFunction;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mini-batch order of {@link FixedRateOptimizer}: rows shuffled once into a copy, groups of rows drawn in a new
 * order every epoch. Batches of class-sorted data must still be mixed, the copy must be the same objective, and a
 * seed must give the same run.
 */
class MiniBatchOrderTest {

    private static final int ROWS = 100_003;
    private static final int FEATURES = 20;

    /** Rows sorted by class: the first 30 % are class 1, the rest class 0 (class k of k classes for more). */
    private static Dataset sorted(int classes) {
        java.util.Random random = new java.util.Random(5);
        double[] values = new double[ROWS * FEATURES];
        int[] labels = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = classes == 2 ? (i < 0.3 * ROWS ? 1 : 0) : i * classes / ROWS;
            for (int j = 0; j < FEATURES; j++) {
                values[i * FEATURES + j] = random.nextGaussian() + 0.5 * labels[i];
            }
        }
        return Dataset.fromRowMajor(values, ROWS, FEATURES, labels, null, classes);
    }

    private static LogLossObjective objective(Dataset data) {
        double[] classWeights = new double[data.numClasses()];
        Arrays.fill(classWeights, 1.0);
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        RowBlocks blocks = RowBlocks.sequential(data.rows());
        return data.numClasses() == 2 ? new BinaryLogLoss(data, classWeights, scaling, 1e-3, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, 1e-3, true, blocks);
    }

    /** Delegates to an objective and records each batch's rows, by their class in the original data. */
    private static final class Recorder extends ForwardingFunction {
        final int[] labels;
        final List<int[]> batches;

        Recorder(MiniBatchFunction delegate, int[] labels, List<int[]> batches) {
            super(delegate);
            this.labels = labels;
            this.batches = batches;
        }

        @Override
        public double batchValueAndGradient(double[] point, double[] gradient, int[] rowOrder, int from, int to) {
            int[] batch = new int[to - from];
            for (int k = from; k < to; k++) {
                batch[k - from] = labels[rowOrder[k]];
            }
            batches.add(batch);
            return delegate.batchValueAndGradient(point, gradient, rowOrder, from, to);
        }

        @Override
        public MiniBatchFunction reordered(int[] rowOrder) {
            int[] reorderedLabels = new int[rowOrder.length];
            for (int k = 0; k < rowOrder.length; k++) {
                reorderedLabels[k] = labels[rowOrder[k]];
            }
            return new Recorder(delegate.reordered(rowOrder), reorderedLabels, batches);
        }
    }

    private static List<int[]> batchesOfEpochs(Dataset data, int batchSize, int epochs) {
        List<int[]> batches = new ArrayList<>();
        Recorder recorder = new Recorder(objective(data), data.labelsUnsafe(), batches);
        FixedRateOptimizer optimizer = new FixedRateOptimizer(new UpdateRule.Plain(), RateSchedule.constant(0.01),
                batchSize, 11);
        optimizer.start(recorder, new L1Penalty(0, new boolean[recorder.dimension()]), new double[recorder.dimension()]);
        for (int e = 0; e < epochs; e++) {
            optimizer.step();
        }
        return batches;
    }

    @Test
    void batchesOfClassSortedRowsAreMixed() {
        Dataset data = sorted(2);
        assertTrue(objective(data).rowsDrawnTogether() > 8, "groups span several stored blocks here");
        for (int batchSize : new int[] {32, 256}) {
            List<int[]> batches = batchesOfEpochs(data, batchSize, 2);
            int full = ROWS / batchSize;
            assertEquals(2 * (full + (ROWS % batchSize == 0 ? 0 : 1)), batches.size());
            double share = 0.3;
            double sd = Math.sqrt(share * (1 - share) / batchSize);
            int outside = 0;
            for (int[] batch : batches) {
                if (batch.length < batchSize) {
                    continue;
                }
                double ones = Arrays.stream(batch).filter(y -> y == 1).count() / (double) batch.length;
                // sorted rows cut into batches would give shares of 0 or 1; random samples stay near 0.3
                assertTrue(Math.abs(ones - share) < 6 * sd, "batch share of class 1: " + ones);
                if (Math.abs(ones - share) > 2 * sd) {
                    outside++;
                }
            }
            // about 5 % of random samples are more than 2 standard deviations off
            assertTrue(outside < 0.1 * batches.size(), outside + " of " + batches.size() + " batches off by 2 sd");
        }
    }

    @Test
    void everyClassInEveryLargeBatchOfSortedMulticlassRows() {
        Dataset data = sorted(10);
        for (int[] batch : batchesOfEpochs(data, 256, 1)) {
            if (batch.length == 256) {
                assertEquals(10, Arrays.stream(batch).distinct().count(), "classes in a batch");
            }
        }
    }

    @Test
    void groupsComeInANewOrderEachEpochAndTheSeedRepeatsTheRun() {
        Dataset data = sorted(2);
        List<int[]> first = batchesOfEpochs(data, 256, 2);
        int perEpoch = first.size() / 2;
        // the same batches in another order: equal class counts overall, different first batches
        assertNotEquals(Arrays.toString(first.get(0)), Arrays.toString(first.get(perEpoch)));
        assertEquals(Arrays.stream(first.subList(0, perEpoch).toArray(new int[0][])).flatMapToInt(Arrays::stream)
                .sum(), Arrays.stream(first.subList(perEpoch, 2 * perEpoch).toArray(new int[0][]))
                .flatMapToInt(Arrays::stream).sum());
        List<int[]> again = batchesOfEpochs(data, 256, 2);
        for (int b = 0; b < first.size(); b++) {
            assertArrayEquals(first.get(b), again.get(b));
        }
    }

    @Test
    void theShuffledCopyIsTheSameObjective() {
        for (int classes : new int[] {2, 4}) {
            Dataset data = sorted(classes);
            LogLossObjective objective = objective(data);
            int[] permutation = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                permutation[i] = (int) ((i * 7919L) % ROWS);
            }
            MiniBatchFunction copy = objective.reordered(permutation);
            // all rows as one batch: groups of whole stored blocks in a scrambled order, then the last rows
            int group = objective.rowsDrawnTogether();
            int[] order = new int[ROWS];
            int groups = ROWS / group;
            int at = 0;
            for (int g = 0; g < groups; g++) {
                int source = (int) ((g * 31L) % groups);
                for (int r = 0; r < group; r++) {
                    order[at++] = source * group + r;
                }
            }
            while (at < ROWS) {
                order[at] = at++;
            }
            double[] point = new double[objective.dimension()];
            for (int k = 0; k < point.length; k++) {
                point[k] = 0.05 * (k % 5) - 0.1;
            }
            double[] expected = new double[point.length];
            double[] actual = new double[point.length];
            double value = objective.valueAndGradient(point, expected);
            assertEquals(value, copy.batchValueAndGradient(point, actual, order, 0, ROWS), 1e-12 * value);
            for (int k = 0; k < point.length; k++) {
                assertEquals(expected[k], actual[k], 1e-11, "gradient " + k);
            }
        }
    }
}
