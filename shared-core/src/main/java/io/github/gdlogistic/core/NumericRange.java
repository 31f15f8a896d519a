package io.github.gdlogistic.core;

import java.io.Serializable;

/**
 * The allowed interval of a numeric training option: its ends and whether each end is included. The core's
 * validation ({@link TrainingConfig.Builder}) and KNIME's bounded settings use the same instances, so a value one
 * accepts the other accepts (Weka's option descriptions state the intervals in words, and its setters go through the
 * core's validation). Immutable.
 */
public final class NumericRange implements Serializable {

    private static final long serialVersionUID = 1L;

    private final double lower;
    private final boolean lowerIncluded;
    private final double upper;
    private final boolean upperIncluded;
    private final boolean wholeNumbers;

    private NumericRange(double lower, boolean lowerIncluded, double upper, boolean upperIncluded,
            boolean wholeNumbers) {
        this.lower = lower;
        this.lowerIncluded = lowerIncluded;
        this.upper = upper;
        this.upperIncluded = upperIncluded;
        this.wholeNumbers = wholeNumbers;
    }

    /**
     * @param lower the lower end
     * @param lowerIncluded whether the lower end is allowed
     * @param upper the upper end ({@link Double#POSITIVE_INFINITY} for none; infinity itself is never allowed)
     * @param upperIncluded whether the upper end is allowed
     * @return the interval of real numbers
     */
    public static NumericRange real(double lower, boolean lowerIncluded, double upper, boolean upperIncluded) {
        return new NumericRange(lower, lowerIncluded, upper, upperIncluded, false);
    }

    /**
     * @param lower the smallest allowed whole number
     * @return the whole numbers from {@code lower} to {@link Integer#MAX_VALUE}, both included
     */
    public static NumericRange atLeast(int lower) {
        return new NumericRange(lower, true, Integer.MAX_VALUE, true, true);
    }

    /** @return the lower end */
    public double lower() {
        return lower;
    }

    /** @return whether the lower end itself is allowed */
    public boolean lowerIncluded() {
        return lowerIncluded;
    }

    /** @return the upper end ({@link Double#POSITIVE_INFINITY} when there is none) */
    public double upper() {
        return upper;
    }

    /** @return whether the upper end itself is allowed */
    public boolean upperIncluded() {
        return upperIncluded;
    }

    /** @return whether only whole numbers are allowed */
    public boolean wholeNumbers() {
        return wholeNumbers;
    }

    /**
     * @return the smallest allowed value: the lower end, or the next larger double when the end is excluded (for
     *         editors that only know inclusive bounds)
     */
    public double smallestAllowed() {
        return lowerIncluded ? lower : Math.nextUp(lower);
    }

    /**
     * @return the largest allowed value: the upper end, or the next smaller double when the end is excluded or
     *         infinite (for editors that only know inclusive bounds)
     */
    public double largestAllowed() {
        return upperIncluded && !Double.isInfinite(upper) ? upper : Math.nextDown(upper);
    }

    /**
     * @param value a value
     * @return whether the value is allowed (never NaN or infinite)
     */
    public boolean contains(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return false;
        }
        boolean aboveLower = lowerIncluded ? value >= lower : value > lower;
        boolean belowUpper = upperIncluded ? value <= upper : value < upper;
        return aboveLower && belowUpper && (!wholeNumbers || value == Math.rint(value));
    }

    /**
     * @param value a value
     * @param what the option's name as the message should start with, e.g. {@code "Learning rate"}
     * @return the value
     * @throws IllegalArgumentException naming the option, the value and this range when the value is not allowed
     */
    public double require(double value, String what) {
        if (!contains(value)) {
            throw new IllegalArgumentException(what + " must be " + this + ", but was "
                    + (wholeNumbers && !Double.isNaN(value) ? String.valueOf((long) value) : String.valueOf(value)));
        }
        return value;
    }

    /**
     * @return the interval in words, e.g. {@code "a finite number > 0"}, {@code "in [0, 1)"},
     *         {@code "strictly between 0 and 1"} or {@code "at least 1"}
     */
    @Override
    public String toString() {
        if (wholeNumbers) {
            return "at least " + text(lower);
        }
        if (Double.isInfinite(upper)) {
            return "a finite number " + (lowerIncluded ? ">= " : "> ") + text(lower);
        }
        if (!lowerIncluded && !upperIncluded) {
            return "strictly between " + text(lower) + " and " + text(upper);
        }
        return "in " + (lowerIncluded ? "[" : "(") + text(lower) + ", " + text(upper) + (upperIncluded ? "]" : ")");
    }

    private static String text(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                : String.valueOf(number);
    }
}
