package io.github.gdlogistic.knime.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.gdlogistic.core.NumericRange;
import io.github.gdlogistic.core.TrainingConfig;

/** How the learner dialog shows and reads real numbers. */
class NumberTextTest {

    private static final NumericRange POSITIVE = NumericRange.real(0, false, Double.POSITIVE_INFINITY, false);

    @Test
    void smallAndLargeNumbersInScientificNotationOthersPlain() {
        assertEquals("1E-9", NumberText.format(1e-9));
        assertEquals("1E-4", NumberText.format(1e-4));
        assertEquals("2.5E-5", NumberText.format(2.5e-5));
        assertEquals("1E-8", NumberText.format(1e-8));
        assertEquals("0.001", NumberText.format(0.001));
        assertEquals("0.05", NumberText.format(0.05));
        assertEquals("0.999", NumberText.format(0.999));
        assertEquals("0", NumberText.format(0));
        assertEquals("100", NumberText.format(100));
        assertEquals("1E7", NumberText.format(1e7), "ten million turns scientific");
        assertEquals("-0.5", NumberText.format(-0.5));
    }

    @Test
    void everyRealDefaultIsShownReadablyAndReadBackExactly() {
        for (TrainingSettings.Setting setting : TrainingSettings.ALL) {
            if (setting.kind() != TrainingSettings.Kind.REAL) {
                continue;
            }
            double value = (Double) setting.defaultValue();
            String shown = NumberText.format(value);
            assertTrue(shown.length() <= 8, setting.key() + " shown as " + shown);
            assertEquals(value, NumberText.parse(shown, setting.label(), setting.range().orElseThrow()),
                    setting.key());
        }
        assertEquals("1E-9", NumberText.format(TrainingConfig.builder().build().lossTolerance()),
                "the tolerance reads 1E-9, not 0.000000001");
    }

    @Test
    void readsBothNotations() {
        assertEquals(1e-9, NumberText.parse("1E-9", "Tolerance", POSITIVE));
        assertEquals(1e-9, NumberText.parse(" 1e-9 ", "Tolerance", POSITIVE));
        assertEquals(0.000000001, NumberText.parse("0.000000001", "Tolerance", POSITIVE));
        assertEquals(0.5, NumberText.parse(".5", "Tolerance", POSITIVE));
    }

    @Test
    void refusesTextThatIsNotADecimalNumberNamingTheOption() {
        for (String text : new String[] {"", "abc", "1,5", "NaN", "Infinity", "0x1p-3", "1e-9d", "1E"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumberText.parse(text, "Tolerance", POSITIVE), text);
            assertEquals("Tolerance must be a number (like 0.05 or 1E-9), but was '" + text + "'", e.getMessage());
        }
    }

    @Test
    void refusesNumbersOutsideTheRangeWithTheCoresMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> NumberText.parse("-1", "Tolerance", POSITIVE));
        assertEquals("Tolerance must be a finite number > 0, but was -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NumberText.parse("1E400", "Tolerance", POSITIVE),
            "overflows to infinity");
    }
}
