package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;

class LearnerOptionsTest {

    @Test
    void defaultsAreTheCoreDefaults() {
        TrainingConfig mapped = new LearnerOptions().toTrainingConfig();
        TrainingConfig core = TrainingConfig.defaults();
        assertEquals(core, mapped);
    }

    @Test
    void everyOptionReachesTheConfiguration() {
        TrainingConfig config = new LearnerOptions().solver("adam").learningRate(0.05).maxIterations(77)
                .tolerance(1e-4).lambda(0.3).alpha(0.25).batchSize(16).fitIntercept(false).standardize(false)
                .classWeighting("balanced").seed(42).threshold(0.4).thresholdMetric("f1").toTrainingConfig();
        assertEquals(Solver.ADAM, config.solver());
        assertEquals(0.05, config.learningRate());
        assertEquals(77, config.maxIterations());
        assertEquals(1e-4, config.lossTolerance());
        assertEquals(0.3, config.lambda());
        assertEquals(0.25, config.alpha());
        assertEquals(16, config.miniBatchSize());
        assertEquals(false, config.fitIntercept());
        assertEquals(false, config.standardize());
        assertEquals(ClassWeighting.BALANCED, config.classWeighting());
        assertEquals(42, config.seed());
        assertEquals(0.4, config.threshold());
        assertEquals(ThresholdMetric.F1, config.thresholdMetric());
    }

    @Test
    void badValuesAreRejectedWithTheValueInTheMessage() {
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> new LearnerOptions().learningRate(-2).toTrainingConfig());
        assertTrue(rate.getMessage().contains("-2"), rate.getMessage());
        IllegalArgumentException solver = assertThrows(IllegalArgumentException.class,
                () -> new LearnerOptions().solver("newton").toTrainingConfig());
        assertTrue(solver.getMessage().contains("newton"), solver.getMessage());
        IllegalArgumentException alpha = assertThrows(IllegalArgumentException.class,
                () -> new LearnerOptions().alpha(1.5).toTrainingConfig());
        assertTrue(alpha.getMessage().contains("1.5"), alpha.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new LearnerOptions().classWeighting("custom").toTrainingConfig());
    }
}
