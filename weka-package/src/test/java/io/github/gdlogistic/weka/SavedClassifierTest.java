package io.github.gdlogistic.weka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;

import java.io.InputStream;

/** A classifier saved by version 1.0.0 (before the training header was kept) still loads and predicts the same. */
class SavedClassifierTest {

    /** Written by 1.0.0: GradientDescentLogistic -lambda 0.001 trained on house-votes-84, SerializationHelper.write. */
    private static final String SAVED = "/models/weka-house-votes-v1.0.0.model";

    @Test
    void classifierSavedByVersion100PredictsAsBefore() throws Exception {
        Instances votes = TestData.load("house-votes-84");
        GradientDescentLogistic saved;
        try (InputStream in = getClass().getResourceAsStream(SAVED)) {
            saved = (GradientDescentLogistic) SerializationHelper.read(in);
        }
        // Printed by 1.0.0 when it saved the file: the distribution of the first row.
        assertArrayEquals(new double[] {0.002025228647001498, 0.9979747713529985},
                saved.distributionForInstance(votes.instance(0)), 1e-12);
        GradientDescentLogistic current = new GradientDescentLogistic();
        current.setOptions(Utils.splitOptions("-lambda 0.001"));
        current.buildClassifier(votes);
        double[][] expected = current.distributionsForInstances(votes);
        double[][] batch = saved.distributionsForInstances(votes);
        for (int i = 0; i < votes.numInstances(); i++) {
            assertArrayEquals(expected[i], saved.distributionForInstance(votes.instance(i)), 1e-9);
            assertArrayEquals(expected[i], batch[i], 1e-9);
        }
        assertTrue(saved.toString().contains("Coefficients (original units)"), saved::toString);
        assertEquals("-solver", saved.getOptions()[0]);
        // the options it was saved with, and the core configuration stored inside its model, read as they were
        assertEquals(Utils.joinOptions(current.getOptions()), Utils.joinOptions(saved.getOptions()));
        assertEquals(current.trainingConfig(), saved.trainingConfig());
        assertEquals(current.trainingConfig(), saved.fittedModel().core().config());
    }
}
