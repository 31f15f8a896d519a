package io.github.gdlogistic.knime.adapter;

import java.util.List;

import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.metrics.ThresholdCurve;
import io.github.gdlogistic.core.table.CoefficientRow;
import io.github.gdlogistic.core.table.TabularModel;

/**
 * The learner's two data outputs: the coefficients table (like KNIME's own "Coefficients and Statistics") and the
 * training table (learning curve, plus the threshold curve when tuning is on). Column layouts are fixed so that
 * the node can announce them at configure time.
 */
public final class OutputTables {

    /** Columns of the coefficients table. */
    public static final List<String> COEFFICIENT_COLUMNS = List.of("Class", "Variable", "Coeff.", "Odds ratio",
            "Std. coeff.", "Std. Err.", "z-score", "P>|z|");

    /** Kinds of the coefficients table's columns. */
    public static final List<CellKind> COEFFICIENT_KINDS = List.of(CellKind.STRING, CellKind.STRING, CellKind.DOUBLE,
            CellKind.DOUBLE, CellKind.DOUBLE, CellKind.DOUBLE, CellKind.DOUBLE, CellKind.DOUBLE);

    /** Columns of the training table. */
    public static final List<String> TRAINING_COLUMNS = List.of("Iteration", "Loss", "Threshold", "Threshold metric");

    /** Kinds of the training table's columns. */
    public static final List<CellKind> TRAINING_KINDS = List.of(CellKind.INTEGER, CellKind.DOUBLE, CellKind.DOUBLE,
            CellKind.DOUBLE);

    private OutputTables() {
    }

    /**
     * One row per coefficient: the class it belongs to (the positive class for binary models), the variable (an
     * encoded feature such as {@code color=red}, or {@code (Intercept)}), the coefficient in original units, its
     * odds ratio and standardized value, and standard error, z-score and p-value where the core computed them
     * (unregularized binary models), missing otherwise.
     *
     * @param model the fitted model
     * @return the table content
     */
    public static TableContent coefficients(TabularModel model) {
        TableContent table = new TableContent(COEFFICIENT_COLUMNS, COEFFICIENT_KINDS);
        for (CoefficientRow row : model.coefficientTable()) {
            table.add(row.className(), row.featureName(), row.coefficient(), row.oddsRatio(),
                    row.standardizedCoefficient(), boxed(row.standardError()), boxed(row.zScore()),
                    boxed(row.pValue()));
        }
        return table;
    }

    /**
     * The learning curve (iteration and loss per row) followed, when threshold tuning was on, by the threshold
     * curve (threshold and metric value per row, iteration and loss missing).
     *
     * @param model the fitted model
     * @return the table content
     */
    public static TableContent training(TabularModel model) {
        TableContent table = new TableContent(TRAINING_COLUMNS, TRAINING_KINDS);
        for (LossPoint point : model.report().lossHistory()) {
            table.add(point.iteration(), point.loss(), null, null);
        }
        if (model.thresholdCurve().isPresent()) {
            ThresholdCurve curve = model.thresholdCurve().get();
            double[] thresholds = curve.thresholds();
            double[] values = curve.values();
            for (int k = 0; k < thresholds.length; k++) {
                table.add(null, null, thresholds[k], values[k]);
            }
        }
        return table;
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
