package weka.classifiers.functions;

import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.pmml.PmmlWriter;
import io.github.gdlogistic.core.stream.OnePassLogistic;
import io.github.gdlogistic.core.table.ModelSummary;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.weka.AnnotatedOptions;
import io.github.gdlogistic.weka.InstancesConverter;
import io.github.gdlogistic.weka.TrainingHeader;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.UpdateableBatchProcessor;
import weka.classifiers.UpdateableClassifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.pmml.PMMLProducer;

import java.util.function.UnaryOperator;

/**
 * Logistic regression learned incrementally, in one pass, as a Weka {@link UpdateableClassifier}: Weka's command line
 * (without {@code -force-batch-training}) and the KnowledgeFlow's incremental stream train it from a file without
 * loading the file, and {@code -l model -t more.arff} goes on learning. {@link #buildClassifier} is "start on the
 * header, then learn every instance in order", so cross-validation, the Experimenter and the command line all train it
 * the same one-pass way. A thin adapter of the core's {@link OnePassLogistic}.
 *
 * <p>A separate class from {@link GradientDescentLogistic} (as Weka's {@code NaiveBayesUpdateable} is from
 * {@code NaiveBayes}): Weka trains any updateable classifier incrementally on the command line while
 * cross-validating it with {@code buildClassifier}, so a batch classifier that were also updateable would print one
 * model and cross-validate another.
 */
public class GradientDescentLogisticUpdateable extends AbstractClassifier implements UpdateableClassifier,
        UpdateableBatchProcessor, WeightedInstancesHandler, TechnicalInformationHandler, PMMLProducer {

    private static final long serialVersionUID = 6622601794410285716L;

    /** Coefficients need more digits than Weka's general default of 2. */
    private static final int DEFAULT_DECIMAL_PLACES = 4;

    /** Debug output is printed when the number of learned instances reaches this, then at every doubling. */
    private static final long FIRST_REPORT = 1024;

    private static final TrainingConfig DEFAULTS = TrainingConfig.builder()
            .learningRate(OnePassLogistic.DEFAULT_LEARNING_RATE).miniBatchSize(OnePassLogistic.DEFAULT_BLOCK_ROWS)
            .build();

    /** The options, in the core's terms (lambda, positive class, learning rate, block size). */
    private TrainingConfig config = DEFAULTS;

    /** The learner, {@code null} before {@link #buildClassifier}. */
    private OnePassLogistic learner;

    private InstancesConverter converter;

    private TrainingHeader trainingHeader;

    private transient long nextReport;

    /** The raw row of the instance being learned, reused (the learner copies it into its block). */
    private transient double[] row;

    /** Creates the classifier with the default settings. */
    public GradientDescentLogisticUpdateable() {
        setNumDecimalPlaces(DEFAULT_DECIMAL_PLACES);
    }

    /**
     * Runs Weka's evaluation from the command line.
     *
     * @param arguments Weka's evaluation options and the classifier's options
     */
    public static void main(String[] arguments) {
        runClassifier(new GradientDescentLogisticUpdateable(), arguments);
    }

    /** @return the description shown by the GUI's About box and the command line's help */
    public String globalInfo() {
        return "Logistic regression (binary and multinomial) learned incrementally: one pass over the instances, in "
                + "their order, with memory independent of their number, so files larger than memory can be learned "
                + "(command line: -t file -no-cv; KnowledgeFlow: an incremental ArffLoader stream).\n\n"
                + "Each block of instances updates running means and standard deviations of the features and takes "
                + "one adaptive, normalized step per coefficient on the standardized features (AdaGrad steps; the "
                + "coefficients are rescaled when a feature's scale changes), so no tuning is needed and the result "
                + "does not depend on the features' units. The model output shows the coefficients in the original "
                + "units with odds ratios and the progressive log-loss (each instance predicted before it was "
                + "learned). Missing values become the mean / most frequent value seen so far; instances with a "
                + "missing class are skipped and counted.\n\n"
                + "Needs many instances: on small data GradientDescentLogistic (batch) reaches the optimum exactly."
                + "\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
    }

    @Override
    public TechnicalInformation getTechnicalInformation() {
        TechnicalInformation adagrad = new TechnicalInformation(Type.ARTICLE);
        adagrad.setValue(Field.AUTHOR, "John Duchi and Elad Hazan and Yoram Singer");
        adagrad.setValue(Field.TITLE, "Adaptive Subgradient Methods for Online Learning and Stochastic Optimization");
        adagrad.setValue(Field.JOURNAL, "Journal of Machine Learning Research");
        adagrad.setValue(Field.VOLUME, "12");
        adagrad.setValue(Field.PAGES, "2121-2159");
        adagrad.setValue(Field.YEAR, "2011");
        TechnicalInformation normalized = adagrad.add(Type.INPROCEEDINGS);
        normalized.setValue(Field.AUTHOR, "Stephane Ross and Paul Mineiro and John Langford");
        normalized.setValue(Field.TITLE, "Normalized Online Learning");
        normalized.setValue(Field.BOOKTITLE, "Conference on Uncertainty in Artificial Intelligence (UAI)");
        normalized.setValue(Field.YEAR, "2013");
        return adagrad;
    }

    /** @return the batch classifier's capabilities, with no minimum number of instances (a header starts it) */
    @Override
    public Capabilities getCapabilities() {
        Capabilities result = new GradientDescentLogistic().getCapabilities();
        result.setOwner(this);
        result.setMinimumNumberInstances(0);
        return result;
    }

    // ---------------------------------------------------------------- training and prediction

    /**
     * Starts on the data's header and learns its instances in order (none for an empty header, as Weka's incremental
     * training passes it).
     *
     * @param data the training data, or just its header
     * @throws Exception when the data cannot be used (Weka's capabilities message, or the core's naming the problem)
     */
    @Override
    public void buildClassifier(Instances data) throws Exception {
        getCapabilities().testWithFail(data);
        InstancesConverter dataConverter = new InstancesConverter(data);
        OnePassLogistic started = OnePassLogistic.start(dataConverter.attributes(), dataConverter.classValues(),
                config);
        converter = dataConverter;
        trainingHeader = new TrainingHeader(data);
        learner = started;
        row = null;
        nextReport = FIRST_REPORT;
        for (int i = 0; i < data.numInstances(); i++) {
            updateClassifier(data.instance(i));
        }
        batchFinished();
    }

    /**
     * Learns one instance (buffered until its block of rows is full). An instance with a missing class is skipped and
     * counted; the model output reports the count.
     *
     * @param instance an instance with the structure of the training header
     * @throws IllegalArgumentException naming the difference when its header differs from the training header, or the
     *         attribute when a value is infinite; nothing learned before is changed then
     * @throws IllegalStateException before {@link #buildClassifier}
     */
    @Override
    public void updateClassifier(Instance instance) {
        OnePassLogistic current = started();
        trainingHeader.requireCompatible(instance);
        if (row == null) {
            row = new double[current.attributes().size()];
        }
        current.update(converter.rawRow(instance, row), instance.classIsMissing() ? -1 : (int) instance.classValue(),
                instance.weight());
        if (getDebug() && current.learnedRows() >= nextReport) {
            System.err.println(progressLine(current));
            nextReport = Math.max(nextReport, 1) * 2;
        }
    }

    private static String progressLine(OnePassLogistic current) {
        return "GradientDescentLogisticUpdateable: " + current.learnedRows() + " instances learned, progressive "
                + "log-loss " + Utils.doubleToString(current.progressiveLogLoss(), 6) + ", "
                + current.skippedMissingClass() + " skipped (missing class)";
    }

    /** Learns the instances still buffered: Weka calls this at the end of a training stream. */
    @Override
    public void batchFinished() {
        if (learner != null) {
            learner.flush();
            if (getDebug()) {
                System.err.println(progressLine(learner));
            }
        }
    }

    private OnePassLogistic started() {
        if (learner == null) {
            throw new IllegalStateException("No model built yet: call buildClassifier (with the training data or "
                    + "just its header) first");
        }
        return learner;
    }

    /**
     * Predicts with every instance given so far: instances still buffered are learned first (as a block smaller than
     * "block size" when predictions come between updates, as in the KnowledgeFlow's predict-then-train evaluation).
     *
     * @param instance an instance with the structure of the training data
     * @return the class distribution
     */
    @Override
    public double[] distributionForInstance(Instance instance) {
        TabularModel model = started().model();
        trainingHeader.requireCompatible(instance);
        return model.probabilities(converter.rawRow(instance));
    }

    /**
     * The fitted core model of all instances so far (the buffered ones are learned first).
     *
     * @return the model
     * @throws IllegalStateException before {@link #buildClassifier}
     */
    public TabularModel fittedModel() {
        return started().model();
    }

    /**
     * The model of all instances so far as a PMML 4.4 document, written by the core's {@link PmmlWriter} (as
     * {@link GradientDescentLogistic#toPMML} does).
     *
     * @param train the training data or its header (naming the class attribute), or {@code null} for the header kept
     *        from training
     * @return the PMML document
     * @throws IllegalStateException before training
     * @throws IllegalArgumentException when {@code train}'s structure differs from the training data's
     */
    @Override
    public String toPMML(Instances train) {
        TabularModel model = fittedModel();
        Instances header = train == null ? trainingHeader.header() : train;
        trainingHeader.requireCompatible(header);
        return PmmlWriter.toPmml(model, header.classAttribute().name());
    }

    @Override
    public String toString() {
        if (learner == null) {
            return "No model built yet.";
        }
        return "GradientDescentLogisticUpdateable\n=================================\n\n"
                + "Options: " + Utils.joinOptions(getOptions()) + "\n\n"
                + ModelSummary.describe(fittedModel(), getNumDecimalPlaces());
    }

    // ---------------------------------------------------------------- options

    /**
     * Reads this class's options strictly (a value that does not parse or that the core refuses throws, naming the
     * option), then Weka's general classifier options.
     *
     * @param options the options
     * @throws Exception when an option or its value cannot be used
     */
    @Override
    public void setOptions(String[] options) throws Exception {
        AnnotatedOptions.set(options, this, GradientDescentLogisticUpdateable.class);
        super.setOptions(options);
    }

    private void update(String option, UnaryOperator<TrainingConfig.Builder> setting) {
        config = AnnotatedOptions.rebuilt(config, option, setting);
    }

    /** @return the regularization strength */
    @OptionMetadata(displayName = "Regularization strength (lambda)",
            description = "Penalty weight lambda >= 0 in mean log-loss + lambda / 2 * L2 on the standardized "
                    + "coefficients (intercept not penalized), the objective of GradientDescentLogistic with "
                    + "alpha 0. 0 = no penalty.",
            commandLineParamName = "lambda", commandLineParamSynopsis = "-lambda <number>", displayOrder = 1)
    public double getLambda() {
        return config.lambda();
    }

    /** @param value the regularization strength, &gt;= 0 */
    public void setLambda(double value) {
        update("Regularization strength (-lambda)", builder -> builder.lambda(value));
    }

    /** @return the learning-rate multiplier */
    @OptionMetadata(displayName = "Learning rate",
            description = "Multiplier of the adaptive steps (> 0): the first step of each standardized coefficient "
                    + "is this long, later ones shrink as its gradients add up. The default suits most data; lower "
                    + "it if the progressive log-loss jumps about, raise it if it falls slowly.",
            commandLineParamName = "learning-rate", commandLineParamSynopsis = "-learning-rate <number>",
            displayOrder = 2)
    public double getLearningRate() {
        return config.learningRate();
    }

    /** @param value the learning-rate multiplier, &gt; 0 */
    public void setLearningRate(double value) {
        update("Learning rate (-learning-rate)", builder -> builder.learningRate(value));
    }

    /** @return the block size */
    @OptionMetadata(displayName = "Block size",
            description = "Instances learned together in one step (>= 1). Smaller blocks learn more per pass; larger "
                    + "ones are faster per instance. Not Weka's prediction batch size (batchSize).",
            commandLineParamName = "block-size", commandLineParamSynopsis = "-block-size <integer>",
            displayOrder = 3)
    public int getBlockSize() {
        return config.miniBatchSize();
    }

    /** @param value the block size, &gt;= 1 */
    public void setBlockSize(int value) {
        update("Block size (-block-size)", builder -> builder.miniBatchSize(value));
    }

    /** @return the positive class's name, empty for the default */
    @OptionMetadata(displayName = "Positive class",
            description = "Binary classes: the class value whose probability the model describes (its coefficients "
                    + "are the log-odds of this class). Empty = the second class value. Must be a value of the class "
                    + "attribute; ignored for more than two classes.",
            commandLineParamName = "positive-class", commandLineParamSynopsis = "-positive-class <class value>",
            displayOrder = 4)
    public String getPositiveClass() {
        return config.positiveClass().orElse("");
    }

    /** @param value the positive class's name, or empty for the default (the second class value) */
    public void setPositiveClass(String value) {
        update("Positive class (-positive-class)", builder -> builder.positiveClass(value));
    }
}
