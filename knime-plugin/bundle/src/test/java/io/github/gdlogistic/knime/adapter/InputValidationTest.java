package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InputValidationTest {

    private static Map<String, ColumnKind> columns() {
        Map<String, ColumnKind> columns = new LinkedHashMap<>();
        columns.put("age", ColumnKind.NUMERIC);
        columns.put("color", ColumnKind.NOMINAL);
        columns.put("picture", null);
        columns.put("class", ColumnKind.NOMINAL);
        return columns;
    }

    @Test
    void targetMessagesNameTheColumn() {
        assertEquals("Target column 'x' is not in the input table", assertThrows(IllegalArgumentException.class,
                () -> InputValidation.checkTarget("x", columns())).getMessage());
        assertEquals("Target column 'age' is not nominal; the target must be a string (nominal) column",
                assertThrows(IllegalArgumentException.class, () -> InputValidation.checkTarget("age", columns()))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> InputValidation.checkTarget("", columns()));
        InputValidation.checkTarget("class", columns());
    }

    @Test
    void featuresDropTheTargetAndKeepKinds() {
        List<FeatureColumn> features =
                InputValidation.featureColumns(List.of("age", "color", "class"), "class", columns());
        assertEquals(List.of(new FeatureColumn("age", ColumnKind.NUMERIC),
                new FeatureColumn("color", ColumnKind.NOMINAL)), features);
    }

    @Test
    void featureProblemsAreExplained() {
        assertThrows(IllegalArgumentException.class,
                () -> InputValidation.featureColumns(List.of("class"), "class", columns()));
        String unusable = assertThrows(IllegalArgumentException.class,
                () -> InputValidation.featureColumns(List.of("picture"), "class", columns())).getMessage();
        assertEquals("Feature column 'picture' is neither numeric nor nominal; exclude it from the feature columns",
                unusable);
    }

    @Test
    void predictionInputNeedsTheModelColumnsWithTheirKinds() {
        List<FeatureColumn> model = List.of(new FeatureColumn("age", ColumnKind.NUMERIC),
                new FeatureColumn("size", ColumnKind.NUMERIC));
        assertEquals("Column 'size' used by the model is not in the input table",
                assertThrows(IllegalArgumentException.class,
                        () -> InputValidation.checkPredictionInput(model, columns())).getMessage());
        List<FeatureColumn> nominalAge = List.of(new FeatureColumn("age", ColumnKind.NOMINAL));
        assertEquals("Column 'age' must be nominal as in training, but is numeric",
                assertThrows(IllegalArgumentException.class,
                        () -> InputValidation.checkPredictionInput(nominalAge, columns())).getMessage());
        InputValidation.checkPredictionInput(List.of(new FeatureColumn("color", ColumnKind.NOMINAL)), columns());
    }
}
