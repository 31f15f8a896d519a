package io.github.gdlogistic.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** Configurations are values: equal when every option is equal, and the same after saving and loading. */
class TrainingConfigTest {

    /** One change of every option away from the defaults. */
    private static final List<UnaryOperator<TrainingConfig.Builder>> CHANGES = List.of(
            b -> b.solver(Solver.ADAM), b -> b.learningRate(0.2), b -> b.maxIterations(10),
            b -> b.lossTolerance(1e-3), b -> b.gradientTolerance(1e-3), b -> b.lambda(0.5), b -> b.alpha(0.5),
            b -> b.miniBatchSize(7), b -> b.schedule(LearningRateSchedule.EXPONENTIAL), b -> b.decay(0.5),
            b -> b.momentum(0.5), b -> b.beta1(0.5), b -> b.beta2(0.5), b -> b.epsilon(0.5),
            b -> b.fitIntercept(false), b -> b.standardize(false), b -> b.classWeighting(ClassWeighting.BALANCED),
            b -> b.classWeights(1, 2), b -> b.threshold(0.3), b -> b.thresholdMetric(ThresholdMetric.F1),
            b -> b.thresholdHoldout(0.5), b -> b.seed(5), b -> b.threads(3), b -> b.scalarLoops(true),
            b -> b.positiveClass("malignant"), b -> b.coefficientStatistics(false));

    @Test
    void everyOptionTakesPartInEquality() {
        TrainingConfig defaults = TrainingConfig.defaults();
        assertEquals(defaults, TrainingConfig.builder().build());
        assertEquals(defaults.hashCode(), TrainingConfig.builder().build().hashCode());
        for (int i = 0; i < CHANGES.size(); i++) {
            TrainingConfig changed = CHANGES.get(i).apply(TrainingConfig.builder()).build();
            assertNotEquals(defaults, changed, "change " + i + ": " + changed);
            assertEquals(changed, CHANGES.get(i).apply(TrainingConfig.builder()).build(), "change " + i);
            assertEquals(changed, changed.toBuilder().build(), "change " + i);
        }
    }

    @Test
    void classWeightsCompareByContent() {
        TrainingConfig one = TrainingConfig.builder().classWeights(1, 3).build();
        TrainingConfig same = TrainingConfig.builder().classWeights(new double[] {1, 3}).build();
        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, TrainingConfig.builder().classWeights(1, 4).build());
    }

    @Test
    void aBuilderChangedLaterDoesNotChangeTheConfiguration() {
        TrainingConfig.Builder builder = TrainingConfig.builder().classWeights(1, 3);
        TrainingConfig built = builder.build();
        builder.lambda(0.7).classWeights(2, 2);
        assertEquals(TrainingConfig.builder().classWeights(1, 3).build(), built);
    }

    @Test
    void savedAndLoadedConfigurationIsEqual() throws Exception {
        TrainingConfig config = TrainingConfig.defaults();
        for (UnaryOperator<TrainingConfig.Builder> change : CHANGES) {
            config = change.apply(config.toBuilder()).build();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(config);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(config, in.readObject());
        }
    }

    @Test
    void classWeightsAreReadFromTextWithCommasOrSpaces() {
        for (String text : new String[] {"1,5", "1.0 5.0", " 1 , 5 ", "1,\t5"}) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 5},
                    TrainingConfig.parseClassWeights(text), text);
        }
        assertEquals(0, TrainingConfig.parseClassWeights(" ").length);
        assertEquals(0, TrainingConfig.parseClassWeights(null).length);
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.parseClassWeights("1,x"));
        assertEquals("Class weights '1,x' are not a list of numbers: entry 2 is 'x'; expected one number per class "
                + "value, separated by commas or spaces, e.g. 1,5", error.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrainingConfig.parseClassWeights("1,,5"));
    }

    @Test
    void classWeightingAndItsTextCombineInOnePlace() {
        assertEquals(TrainingConfig.builder().classWeights(1, 5).build(),
                TrainingConfig.builder().classWeighting(ClassWeighting.CUSTOM, "1 5").build());
        assertEquals(TrainingConfig.builder().classWeighting(ClassWeighting.BALANCED).build(),
                TrainingConfig.builder().classWeights(2, 2).classWeighting(ClassWeighting.BALANCED, "").build());
        IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> TrainingConfig.builder().classWeighting(ClassWeighting.CUSTOM, " "));
        assertEquals(true, missing.getMessage().contains("needs the custom class weights"), missing.getMessage());
        IllegalArgumentException unused = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> TrainingConfig.builder().classWeighting(ClassWeighting.NONE, "1,5"));
        assertEquals(true, unused.getMessage().contains("'1,5'") && unused.getMessage().contains("'none'"),
                unused.getMessage());
        IllegalArgumentException negative = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> TrainingConfig.builder().classWeighting(ClassWeighting.CUSTOM, "1,-5"));
        assertEquals(true, negative.getMessage().contains("-5"), negative.getMessage());
    }

    /** Written by version 1.0, which stored one field per option (tolerance and batchSize by those names). */
    @Test
    void configurationSavedByVersion10ReadsWithEveryOption() throws Exception {
        TrainingConfig expected = TrainingConfig.builder().solver(Solver.NESTEROV).learningRate(0.02)
                .maxIterations(123).lossTolerance(1e-5).gradientTolerance(1e-4).lambda(0.01).alpha(0.3)
                .miniBatchSize(64).schedule(LearningRateSchedule.EXPONENTIAL).decay(0.05).momentum(0.8).beta1(0.85)
                .beta2(0.99).epsilon(1e-7).fitIntercept(false).standardize(false).classWeights(1, 2.5)
                .threshold(0.3).thresholdMetric(ThresholdMetric.F1).thresholdHoldout(0.2).seed(99).threads(2)
                .scalarLoops(true).build();
        assertEquals(expected, read("/compatibility/training-config-v1.0.base64"));
    }

    /**
     * Written before the coefficient statistics could be turned off (the builder's fields without that option;
     * lambda 0, standardize off, seed 7): it reads with the statistics on, as it was trained.
     */
    @Test
    void configurationSavedBeforeTheStatisticsOptionComputesThem() throws Exception {
        TrainingConfig read = (TrainingConfig) read("/compatibility/training-config-before-coefficient-statistics.base64");
        assertTrue(read.coefficientStatistics());
        assertEquals(TrainingConfig.builder().lambda(0).standardize(false).seed(7).build(), read);
    }

    @Test
    void coefficientStatisticsAreOnByDefaultAndShownWhenOff() {
        assertTrue(TrainingConfig.defaults().coefficientStatistics());
        TrainingConfig off = TrainingConfig.builder().coefficientStatistics(false).build();
        assertFalse(off.coefficientStatistics());
        assertFalse(off.toBuilder().build().coefficientStatistics());
        assertTrue(off.toBuilder().coefficientStatistics(true).build().coefficientStatistics());
        assertTrue(off.toString().contains(", standardize=true, coefficientStatistics=false, classWeighting=none"),
                off::toString);
        assertFalse(TrainingConfig.defaults().toString().contains("coefficientStatistics"));
    }

    private Object read(String resource) throws IOException, ClassNotFoundException {
        byte[] text;
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            text = in.readAllBytes();
        }
        byte[] bytes = Base64.getMimeDecoder().decode(new String(text, StandardCharsets.US_ASCII));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Test
    void theReadableFormNamesTheOptionsThatApply() {
        assertEquals("solver=auto, maxIterations=1000, lossTolerance=1.0E-9, gradientTolerance=1.0E-6, "
                + "lambda=1.0E-4, alpha=0.0, fitIntercept=true, standardize=true, classWeighting=none, threshold=0.5, "
                + "seed=1, threads=0", TrainingConfig.defaults().toString());
        String adam = TrainingConfig.builder().solver(Solver.ADAM).learningRate(0.01)
                .schedule(LearningRateSchedule.EXPONENTIAL).decay(0.2).miniBatchSize(64).classWeights(1, 3)
                .thresholdMetric(ThresholdMetric.F1).thresholdHoldout(0.25).scalarLoops(true).positiveClass("yes")
                .build().toString();
        assertEquals("solver=adam, learningRate=0.01, schedule=exponential, decay=0.2, miniBatchSize=64, beta1=0.9, "
                + "beta2=0.999, epsilon=1.0E-8, maxIterations=1000, lossTolerance=1.0E-9, gradientTolerance=1.0E-6, "
                + "lambda=1.0E-4, alpha=0.0, fitIntercept=true, standardize=true, classWeighting=custom[1.0, 3.0], "
                + "threshold=0.5, thresholdMetric=f1, thresholdHoldout=0.25, seed=1, threads=0, scalarLoops=true, "
                + "positiveClass=yes", adam);
        assertEquals("solver=momentum, learningRate=0.1, miniBatchSize=32, momentum=0.5", TrainingConfig.builder()
                .solver(Solver.MOMENTUM).momentum(0.5).build().toString().substring(0, 65));
        assertEquals("solver=gd, learningRate=0.1, maxIterations", TrainingConfig.builder().solver(Solver.GD).build()
                .toString().substring(0, 42));
    }

    @Test
    void theL1PartIsThereOnlyWithBothLambdaAndAlpha() {
        assertFalse(TrainingConfig.defaults().hasL1());
        assertFalse(TrainingConfig.builder().lambda(0).alpha(1).build().hasL1());
        assertFalse(TrainingConfig.builder().lambda(0.1).alpha(0).build().hasL1());
        assertTrue(TrainingConfig.builder().lambda(0.1).alpha(0.5).build().hasL1());
    }

    @Test
    void rangesSayWhatTheyAllow() {
        NumericRange threshold = TrainingConfig.THRESHOLD_RANGE;
        assertFalse(threshold.lowerIncluded() || threshold.upperIncluded() || threshold.wholeNumbers());
        assertEquals(Math.nextUp(0.0), threshold.smallestAllowed(), 0.0);
        assertEquals(Math.nextDown(1.0), threshold.largestAllowed(), 0.0);
        assertEquals("strictly between 0 and 1", threshold.toString());
        NumericRange alpha = TrainingConfig.ALPHA_RANGE;
        assertTrue(alpha.lowerIncluded() && alpha.upperIncluded());
        assertEquals(0.0, alpha.smallestAllowed(), 0.0);
        assertEquals(1.0, alpha.largestAllowed(), 0.0);
        NumericRange iterations = TrainingConfig.MAX_ITERATIONS_RANGE;
        assertTrue(iterations.wholeNumbers());
        assertEquals(1.0, iterations.smallestAllowed(), 0.0);
        assertFalse(iterations.contains(1.5));
        assertTrue(iterations.contains(7));
        assertEquals(Math.nextDown(Double.POSITIVE_INFINITY), TrainingConfig.LEARNING_RATE_RANGE.largestAllowed(), 0.0);
        assertFalse(TrainingConfig.LEARNING_RATE_RANGE.contains(Double.POSITIVE_INFINITY));
        assertFalse(TrainingConfig.LEARNING_RATE_RANGE.contains(Double.NaN));
    }

    @Test
    void optionNamesAreListedAndReadBack() {
        assertArrayEquals(new String[] {"auto", "gd", "sgd", "momentum", "nesterov", "adam"},
                NamedOption.optionNames(Solver.class));
        assertEquals(Solver.NESTEROV, Solver.fromName("NESTEROV"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Solver.fromName("newton"));
        assertTrue(e.getMessage().contains("newton") && e.getMessage().contains("adam"), e.getMessage());
    }
}
