package io.github.gdlogistic.core.table;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingListener;
import io.github.gdlogistic.core.TrainingRun;
import io.github.gdlogistic.core.data.Dataset;

import java.io.Serializable;

/**
 * A stepped training run on host rows: the table's encoders are fitted and its rows encoded once, then a
 * {@link TrainingRun} is stepped one iteration (or epoch) at a time; {@link #model()} gives a {@link TabularModel} at
 * any point (with coefficient statistics once the run is done). {@link TabularTrainer#fit} is "start, step until
 * done". Serializable without the table: {@link #resume} encodes the same table again with the encoders of the start
 * and goes on exactly where the run stopped.
 */
public final class TabularRun implements AutoCloseable, Serializable {

    private static final long serialVersionUID = 1L;

    private final FeatureEncoder encoder;
    private final LabelEncoder labels;
    private final TrainingConfig modelConfig;
    private final TrainingRun run;
    private transient Dataset data;

    private TabularRun(RawTable table, TrainingConfig config, TrainingListener listener) {
        this.encoder = FeatureEncoder.fit(table);
        this.labels = LabelEncoder.fit(table, config.positiveClass().orElse(null));
        this.data = TabularTrainer.encodeWithNames(table, encoder, labels);
        this.modelConfig = TabularTrainer.toModelClasses(config, labels);
        this.run = TrainingRun.start(data, modelConfig, listener);
    }

    /**
     * @param table training rows
     * @param config training configuration; custom class weights are given in the host's class order
     * @param listener progress and cancellation
     * @return the run, ready to {@link #step}
     * @throws IllegalArgumentException when the data cannot be used, naming the problem
     */
    public static TabularRun start(RawTable table, TrainingConfig config, TrainingListener listener) {
        return new TabularRun(table, config, listener);
    }

    /**
     * @return whether the run goes on (false once its stopping rule has ended it)
     * @see TrainingRun#step()
     */
    public boolean step() {
        return run.step();
    }

    /** @return whether the stopping rule has ended the run */
    public boolean isDone() {
        return run.isDone();
    }

    /** @return iterations (or epochs) done so far */
    public int iterations() {
        return run.iterations();
    }

    /** @return the model at the current parameters, with coefficient statistics once it is final */
    public TabularModel model() {
        LogisticModel model = run.model();
        double[] standardErrors = run.isFinal() ? TabularTrainer.standardErrors(run, model, modelConfig) : null;
        return new TabularModel(encoder, labels, model, standardErrors);
    }

    /** @see TrainingRun#finish() */
    public void finish() {
        run.finish();
    }

    /**
     * @param maxIterations the new iteration limit
     * @return whether the run can take more steps now
     * @see TrainingRun#extendTo(int)
     */
    public boolean extendTo(int maxIterations) {
        return run.extendTo(maxIterations);
    }

    /**
     * Attaches the training rows again after this run was deserialized (or closed).
     *
     * @param table the same rows the run started on (same attributes and class values)
     * @param listener progress and cancellation from now on
     * @throws IllegalArgumentException when the table's attributes or class values differ from the start's
     */
    public void resume(RawTable table, TrainingListener listener) {
        if (!table.attributes().equals(encoder.attributes()) || !table.classValues().equals(labels.hostValues())) {
            throw new IllegalArgumentException("This training run was started on attributes " + encoder.attributes()
                    + " with classes " + labels.hostValues() + ", but is resumed on " + table.attributes()
                    + " with classes " + table.classValues() + "; expected the same data");
        }
        data = TabularTrainer.encodeWithNames(table, encoder, labels);
        run.resume(data, listener);
    }

    /** Releases the worker threads; the run can be resumed later. */
    @Override
    public void close() {
        run.close();
    }
}
