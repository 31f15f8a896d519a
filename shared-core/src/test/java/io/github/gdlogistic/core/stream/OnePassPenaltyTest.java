package io.github.gdlogistic.core.stream;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The L2 penalty in one-pass training: the steps follow the penalized objective (near the batch optimum with the same
 * lambda, far from the unpenalized one), and the progressive log-loss is the data's loss alone, as a predict-then-train
 * evaluation computes it.
 */
class OnePassPenaltyTest {

    private static final double LAMBDA = 0.5;

    private static TrainingConfig config(double lambda) {
        return TrainingConfig.builder().lambda(lambda).learningRate(OnePassLogistic.DEFAULT_LEARNING_RATE)
                .miniBatchSize(OnePassLogistic.DEFAULT_BLOCK_ROWS).build();
    }

    private static double standardizedNorm(TabularModel model) {
        double sum = 0;
        for (double w : model.core().standardizedCoefficients()[0]) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    @Test
    void stepsFollowThePenalizedObjective() {
        OnePassLogisticTest.Stream stream = new OnePassLogisticTest.Stream(60_000, 5, 2, 5);
        TabularModel batchPenalized = TabularTrainer.fit(stream.table(0, 60_000), config(LAMBDA));
        TabularModel batchPlain = TabularTrainer.fit(stream.table(0, 60_000), config(0));
        TabularModel onePass = stream.learn(0, 60_000, config(LAMBDA)).model();

        double penalized = standardizedNorm(batchPenalized);
        double plain = standardizedNorm(batchPlain);
        assertTrue(plain > 1.5 * penalized, "the penalty must matter on this data: " + plain + " vs " + penalized);
        assertEquals(penalized, standardizedNorm(onePass), 0.1 * penalized,
                "one pass with lambda " + LAMBDA + " against the batch optimum with it");
    }

    @Test
    void progressiveLogLossIsTheDataLossOfEachBlockBeforeItIsLearned() {
        OnePassLogisticTest.Stream stream = new OnePassLogisticTest.Stream(20_000, 5, 2, 7);
        OnePassLogistic learner = OnePassLogistic.start(stream.attributes, stream.classes, config(LAMBDA));
        int block = OnePassLogistic.DEFAULT_BLOCK_ROWS;
        double sum = 0;
        int rows = 0;
        for (int start = 0; start + block <= 20_000; start += block) {
            TabularModel before = learner.snapshot();
            sum += stream.logLoss(before, start, start + block) * block;
            rows += block;
            for (int i = start; i < start + block; i++) {
                learner.update(stream.rows[i], stream.labels[i], 1.0);
            }
        }
        double predictThenTrain = sum / rows;
        assertEquals(predictThenTrain, learner.progressiveLogLoss(), 0.01 * predictThenTrain,
                "the reported progressive log-loss against predict-then-train with the model before each block");
    }
}
