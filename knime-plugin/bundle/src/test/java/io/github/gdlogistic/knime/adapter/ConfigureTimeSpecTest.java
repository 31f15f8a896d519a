package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;

/**
 * The predictor's output columns announced at configure time, from the learner's model spec before training, are
 * the ones execute produces from the trained model.
 */
class ConfigureTimeSpecTest {

    private static final List<FeatureColumn> FEATURES = List.of(new FeatureColumn("x", ColumnKind.NUMERIC));
    private static final List<String> INPUT_COLUMNS = List.of("x", "y");

    /** The target's domain in KNIME's order (order of appearance), with a class that no training row has. */
    private static final List<String> TARGET_DOMAIN = List.of("pos", "neg", "rare");

    @Test
    void modelSpecWithClassesFromTheDomainGivesTheColumnsExecuteProduces() {
        ModelDescription configured = ModelDescription.beforeTraining("y", FEATURES, TARGET_DOMAIN);
        Optional<List<String>> atConfigure =
            PredictionColumns.appendedNames(configured, null, true, "_gd", INPUT_COLUMNS);

        TrainingTableBuilder builder = new TrainingTableBuilder(FEATURES, TARGET_DOMAIN);
        for (int i = 0; i < 40; i++) {
            builder.addRow(new Object[] {(double) (i % 4)}, i % 4 < 2 == (i % 3 == 0) ? "pos" : "neg");
        }
        TabularModel model =
            TabularTrainer.fit(builder.build(), KnimeSettings.config(), TrainingListener.NONE);
        List<String> atExecute = PredictionColumns
            .appendedNames(ModelDescription.of("y", model), null, true, "_gd", INPUT_COLUMNS).orElseThrow();

        assertEquals(List.of("Prediction (y)", "P (y=neg)_gd", "P (y=pos)_gd", "P (y=rare)_gd"), atExecute);
        assertEquals(Optional.of(atExecute), atConfigure);
        assertEquals(model.classValues(), configured.classValues());
    }

    @Test
    void aDomainClassWithoutRowsKeepsTheModelBinaryForTheThresholdOverride() {
        TrainingTableBuilder builder = new TrainingTableBuilder(FEATURES, TARGET_DOMAIN);
        for (int i = 0; i < 40; i++) {
            builder.addRow(new Object[] {(double) (i % 4)}, i % 4 < 2 == (i % 3 == 0) ? "pos" : "neg");
        }
        TabularModel model =
            TabularTrainer.fit(builder.build(), KnimeSettings.config(), TrainingListener.NONE);

        assertEquals(3, model.classValues().size());
        assertEquals(0.9, PredictionThreshold.of(model, true, 0.9));
        assertEquals(model.threshold(), PredictionThreshold.of(model, false, 0.9));
    }

    @Test
    void withoutKnownClassesTheProbabilityColumnsAreNotAnnouncedButThePredictionColumnIs() {
        ModelDescription configured = ModelDescription.beforeTraining("y", FEATURES, List.of());

        assertTrue(PredictionColumns.appendedNames(configured, null, true, "", INPUT_COLUMNS).isEmpty());
        assertEquals(Optional.of(List.of("Prediction (y)")),
            PredictionColumns.appendedNames(configured, null, false, "", INPUT_COLUMNS));
    }
}
