package io.github.gdlogistic.core.table;

import java.io.Serializable;
import java.util.OptionalDouble;

/**
 * One line of the coefficient table: for a class (binary models: the positive class) and a feature (or
 * {@link #INTERCEPT}), the coefficient in original units, its odds ratio, the standardized coefficient, and, for
 * unregularized binary models with an invertible information matrix, standard error, z-score and p-value. Immutable.
 */
public final class CoefficientRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Feature name used for the intercept row. */
    public static final String INTERCEPT = "(Intercept)";

    /** ln(1e308): the largest coefficient whose odds ratio (and whose reciprocal's) is a normal {@code double}. */
    public static final double MAX_ABSOLUTE_LOG_ODDS_RATIO = 709.196208642166;

    private final String className;
    private final String featureName;
    private final double coefficient;
    private final double standardizedCoefficient;
    private final double standardError;

    /**
     * @param className the class the coefficient belongs to
     * @param featureName the encoded feature, or {@link #INTERCEPT}
     * @param coefficient coefficient in original units
     * @param standardizedCoefficient coefficient on the standardized feature
     * @param standardError standard error, NaN when unavailable
     */
    public CoefficientRow(String className, String featureName, double coefficient, double standardizedCoefficient,
            double standardError) {
        this.className = className;
        this.featureName = featureName;
        this.coefficient = coefficient;
        this.standardizedCoefficient = standardizedCoefficient;
        this.standardError = standardError;
    }

    /** @return the class name */
    public String className() {
        return className;
    }

    /** @return the feature name, or {@link #INTERCEPT} */
    public String featureName() {
        return featureName;
    }

    /** @return whether this is the intercept row */
    public boolean isIntercept() {
        return INTERCEPT.equals(featureName);
    }

    /** @return the coefficient in original units */
    public double coefficient() {
        return coefficient;
    }

    /**
     * @return {@code exp(coefficient)}: the factor on the odds per unit of the feature; {@code Infinity} or {@code 0}
     *         when it lies beyond the range of {@code double} (see {@link #oddsRatioInRange()})
     */
    public double oddsRatio() {
        return Math.exp(coefficient);
    }

    /**
     * @return whether {@link #oddsRatio()} lies within the normal range of {@code double}, about 1e-308 to 1e308
     *         (a coefficient of at most {@value #MAX_ABSOLUTE_LOG_ODDS_RATIO} in absolute value); features in tiny
     *         units (e.g. 1e-8) get coefficients far beyond it
     */
    public boolean oddsRatioInRange() {
        return Math.abs(coefficient) <= MAX_ABSOLUTE_LOG_ODDS_RATIO;
    }

    /** @return the coefficient on the standardized feature */
    public double standardizedCoefficient() {
        return standardizedCoefficient;
    }

    /** @return the standard error, when available */
    public OptionalDouble standardError() {
        return Double.isNaN(standardError) ? OptionalDouble.empty() : OptionalDouble.of(standardError);
    }

    /** @return the Wald z-score, when available */
    public OptionalDouble zScore() {
        return Double.isNaN(standardError) ? OptionalDouble.empty() : OptionalDouble.of(coefficient / standardError);
    }

    /** @return the two-sided p-value, when available */
    public OptionalDouble pValue() {
        return Double.isNaN(standardError) ? OptionalDouble.empty()
                : OptionalDouble.of(io.github.gdlogistic.core.CoefficientStatistics.pValue(coefficient,
                        standardError));
    }
}
