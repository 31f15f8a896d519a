package io.github.gdlogistic.core;

import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.TabularTrainer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default configuration converges without tuning on every dataset the project ships. */
class DefaultsConvergeTest {

    @ParameterizedTest
    @ValueSource(strings = {"breast-cancer-wisconsin-diagnostic.arff", "breast-cancer-wisconsin-original.arff",
        "diabetes.arff", "ionosphere.arff", "sonar.arff", "house-votes-84.arff", "iris.arff", "wine.arff",
        "digits.arff", "letter.arff"})
    void defaultsConverge(String dataset) {
        RawTable table = Arff.table(dataset);
        TabularModel model = TabularTrainer.fit(table, TrainingConfig.defaults());
        assertTrue(model.report().converged(), dataset + ": " + model.report().message());
        int correct = 0;
        int labelled = 0;
        double[] raw = new double[table.attributes().size()];
        for (int i = 0; i < table.rows(); i++) {
            if (table.classIndex(i) < 0) {
                continue;
            }
            for (int a = 0; a < raw.length; a++) {
                raw[a] = table.value(i, a);
            }
            labelled++;
            correct += model.predict(raw) == table.classIndex(i) ? 1 : 0;
        }
        assertTrue(correct > 0.7 * labelled, dataset + ": training accuracy " + correct + "/" + labelled);
    }
}
