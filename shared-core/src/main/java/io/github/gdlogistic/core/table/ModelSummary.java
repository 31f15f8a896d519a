package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.LossPoint;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.StopReason;
import io.github.gdlogistic.core.TrainingReport;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.metrics.ThresholdCurve;

import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * The text both hosts show for a fitted model: classes, the coefficient table in original units with odds ratios
 * (and Wald statistics when available, or a note when the configuration turned them off), the convergence outcome,
 * the learning curve at a handful of iterations, and the decision threshold.
 */
public final class ModelSummary {

    private static final int CURVE_POINTS = 8;

    /** The widest line the multinomial coefficient table is split to fit (a 700-pixel view, a terminal). */
    private static final int WIDTH = 100;

    /** Printed under a coefficient table whose odds ratios are extreme, saying why they are. */
    static final String ODDS_RATIO_NOTE = "Note: an odds ratio is exp(coefficient), the factor on the odds per unit "
            + "of the feature,\nso features in tiny or huge units get extreme odds ratios (beyond the range of "
            + "numbers:\n> 1e308, < 1e-308); the standardized coefficients compare the features on one scale.";

    /**
     * Printed under a binary model's coefficient table when the configuration turned the coefficient statistics off,
     * saying why the standard errors, z-scores and p-values are missing.
     */
    static final String STATISTICS_OFF_NOTE = "Standard errors, z and p-values: not computed (coefficient statistics "
            + "off)";

    private ModelSummary() {
    }

    /**
     * @param model the fitted model
     * @param decimals decimal places for the numbers in the tables
     * @return the summary text
     */
    public static String describe(TabularModel model, int decimals) {
        StringBuilder out = new StringBuilder();
        List<String> classes = model.classValues();
        TrainingConfig config = model.core().config();
        boolean binary = model.core().isBinary();
        out.append("GD Logistic Regression (").append(binary ? "binary" : "multinomial, " + model.core().numClasses()
                + " classes").append(")\n");
        out.append("Classes: ").append(classes);
        Optional<String> chosen = config.positiveClass();
        if (model.positiveClass().isPresent()) {
            out.append("; positive class '").append(model.positiveClass().get()).append("' (")
                    .append(chosen.isPresent() ? "chosen" : "the second class value")
                    .append(")\n         odds, coefficients and the decision threshold refer to it");
        } else if (chosen.isPresent()) {
            out.append("; the positive class '").append(chosen.get())
                    .append("' is ignored: it applies to two classes only");
        }
        out.append('\n');
        out.append("Objective: mean log-loss + lambda * (alpha * L1 + (1 - alpha) / 2 * L2)\n")
                .append("           lambda = ").append(number(config.lambda())).append(", alpha = ")
                .append(number(config.alpha())).append('\n');
        out.append('\n');
        appendCoefficients(out, model, decimals);
        out.append('\n');
        TrainingReport report = model.report();
        out.append("Solver: ").append(report.solverDescription()).append('\n');
        out.append("Outcome: ").append(report.message()).append('\n');
        if (report.stopReason() == StopReason.AGGREGATED) {
            out.append("Mean training loss of the parts: ").append(number(report.finalLoss())).append('\n');
        } else if (report.stopReason() == StopReason.ONE_PASS) {
            out.append("Progressive log-loss: ").append(number(report.finalLoss())).append(", time: ")
                    .append(report.elapsedMillis()).append(" ms\n");
            out.append("Learning curve (progressive log-loss after sampled numbers of instances)\n")
                    .append(curve(report.lossHistory(), "Instances"));
        } else {
            out.append("Final loss: ").append(number(report.finalLoss())).append(", gradient norm: ")
                    .append(number(report.finalGradientNorm())).append(", time: ").append(report.elapsedMillis())
                    .append(" ms\n");
            out.append("Learning curve (loss at sampled iterations)\n")
                    .append(curve(report.lossHistory(), "Iteration"));
        }
        if (binary) {
            out.append("Decision threshold: ").append(number(model.threshold()));
            if (model.thresholdCurve().isPresent()) {
                ThresholdCurve tuned = model.thresholdCurve().get();
                out.append(" (tuned to maximize ").append(tuned.metric().optionName()).append(" on ")
                        .append(tuned.heldOut() ? "held-out" : "training").append(" data: ")
                        .append(number(tuned.bestValue())).append(')');
            } else if (config.thresholdMetric() != ThresholdMetric.NONE) {
                out.append(" (not tuned)");
            }
            out.append('\n');
        } else if (thresholdSettingsGiven(config)) {
            out.append("Decision threshold: not used (the threshold settings: threshold ")
                    .append(number(config.threshold())).append(", tuning metric ")
                    .append(config.thresholdMetric().optionName()).append(", hold-out fraction ")
                    .append(number(config.thresholdHoldout())).append(", apply to two classes only; with ")
                    .append(model.core().numClasses()).append(" classes the most probable class is predicted)\n");
        }
        out.append("Missing values: replaced by the training mean (numeric) or mode (nominal)");
        if (!model.encoder().unusedAttributes().isEmpty()) {
            out.append("; missing in every training row, so unused: ").append(model.encoder().unusedAttributes());
        }
        out.append('\n');
        return out.toString();
    }

    /** @return whether any threshold setting differs from its default (they take effect for binary models only) */
    private static boolean thresholdSettingsGiven(TrainingConfig config) {
        TrainingConfig defaults = TrainingConfig.defaults();
        return config.threshold() != defaults.threshold() || config.thresholdMetric() != defaults.thresholdMetric()
                || config.thresholdHoldout() != defaults.thresholdHoldout();
    }

    private static void appendCoefficients(StringBuilder out, TabularModel model, int decimals) {
        List<CoefficientRow> rows = model.coefficientTable();
        boolean binary = model.core().isBinary();
        int width = CoefficientRow.INTERCEPT.length();
        for (String name : model.encodedFeatureNames()) {
            width = Math.max(width, name.length());
        }
        int cellWidth = decimals + 10;
        if (binary) {
            boolean statistics = model.hasStatistics();
            out.append("Coefficients (original units)\n");
            out.append(pad("Variable", width));
            out.append(String.format(Locale.ROOT, "%" + (decimals + 10) + "s%" + (decimals + 10) + "s%"
                    + (decimals + 10) + "s", "Coefficient", "Odds ratio", "Std. coef."));
            if (statistics) {
                out.append(String.format(Locale.ROOT, "%" + (decimals + 10) + "s%10s%12s", "Std. error", "z", "P>|z|"));
            }
            out.append('\n');
            boolean scientificOdds = false;
            for (CoefficientRow row : rows) {
                scientificOdds |= !row.isIntercept() && (!row.oddsRatioInRange()
                        || needsScientific(row.oddsRatio(), decimals));
            }
            for (CoefficientRow row : rows) {
                out.append(pad(row.featureName(), width));
                out.append(cell(row.coefficient(), decimals, cellWidth));
                out.append(row.isIntercept() ? String.format(Locale.ROOT, "%" + cellWidth + "s", "")
                        : oddsRatioCell(row, decimals, cellWidth, scientificOdds));
                out.append(cell(row.standardizedCoefficient(), decimals, cellWidth));
                if (statistics) {
                    out.append(cell(row.standardError().getAsDouble(), decimals, cellWidth));
                    out.append(String.format(Locale.ROOT, "%10.3f", row.zScore().getAsDouble()));
                    out.append(String.format(Locale.ROOT, "%12.4g", row.pValue().getAsDouble()));
                }
                out.append('\n');
            }
            if (scientificOdds) {
                out.append(ODDS_RATIO_NOTE).append('\n');
            }
            if (!statistics && !model.core().config().coefficientStatistics()) {
                out.append(STATISTICS_OFF_NOTE).append('\n');
            }
            return;
        }
        int classes = model.core().numClasses();
        int perClass = rows.size() / classes;
        int column = decimals + 10;
        for (int c = 0; c < classes; c++) {
            column = Math.max(column, rows.get(c * perClass).className().length() + 2);
        }
        out.append("Coefficients (original units), one column per class\n");
        // as many class columns side by side as fit in WIDTH characters; further classes in blocks below
        int perBlock = Math.max(1, (WIDTH - width) / column);
        for (int first = 0; first < classes; first += perBlock) {
            int last = Math.min(classes, first + perBlock);
            if (first > 0) {
                out.append('\n');
            }
            out.append(pad("Variable", width));
            for (int c = first; c < last; c++) {
                out.append(String.format(Locale.ROOT, "%" + column + "s", rows.get(c * perClass).className()));
            }
            out.append('\n');
            for (int j = 0; j < perClass; j++) {
                out.append(pad(rows.get(j).featureName(), width));
                for (int c = first; c < last; c++) {
                    out.append(cell(rows.get(c * perClass + j).coefficient(), decimals, column));
                }
                out.append('\n');
            }
        }
    }

    /** The loss at up to {@value #CURVE_POINTS} iterations spread logarithmically, and the last one: a table. */
    private static String curve(List<LossPoint> history, String steps) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%12s%14s\n", steps, "Loss"));
        int size = history.size();
        int points = Math.min(CURVE_POINTS, size);
        int previous = -1;
        for (int k = 0; k < points; k++) {
            int index = points == 1 ? 0 : (int) Math.round(Math.pow(size - 1, (double) k / (points - 1))) - 1;
            index = k == 0 ? 0 : Math.max(index, previous + 1);
            if (index >= size || index <= previous) {
                continue;
            }
            previous = index;
            appendCurvePoint(out, history.get(index));
        }
        if (previous != size - 1) {
            appendCurvePoint(out, history.get(size - 1));
        }
        return out.toString();
    }

    private static void appendCurvePoint(StringBuilder out, LossPoint point) {
        out.append(String.format(Locale.ROOT, "%12d%14s\n", point.iteration(), number(point.loss())));
    }

    /**
     * A right-aligned table cell: fixed-point with {@code decimals} places, or scientific notation for magnitudes
     * that would not fit (at least 1e6) or would show as zero (below 10^-decimals), so columns stay aligned.
     */
    static String cell(double value, int decimals, int width) {
        String text = needsScientific(value, decimals) ? scientific(value, decimals)
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
        return String.format(Locale.ROOT, "%" + width + "s", text);
    }

    /** @return whether fixed-point with {@code decimals} places would not fit or would show a nonzero value as 0 */
    private static boolean needsScientific(double value, int decimals) {
        double magnitude = Math.abs(value);
        return magnitude >= 1e6 || (magnitude > 0 && magnitude < Math.pow(10, -decimals));
    }

    private static String scientific(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + Math.max(decimals - 1, 1) + "e", value);
    }

    /**
     * An odds-ratio cell. When one odds ratio of the column needs scientific notation, the whole column uses it, so
     * that 1.370e+204 never stands beside 0.0000; odds ratios beyond the range of {@code double} (where
     * {@code exp(coefficient)} would print as Infinity or 0) are shown as bounds, {@code > 1e308} or {@code < 1e-308}.
     */
    static String oddsRatioCell(CoefficientRow row, int decimals, int width, boolean scientificColumn) {
        String text;
        if (!row.oddsRatioInRange()) {
            text = row.coefficient() > 0 ? "> 1e308" : "< 1e-308";
        } else if (scientificColumn) {
            text = scientific(row.oddsRatio(), decimals);
        } else {
            return cell(row.oddsRatio(), decimals, width);
        }
        return String.format(Locale.ROOT, "%" + width + "s", text);
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width + 2) {
            padded.append(' ');
        }
        return padded.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
