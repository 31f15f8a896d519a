package io.github.gdlogistic.core.stream;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-pass training: its update, its distance to the batch optimum, invariance, bad input and serialization. */
class OnePassLogisticTest {

    private static final List<String> BINARY = Arrays.asList("no", "yes");

    /** A seeded stream: numeric columns of very different means and scales, classes drawn from a softmax model. */
    static final class Stream {
        final List<AttributeSpec> attributes = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        final double[][] rows;
        final int[] labels;

        Stream(int n, int d, int k, long seed) {
            Random random = new Random(seed);
            for (int j = 0; j < d; j++) {
                attributes.add(AttributeSpec.numeric("x" + j));
            }
            for (int c = 0; c < k; c++) {
                classes.add("c" + c);
            }
            double[] means = new double[d];
            double[] scales = new double[d];
            double[][] truth = new double[k][d];
            for (int j = 0; j < d; j++) {
                means[j] = 10 * random.nextGaussian();
                scales[j] = Math.pow(10, random.nextInt(5) - 2);
                for (int c = 0; c < k; c++) {
                    truth[c][j] = random.nextGaussian() / Math.sqrt(d) * 2 / scales[j];
                }
            }
            rows = new double[n][d];
            labels = new int[n];
            double[] scores = new double[k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    rows[i][j] = means[j] + scales[j] * random.nextGaussian();
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    double z = 0;
                    for (int j = 0; j < d; j++) {
                        z += truth[c][j] * (rows[i][j] - means[j]);
                    }
                    scores[c] = Math.exp(z);
                    sum += scores[c];
                }
                double u = random.nextDouble() * sum;
                int label = 0;
                while (label < k - 1 && u > scores[label]) {
                    u -= scores[label];
                    label++;
                }
                labels[i] = label;
            }
        }

        RawTable table(int from, int to) {
            RawTable.Builder builder = RawTable.builder(attributes, classes);
            for (int i = from; i < to; i++) {
                builder.addRow(rows[i].clone(), labels[i], 1.0);
            }
            return builder.build();
        }

        OnePassLogistic learn(int from, int to, TrainingConfig config) {
            OnePassLogistic learner = OnePassLogistic.start(attributes, classes, config);
            for (int i = from; i < to; i++) {
                learner.update(rows[i], labels[i], 1.0);
            }
            return learner;
        }

        double logLoss(TabularModel model, int from, int to) {
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum -= Math.log(Math.max(model.probabilities(rows[i])[labels[i]], 1e-300));
            }
            return sum / (to - from);
        }

        double accuracy(TabularModel model, int from, int to) {
            int right = 0;
            for (int i = from; i < to; i++) {
                right += model.predict(rows[i]) == labels[i] ? 1 : 0;
            }
            return right / (double) (to - from);
        }
    }

    private static TrainingConfig config() {
        return TrainingConfig.builder().learningRate(OnePassLogistic.DEFAULT_LEARNING_RATE)
                .miniBatchSize(OnePassLogistic.DEFAULT_BLOCK_ROWS).build();
    }

    private static void assertNearBatchOptimum(Stream stream, int train, int test) {
        TrainingConfig config = config();
        TabularModel batch = TabularTrainer.fit(stream.table(0, train), config);
        TabularModel onePass = stream.learn(0, train, config).model();
        double batchLoss = stream.logLoss(batch, train, train + test);
        double onePassLoss = stream.logLoss(onePass, train, train + test);
        assertTrue(onePassLoss < 1.01 * batchLoss, "one pass " + onePassLoss + " against batch " + batchLoss);
        double gap = stream.accuracy(batch, train, train + test) - stream.accuracy(onePass, train, train + test);
        assertTrue(gap < 0.005, "accuracy below the batch model's by " + gap);
    }

    @Test
    void binaryStreamOf100000RowsReachesTheBatchOptimumWithinOnePercent() {
        assertNearBatchOptimum(new Stream(120_000, 20, 2, 11), 100_000, 20_000);
    }

    @Test
    void tenClassStreamReachesTheBatchOptimumWithinOnePercent() {
        assertNearBatchOptimum(new Stream(120_000, 10, 10, 12), 100_000, 20_000);
    }

    @Test
    void firstBlockStepsEachCoordinateByTheLearningRateAgainstItsGradientSign() {
        // one block, classes balanced: the intercept's gradient is 0 (no step); x rises with the class, so its
        // coefficient's gradient is negative, and AdaGrad's first step is exactly eta in the opposite direction
        List<AttributeSpec> attributes = Arrays.asList(AttributeSpec.numeric("x"));
        TrainingConfig config = TrainingConfig.builder().learningRate(0.3).miniBatchSize(4).lambda(0).build();
        OnePassLogistic learner = OnePassLogistic.start(attributes, BINARY, config);
        double[] xs = {1, 2, 3, 4};
        for (int i = 0; i < xs.length; i++) {
            learner.update(new double[] {xs[i]}, i < 2 ? 0 : 1, 1.0);
        }
        TabularModel model = learner.model();
        assertEquals(0.3, model.core().standardizedCoefficients()[0][0], 1e-15);
        assertEquals(0.0, model.core().standardizedIntercepts()[0], 1e-15);
        double sd = Math.sqrt(1.25);
        assertEquals(0.3 / sd, model.core().coefficients()[0][0], 1e-15);
        assertEquals(-0.3 / sd * 2.5, model.core().intercepts()[0], 1e-14);
        // the progressive loss of that block was taken before it was learned: log 2
        assertEquals(Math.log(2), model.report().finalLoss(), 1e-15);
    }

    @Test
    void multiplyingAColumnByAMillionGivesTheSamePredictions() {
        Stream stream = new Stream(20_000, 5, 3, 13);
        OnePassLogistic plain = stream.learn(0, 20_000, config());
        OnePassLogistic scaled = OnePassLogistic.start(stream.attributes, stream.classes, config());
        for (int i = 0; i < 20_000; i++) {
            double[] row = stream.rows[i].clone();
            row[2] *= 1e6;
            scaled.update(row, stream.labels[i], 1.0);
        }
        TabularModel a = plain.model();
        TabularModel b = scaled.model();
        for (int i = 0; i < 200; i++) {
            double[] row = stream.rows[i].clone();
            double[] expected = a.probabilities(row);
            row[2] *= 1e6;
            assertArrayEquals(expected, b.probabilities(row), 1e-9);
        }
        assertEquals(a.core().coefficients()[0][2] / 1e6, b.core().coefficients()[0][2],
                1e-9 * Math.abs(a.core().coefficients()[0][2] / 1e6));
    }

    @Test
    void infiniteValueIsRefusedNamingTheAttributeAndNothingLearnedIsLost() {
        Stream stream = new Stream(1_000, 3, 2, 14);
        OnePassLogistic learner = stream.learn(0, 999, config());
        double[] before = learner.snapshot().core().coefficients()[0];
        int buffered = learner.bufferedRows();
        double[] row = stream.rows[999].clone();
        row[1] = Double.POSITIVE_INFINITY;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> learner.update(row, 0, 1.0));
        assertTrue(error.getMessage().contains("'x1'") && error.getMessage().contains("Infinity"),
                error.getMessage());
        assertEquals(buffered, learner.bufferedRows());
        assertArrayEquals(before, learner.snapshot().core().coefficients()[0], 0.0);
        learner.update(stream.rows[999], stream.labels[999], 1.0);
        assertEquals(1_000, learner.model().report().iterations());
    }

    @Test
    void unknownNominalValueIsRefusedNamingTheAttribute() {
        List<AttributeSpec> attributes = Arrays.asList(AttributeSpec.nominal("color", Arrays.asList("red", "blue")));
        OnePassLogistic learner = OnePassLogistic.start(attributes, BINARY, config());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> learner.update(new double[] {2}, 0, 1.0));
        assertTrue(error.getMessage().contains("'color'") && error.getMessage().contains("[red, blue]"),
                error.getMessage());
    }

    @Test
    void missingValuesBecomeTheRunningMeanAndMostFrequentValue() {
        List<AttributeSpec> attributes = Arrays.asList(AttributeSpec.numeric("size"),
                AttributeSpec.nominal("color", Arrays.asList("red", "blue", "green")));
        TrainingConfig config = TrainingConfig.builder().miniBatchSize(8).build();
        OnePassLogistic learner = OnePassLogistic.start(attributes, BINARY, config);
        learner.update(new double[] {1, 2}, 0, 1.0);
        learner.update(new double[] {4, 2}, 1, 1.0);
        learner.update(new double[] {Double.NaN, 1}, 1, 1.0);
        learner.update(new double[] {10, Double.NaN}, 0, 2.0);
        TabularModel model = learner.model();
        assertEquals((1 + 4 + 2 * 10) / 4.0, model.encoder().fillValue(0), 1e-12);
        assertEquals(2.0, model.encoder().fillValue(1));
    }

    @Test
    void aMissingValueInALaterBlockIsLearnedAsTheRunningMeanAtThatPoint() {
        List<AttributeSpec> attributes = Arrays.asList(AttributeSpec.numeric("size"), AttributeSpec.numeric("age"));
        TrainingConfig config = TrainingConfig.builder().miniBatchSize(1).build();
        OnePassLogistic withMissing = OnePassLogistic.start(attributes, BINARY, config);
        OnePassLogistic filled = OnePassLogistic.start(attributes, BINARY, config);
        double[][] rows = {{1, 7}, {5, 2}, {Double.NaN, 4}, {2, 3}};
        int[] labels = {0, 1, 1, 0};
        for (int i = 0; i < rows.length; i++) {
            withMissing.update(rows[i], labels[i], 1.0);
            // the running mean of 'size' when the third row arrives: (1 + 5) / 2
            filled.update(i == 2 ? new double[] {3, 4} : rows[i], labels[i], 1.0);
        }
        double[][] expected = filled.model().core().standardizedCoefficients();
        double[][] actual = withMissing.model().core().standardizedCoefficients();
        assertArrayEquals(expected[0], actual[0], 0.0);
        assertTrue(actual[0][0] != 0, "the first coefficient learned something");
    }

    @Test
    void rowsWithAMissingClassAreSkippedCountedAndReported() {
        Stream stream = new Stream(100, 3, 2, 15);
        OnePassLogistic learner = OnePassLogistic.start(stream.attributes, stream.classes, config());
        for (int i = 0; i < 100; i++) {
            learner.update(stream.rows[i], i % 10 == 0 ? -1 : stream.labels[i], 1.0);
        }
        TabularModel model = learner.model();
        assertEquals(10, learner.skippedMissingClass());
        assertEquals(90, model.report().iterations());
        assertEquals(StopReason.ONE_PASS, model.report().stopReason());
        String summary = model.summary();
        assertTrue(summary.contains("incremental, one pass over 90 instances"), summary);
        assertTrue(summary.contains("10 instances with a missing class skipped"), summary);
        assertTrue(summary.contains("Progressive log-loss"), summary);
    }

    @Test
    void progressiveLogLossFallsAndTheCurveStaysSmall() {
        Stream stream = new Stream(100_000, 5, 2, 16);
        TabularModel model = stream.learn(0, 100_000, config()).model();
        List<LossPoint> curve = model.report().lossHistory();
        assertEquals(Math.log(2), curve.get(0).loss(), 1e-15);
        assertEquals(100_000, curve.get(curve.size() - 1).iteration());
        assertTrue(curve.size() <= 260, "curve of " + curve.size() + " points");
        assertTrue(curve.get(curve.size() - 1).loss() < 0.9 * Math.log(2), curve.toString());
        assertEquals(model.report().finalLoss(), curve.get(curve.size() - 1).loss(), 1e-15);
    }

    @Test
    void savedMidStreamAndContinuedGivesTheUninterruptedModel() throws Exception {
        Stream stream = new Stream(10_001, 4, 3, 17);
        TabularModel straight = stream.learn(0, 10_001, config()).model();
        OnePassLogistic first = stream.learn(0, 5_003, config());
        assertTrue(first.bufferedRows() > 0);
        OnePassLogistic continued = copy(first);
        for (int i = 5_003; i < 10_001; i++) {
            continued.update(stream.rows[i], stream.labels[i], 1.0);
        }
        TabularModel resumed = continued.model();
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(straight.core().coefficients()[c], resumed.core().coefficients()[c], 0.0);
        }
        assertEquals(straight.report().finalLoss(), resumed.report().finalLoss(), 0.0);
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfRows() throws Exception {
        Stream stream = new Stream(100_000, 5, 2, 18);
        int small = serializedSize(stream.learn(0, 10_000, config()));
        int large = serializedSize(stream.learn(0, 100_000, config()));
        // the parameters, statistics and one block of rows, plus a learning curve of at most 256 points
        assertTrue(large < small + 256 * 40 && large < 16_000, small + " bytes after 10^4 rows, " + large
                + " after 10^5");
    }

    private static int serializedSize(OnePassLogistic learner) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(learner);
        }
        return bytes.size();
    }

    private static OnePassLogistic copy(OnePassLogistic learner) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(learner);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (OnePassLogistic) in.readObject();
        }
    }
}
