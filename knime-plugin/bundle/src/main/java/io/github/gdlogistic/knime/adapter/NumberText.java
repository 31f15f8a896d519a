package io.github.gdlogistic.knime.adapter;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import io.github.gdlogistic.core.NumericRange;

/**
 * How the learner's dialog shows and reads real numbers: plainly between 0.001 and 10 million ({@code 0.05},
 * {@code 100}), in scientific notation outside ({@code 1E-9}, {@code 2.5E-5}), with no more digits than the value
 * needs. Reading accepts either form (and a lower-case {@code e}) and checks the setting's range with the core's message.
 */
public final class NumberText {

    private static final double PLAIN_FROM = 1e-3;
    private static final double PLAIN_BELOW = 1e7;

    /** A decimal number, optionally with an exponent: no hexadecimal, no type suffix, no NaN or Infinity. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberText() {
    }

    /**
     * @param value a finite number
     * @return the value as the dialog shows it, e.g. {@code "1E-9"}, {@code "0.05"}, {@code "300"}
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (value == 0 || (magnitude >= PLAIN_FROM && magnitude < PLAIN_BELOW)) {
            return decimal.toPlainString();
        }
        int exponent = decimal.precision() - decimal.scale() - 1;
        String mantissa = decimal.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return mantissa + "E" + exponent;
    }

    /**
     * @param text what the user typed
     * @param label the option's label, for the message
     * @param range the option's allowed values (the core's)
     * @return the number
     * @throws IllegalArgumentException naming the option and the text when it is not a number, or the range when the
     *             number is outside it
     */
    public static double parse(String text, String label, NumericRange range) {
        String trimmed = text == null ? "" : text.trim();
        if (!NUMBER.matcher(trimmed).matches()) {
            throw new IllegalArgumentException(
                    label + " must be a number (like 0.05 or 1E-9), but was '" + trimmed + "'");
        }
        double value = Double.parseDouble(trimmed);
        return range.require(value, label);
    }
}
