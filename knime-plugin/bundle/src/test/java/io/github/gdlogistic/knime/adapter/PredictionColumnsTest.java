package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PredictionColumnsTest {

    @Test
    void followsKnimeNaming() {
        assertEquals(List.of("Prediction (class)", "P (class=benign)_gd", "P (class=malignant)_gd"),
                PredictionColumns.appendedNames("class", null, List.of("benign", "malignant"), true, "_gd",
                        List.of("a", "b")));
        assertEquals(List.of("Prediction (class)"),
                PredictionColumns.appendedNames("class", "  ", List.of("x", "y"), false, "", List.of()));
    }

    @Test
    void customNameAndClashesAreHandled() {
        assertEquals(List.of("Label", "P (t=a)", "P (t=a) (#1)"),
                PredictionColumns.appendedNames("t", " Label ", List.of("a", "a"), true, null, List.of("x")));
        assertEquals(List.of("Prediction (t) (#2)"), PredictionColumns.appendedNames("t", null, List.of("a"), false,
                "", List.of("Prediction (t)", "Prediction (t) (#1)")));
    }
}
