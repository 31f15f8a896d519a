package io.github.gdlogistic.knime.adapter;

import java.util.List;
import java.util.Optional;

import io.github.gdlogistic.core.pmml.PmmlWriter;
import io.github.gdlogistic.core.table.TabularModel;

/**
 * The learner's PMML output: the model as a PMML document in the form KNIME's own logistic regression learner
 * writes and KNIME's PMML predictor scores (a {@code GeneralRegressionModel} of {@code modelType="multinomialLogistic"},
 * {@link PmmlWriter.Form#GENERAL_REGRESSION_MODEL}), as text in a one-row table.
 *
 * <p>Also the learner's output port layout: the ports of version 1.0 first, in their order, and the PMML table
 * appended at the end, so that workflows saved with 1.0 still find their connections at the same indices.
 */
public final class PmmlOutput {

    /** The learner's output ports, in order: the three of version 1.0, then the PMML table. */
    public static final List<String> LEARNER_OUTPUT_PORTS =
            List.of("Model", "Coefficients and statistics", "Training", "PMML");

    /** The index of the PMML table among the learner's output ports. */
    public static final int PMML_PORT = 3;

    /** The PMML table's only column. */
    public static final List<String> COLUMNS = List.of("PMML");

    /** The kind of that column. */
    public static final List<CellKind> KINDS = List.of(CellKind.STRING);

    private PmmlOutput() {
    }

    /**
     * @param model the fitted model
     * @param target the target column's name (the PMML target field)
     * @return the PMML document as text
     * @throws IllegalArgumentException when a column name clashes with the target or an output field name of the
     *         document ({@code probability(<class>)}, {@code predicted(<target>)}): PMML names fields uniquely
     */
    public static String document(TabularModel model, String target) {
        return PmmlWriter.toPmml(model, target, PmmlWriter.Form.GENERAL_REGRESSION_MODEL);
    }

    /**
     * @param model the fitted model
     * @param target the target column's name
     * @return the one-row table holding the document, and the reason when there is none (the row's cell is then
     *         missing and the reason is meant for the node's warning)
     */
    public static Result table(TabularModel model, String target) {
        TableContent table = new TableContent(COLUMNS, KINDS);
        try {
            table.add(document(model, target));
            return new Result(table, Optional.empty());
        } catch (IllegalArgumentException e) {
            table.add((Object) null);
            return new Result(table, Optional.of("No PMML: " + e.getMessage()));
        }
    }

    /** The PMML table and, when the document could not be written, why. */
    public static final class Result {
        private final TableContent table;
        private final Optional<String> problem;

        Result(TableContent table, Optional<String> problem) {
            this.table = table;
            this.problem = problem;
        }

        /** @return the one-row table */
        public TableContent table() {
            return table;
        }

        /** @return why the document is missing, empty when it is there */
        public Optional<String> problem() {
            return problem;
        }
    }
}
