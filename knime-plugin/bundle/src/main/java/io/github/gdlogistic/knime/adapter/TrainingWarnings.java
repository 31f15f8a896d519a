package io.github.gdlogistic.knime.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.gdlogistic.core.TrainingReport;

/** Turns the core's training report and the row counts into the learner node's warning, if any. */
public final class TrainingWarnings {

    private TrainingWarnings() {
    }

    /**
     * @param report the training report
     * @param skippedRows rows skipped because their target value was missing
     * @return the warning text, empty when training converged and nothing was skipped
     */
    public static Optional<String> warning(TrainingReport report, long skippedRows) {
        List<String> parts = new ArrayList<>();
        if (report.possiblySeparable()) {
            parts.add("Data may be separable. " + report.message());
        } else if (!report.converged()) {
            parts.add(report.message());
        }
        if (skippedRows > 0) {
            parts.add(skippedRows + " row" + (skippedRows == 1 ? " was" : "s were")
                    + " skipped because the target value is missing.");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }
}
