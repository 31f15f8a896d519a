package weka.classifiers.functions;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.LearningRateSchedule;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.ThresholdMetric;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.TrainingReport;
import io.github.gdlogistic.core.pmml.PmmlWriter;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.ModelSummary;
import io.github.gdlogistic.core.table.TabularModel;
import io.github.gdlogistic.core.table.ModelAverage;
import io.github.gdlogistic.core.table.RawTable;
import io.github.gdlogistic.core.table.TabularRun;
import io.github.gdlogistic.weka.AnnotatedOptions;
import io.github.gdlogistic.weka.CoreModelFiles;
import io.github.gdlogistic.weka.DebugOutputListener;
import io.github.gdlogistic.weka.InstancesConverter;
import io.github.gdlogistic.weka.OptionTags;
import io.github.gdlogistic.weka.TrainingHeader;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.IterativeClassifier;
import weka.core.AdditionalMeasureProducer;
import weka.core.Aggregateable;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionMetadata;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.pmml.PMMLProducer;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Logistic regression trained by gradient descent, as a Weka classifier. A thin adapter: the options become the
 * shared core's {@link TrainingConfig}, the instances the core's raw table ({@link InstancesConverter}), training
 * progress Weka's debug output ({@link DebugOutputListener}); everything that decides how the model is trained or
 * predicts (dummy coding of nominal attributes, missing values, constant attributes, labels, standardization,
 * solvers, threshold) is the core's {@link TabularRun} and {@link TabularModel}. The classifier is iterative
 * ({@link IterativeClassifier}): one {@code next()} is one iteration of the solver (one epoch of a mini-batch
 * solver).
 *
 * <p>Every option is a bean property annotated with {@link OptionMetadata}, so the command line, the GUI property
 * sheet and the Experimenter see the same settings; {@link #setOptions(String[])} reads them strictly
 * ({@link AnnotatedOptions}) and setters refuse values the core refuses, naming the option and the value.
 */
public class GradientDescentLogistic extends AbstractClassifier implements WeightedInstancesHandler,
        TechnicalInformationHandler, Randomizable, AdditionalMeasureProducer, IterativeClassifier, PMMLProducer,
        Aggregateable<GradientDescentLogistic> {

    private static final long serialVersionUID = 4207131581129452913L;

    /** The solver choices (the core's {@link Solver}). */
    public static final Tag[] TAGS_SOLVER = OptionTags.tagsOf(Solver.class);

    /** The learning-rate schedule choices (the core's {@link LearningRateSchedule}). */
    public static final Tag[] TAGS_SCHEDULE = OptionTags.tagsOf(LearningRateSchedule.class);

    /** The class weighting choices (the core's {@link ClassWeighting}). */
    public static final Tag[] TAGS_CLASS_WEIGHTING = OptionTags.tagsOf(ClassWeighting.class);

    /** The threshold tuning metric choices (the core's {@link ThresholdMetric}). */
    public static final Tag[] TAGS_THRESHOLD_METRIC = OptionTags.tagsOf(ThresholdMetric.class);

    /** Name of the additional measure: iterations (or epochs) of the last training. */
    public static final String MEASURE_ITERATIONS = "measureNumIterations";

    /** Name of the additional measure: objective value at the end of the last training. */
    public static final String MEASURE_FINAL_LOSS = "measureFinalLoss";

    /** Name of the additional measure: 1 when the last training converged, else 0. */
    public static final String MEASURE_CONVERGED = "measureConverged";

    private static final List<String> MEASURES = List.of(MEASURE_ITERATIONS, MEASURE_FINAL_LOSS,
            MEASURE_CONVERGED);

    /** The core's defaults: the classifier's defaults are the core's, so both hosts start from the same model. */
    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults();

    /** Coefficients need more digits than Weka's general default of 2. */
    private static final int DEFAULT_DECIMAL_PLACES = 4;

    /** Longest line of the options in the model output. */
    private static final int MAX_LINE = 100;

    /** Fewest digits after the decimal point in the coefficient table. */
    public static final int MIN_DECIMAL_PLACES = 0;

    /** Most digits after the decimal point in the coefficient table (beyond double precision there is nothing). */
    public static final int MAX_DECIMAL_PLACES = 16;

    /**
     * The options the core owns, in the core's terms; every setter replaces it by a rebuilt, validated copy and every
     * getter reads from it. The class weighting and its custom weights are the exception below.
     */
    private TrainingConfig config = DEFAULTS;

    /**
     * The class weighting as chosen. Kept apart from {@link #config} together with {@link #customClassWeights}:
     * Weka sets the two options one at a time, in any order, so "custom" may be chosen before its weights are
     * typed (or weights typed before "custom" is chosen), which no valid configuration can hold. The core combines
     * them when the configuration is built ({@link TrainingConfig.Builder#classWeighting(ClassWeighting, String)}).
     */
    private ClassWeighting classWeighting = DEFAULTS.classWeighting();

    /** The custom class weights as typed, empty for none. */
    private String customClassWeights = "";

    /** The fitted model, {@code null} before training and while a stepped run has moved on since it was read. */
    private TabularModel model;

    /** The stepped training run between {@link #initializeClassifier} and {@link #done} (kept after it to resume). */
    private TabularRun run;

    /** Whether {@link #done} keeps the run so that iterating can go on later ({@code -continue-iterating}). */
    private boolean resume;

    /** Progress output of the current run. */
    private transient DebugOutputListener progress;

    /** The total weight of the labelled training instances, which weighs this model when models are combined. */
    private double trainingWeight;

    /** Models being combined ({@link #aggregate}), until {@link #finalizeAggregation}. */
    private transient ModelAverage aggregation;

    /** The total training weight of the models being combined. */
    private transient double aggregatedWeight;

    /** The training header in the core's terms, {@code null} before training. */
    private InstancesConverter converter;

    /** The training header, against which instances to predict are checked; {@code null} before training. */
    private TrainingHeader trainingHeader;

    /** The command line of the options the model was trained with. */
    private String trainedOptions;

    /** The core model file the model was imported from ({@link #fromCoreModel}), {@code null} when trained here. */
    private String importedFrom;

    /** Creates the classifier with the core's default settings. */
    public GradientDescentLogistic() {
        setNumDecimalPlaces(DEFAULT_DECIMAL_PLACES);
    }

    /**
     * Reads a saved classifier: this version's form (the options in one {@link TrainingConfig}) or that of 1.0,
     * which kept one field per option; the options of such a classifier are carried over, so it shows and saves the
     * options it was trained with.
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        ObjectInputStream.GetField fields = in.readFields();
        model = (TabularModel) fields.get("model", null);
        run = (TabularRun) fields.get("run", null);
        resume = fields.get("resume", false);
        trainingWeight = fields.get("trainingWeight", 0.0);
        converter = (InstancesConverter) fields.get("converter", null);
        trainingHeader = (TrainingHeader) fields.get("trainingHeader", null);
        trainedOptions = (String) fields.get("trainedOptions", null);
        importedFrom = (String) fields.get("importedFrom", null);
        classWeighting = (ClassWeighting) fields.get("classWeighting", DEFAULTS.classWeighting());
        customClassWeights = (String) fields.get("customClassWeights", "");
        config = (TrainingConfig) fields.get("config", null);
        if (config == null) {
            config = version1Options(fields);
        }
    }

    /** The options of a classifier saved by 1.0 (one field per option; a field it lacks keeps the default). */
    private static TrainingConfig version1Options(ObjectInputStream.GetField fields) throws IOException {
        ObjectStreamClass stream = fields.getObjectStreamClass();
        TrainingConfig.Builder builder = DEFAULTS.toBuilder();
        try {
            if (stream.getField("solver") != null) {
                builder.solver((Solver) fields.get("solver", null));
            }
            if (stream.getField("schedule") != null) {
                builder.schedule((LearningRateSchedule) fields.get("schedule", null));
            }
            if (stream.getField("thresholdMetric") != null) {
                builder.thresholdMetric((ThresholdMetric) fields.get("thresholdMetric", null));
            }
            builder.learningRate(version1(fields, stream, "learningRate", DEFAULTS.learningRate()))
                    .maxIterations((int) version1(fields, stream, "maxIterations", DEFAULTS.maxIterations()))
                    .lossTolerance(version1(fields, stream, "tolerance", DEFAULTS.lossTolerance()))
                    .gradientTolerance(version1(fields, stream, "gradientTolerance", DEFAULTS.gradientTolerance()))
                    .lambda(version1(fields, stream, "lambda", DEFAULTS.lambda()))
                    .alpha(version1(fields, stream, "alpha", DEFAULTS.alpha()))
                    .miniBatchSize((int) version1(fields, stream, "miniBatchSize", DEFAULTS.miniBatchSize()))
                    .decay(version1(fields, stream, "decay", DEFAULTS.decay()))
                    .momentum(version1(fields, stream, "momentum", DEFAULTS.momentum()))
                    .beta1(version1(fields, stream, "adamBeta1", DEFAULTS.beta1()))
                    .beta2(version1(fields, stream, "adamBeta2", DEFAULTS.beta2()))
                    .epsilon(version1(fields, stream, "adamEpsilon", DEFAULTS.epsilon()))
                    .fitIntercept(version1(fields, stream, "doNotFitIntercept", 0) == 0)
                    .standardize(version1(fields, stream, "doNotStandardize", 0) == 0)
                    .threshold(version1(fields, stream, "decisionThreshold", DEFAULTS.threshold()))
                    .thresholdHoldout(version1(fields, stream, "thresholdHoldout", DEFAULTS.thresholdHoldout()))
                    .seed((long) version1(fields, stream, "seed", DEFAULTS.seed()))
                    .threads((int) version1(fields, stream, "numThreads", DEFAULTS.threads()));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidObjectException("Damaged classifier options: " + e.getMessage());
        }
        return builder.build();
    }

    /** A numeric or boolean (1 for true) field of a classifier saved by 1.0, or the default when it has none. */
    private static double version1(ObjectInputStream.GetField fields, ObjectStreamClass stream, String name,
            double fallback) throws IOException {
        ObjectStreamField field = stream.getField(name);
        if (field == null) {
            return fallback;
        }
        switch (field.getTypeCode()) {
            case 'Z':
                return fields.get(name, false) ? 1 : 0;
            case 'I':
                return fields.get(name, 0);
            case 'J':
                return fields.get(name, 0L);
            default:
                return fields.get(name, 0.0);
        }
    }

    /**
     * Runs the classifier from the command line.
     *
     * @param arguments Weka's evaluation options and the classifier's options
     */
    public static void main(String[] arguments) {
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.run(classifier, arguments);
    }

    /**
     * Runs Weka's evaluation (what {@code weka.Run} and {@link #main} call). A core model file given to {@code -l}
     * (written by the core's {@code ModelFiles.save}, e.g. from a program or a KNIME workflow) is recognized and
     * used with the header of the {@code -T} (or {@code -t}) file instead of failing with "Unable to find class
     * ...TabularModel" ({@link CoreModelFiles} says why Weka cannot read it itself).
     *
     * @param toRun the classifier to run
     * @param options Weka's evaluation options and the classifier's options
     */
    @Override
    public void run(Object toRun, String[] options) {
        CoreModelFiles.Conversion conversion;
        try {
            conversion = CoreModelFiles.convertForWeka(options, System.err);
        } catch (Exception e) {
            System.err.println("\nWeka exception: " + e.getMessage());
            return;
        }
        try {
            runClassifier((weka.classifiers.Classifier) toRun, conversion.options());
        } finally {
            try {
                conversion.deleteTemporaryFile();
            } catch (java.io.IOException e) {
                System.err.println("Could not delete a temporary file: " + e.getMessage());
            }
        }
    }

    /**
     * A classifier that predicts with a model trained outside Weka by the shared core (e.g. loaded with the core's
     * {@code ModelFiles.load}), for data with the given header.
     *
     * @param model the fitted core model
     * @param header the structure of the data to predict: the model's input attributes (same names, types and nominal
     *        values, in the same order) and a nominal class attribute, set, with the model's class values
     * @param source where the model comes from, for the model output and messages
     * @return the classifier, ready to predict
     * @throws IllegalArgumentException naming the first attribute that does not match the model
     */
    public static GradientDescentLogistic fromCoreModel(TabularModel model, Instances header, String source) {
        InstancesConverter headerConverter = new InstancesConverter(header);
        List<AttributeSpec> expected = model.attributes();
        List<AttributeSpec> found = headerConverter.attributes();
        for (int j = 0; j < Math.max(expected.size(), found.size()); j++) {
            AttributeSpec want = j < expected.size() ? expected.get(j) : null;
            AttributeSpec have = j < found.size() ? found.get(j) : null;
            if (want == null || !want.equals(have)) {
                throw new IllegalArgumentException("The data do not match the core model from '" + source
                        + "': input attribute " + (j + 1) + " (not counting the class '"
                        + header.classAttribute().name() + "') is " + (have == null ? "missing" : "'" + have + "'")
                        + ", the model expects " + (want == null ? "no more attributes" : "'" + want + "'")
                        + "; the model's inputs are " + expected);
            }
        }
        if (!model.classValues().equals(headerConverter.classValues())) {
            throw new IllegalArgumentException("The data do not match the core model from '" + source
                    + "': the class '" + header.classAttribute().name() + "' has the values "
                    + headerConverter.classValues() + ", the model expects " + model.classValues()
                    + " in this order");
        }
        GradientDescentLogistic classifier = new GradientDescentLogistic();
        classifier.model = model;
        classifier.converter = headerConverter;
        classifier.trainingHeader = new TrainingHeader(header);
        classifier.trainedOptions = null;
        classifier.importedFrom = source;
        return classifier;
    }

    /**
     * @return the description shown by the GUI's About box and the command line's help
     */
    public String globalInfo() {
        return "Logistic regression (binary and multinomial) trained by gradient descent.\n\n"
                + "Solvers: L-BFGS by default, or plain gradient descent, mini-batch SGD, momentum, Nesterov or Adam, "
                + "with an optional elastic-net penalty lambda * (alpha * L1 + (1 - alpha) / 2 * L2) on the mean "
                + "log-loss.\n\n"
                + "Nominal attributes are dummy coded (an indicator for every value but the first), missing values "
                + "replaced by the training mean or mode, and features standardized for training; the output "
                + "reports the coefficients in the original units with odds ratios, the convergence outcome and the learning curve. For binary classes the decision "
                + "threshold can be set or tuned for a metric.\n\nFor more information see:\n\n"
                + getTechnicalInformation().toString();
    }

    @Override
    public TechnicalInformation getTechnicalInformation() {
        TechnicalInformation book = new TechnicalInformation(Type.BOOK);
        book.setValue(Field.AUTHOR, "Trevor Hastie and Robert Tibshirani and Jerome Friedman");
        book.setValue(Field.TITLE, "The Elements of Statistical Learning: Data Mining, Inference, and Prediction");
        book.setValue(Field.EDITION, "Second");
        book.setValue(Field.YEAR, "2009");
        book.setValue(Field.PUBLISHER, "Springer");
        book.setValue(Field.NOTE, "Section 4.4, Logistic Regression");
        TechnicalInformation lbfgs = book.add(Type.ARTICLE);
        lbfgs.setValue(Field.AUTHOR, "Dong C. Liu and Jorge Nocedal");
        lbfgs.setValue(Field.TITLE, "On the limited memory BFGS method for large scale optimization");
        lbfgs.setValue(Field.JOURNAL, "Mathematical Programming");
        lbfgs.setValue(Field.VOLUME, "45");
        lbfgs.setValue(Field.PAGES, "503-528");
        lbfgs.setValue(Field.YEAR, "1989");
        TechnicalInformation adam = book.add(Type.INPROCEEDINGS);
        adam.setValue(Field.AUTHOR, "Diederik P. Kingma and Jimmy Ba");
        adam.setValue(Field.TITLE, "Adam: A Method for Stochastic Optimization");
        adam.setValue(Field.BOOKTITLE, "3rd International Conference on Learning Representations (ICLR)");
        adam.setValue(Field.YEAR, "2015");
        return book;
    }

    @Override
    public Capabilities getCapabilities() {
        Capabilities result = super.getCapabilities();
        result.disableAll();
        result.enable(Capability.NOMINAL_ATTRIBUTES);
        result.enable(Capability.NUMERIC_ATTRIBUTES);
        result.enable(Capability.MISSING_VALUES);
        result.enable(Capability.NOMINAL_CLASS);
        result.enable(Capability.MISSING_CLASS_VALUES);
        return result;
    }

    // ---------------------------------------------------------------- training and prediction

    /**
     * Trains from scratch: {@link #initializeClassifier}, steps until the stopping rule ends the run, {@link #done}.
     */
    @Override
    public void buildClassifier(Instances data) throws Exception {
        run = null;
        initializeClassifier(data);
        try {
            while (run.step()) {
                // the core's run records, reports and decides; the model is read once, at the end
            }
        } catch (RuntimeException e) {
            run.close(); // diverged or cancelled: no worker threads are left behind
            run = null;
            throw e;
        }
        done();
    }

    /**
     * Starts a stepped training run on the data: checks them, encodes them and evaluates the starting point. With
     * {@link #setResume resume} on and a run kept from before (a model loaded to continue iterating), the run goes on
     * instead, on the same data, up to the current maximum iterations.
     *
     * @param data the training data
     * @throws Exception when the data cannot be used (Weka's capabilities message, or the core's naming the problem)
     */
    @Override
    public void initializeClassifier(Instances data) throws Exception {
        progress = DebugOutputListener.create(getDebug(), System.err);
        if (resume && run != null) {
            trainingHeader.requireCompatible(data);
            run.resume(converter.toTable(data), progress);
            run.extendTo(config.maxIterations());
            model = null;
            return;
        }
        testCapabilities(data);
        TrainingConfig config = trainingConfig();
        InstancesConverter newConverter = new InstancesConverter(data);
        progress.trainingStarted(data.numInstances(), config.toString());
        RawTable table = newConverter.toTable(data);
        TabularRun newRun = TabularRun.start(table, config, progress);
        run = newRun;
        model = null;
        trainingWeight = table.labelledWeight();
        converter = newConverter;
        trainingHeader = new TrainingHeader(data);
        importedFrom = null;
        trainedOptions = Utils.joinOptions(getOptions());
    }

    /**
     * One iteration of the solver (one epoch of a mini-batch solver); the classifier then predicts, prints and
     * serializes the current model.
     *
     * @return whether training goes on (false once the stopping rule has ended it)
     * @throws IllegalStateException before {@link #initializeClassifier}
     */
    @Override
    public boolean next() throws Exception {
        if (run == null) {
            throw new IllegalStateException("No training run to step: call initializeClassifier(data) before next()");
        }
        boolean more = run.step();
        model = null;
        return more;
    }

    /**
     * Ends iterating: the model becomes the final one (threshold tuned as configured, coefficient statistics where
     * they apply). Without {@link #setResume resume} the run's state is dropped; with it, it is kept (and saved with
     * the classifier) so that iterating can go on later.
     */
    @Override
    public void done() throws Exception {
        if (run == null) {
            return;
        }
        run.finish();
        model = run.model();
        run.close();
        progress.trainingFinished(model.report());
        if (!resume) {
            run = null;
        }
    }

    /**
     * @param resume whether {@link #done} keeps the training state so that a saved model can continue iterating
     */
    @Override
    public void setResume(boolean resume) {
        this.resume = resume;
    }

    /** @return whether {@link #done} keeps the training state */
    @OptionMetadata(displayName = "Keep training state",
            description = "Keep the solver's state in the model after training, so that training can continue later "
                    + "from where it stopped (Weka's -l model -t data -T data -continue-iterating, with a higher "
                    + "maximum iterations; the other settings stay those the model was trained with). Makes saved "
                    + "models larger.",
            commandLineParamName = "resume", commandLineParamSynopsis = "-resume", commandLineParamIsFlag = true,
            displayOrder = 26)
    @Override
    public boolean getResume() {
        return resume;
    }

    /**
     * Weka's capabilities test on the header: attribute and class types, with Weka's messages. Weka's test on the
     * whole data would also walk every instance for missing class values and weights (1e6 x 20: 36 ms), which this
     * classifier handles; the core's conversion checks every value and refuses data without a labelled row.
     */
    private void testCapabilities(Instances data) throws Exception {
        Capabilities capabilities = getCapabilities();
        capabilities.setMinimumNumberInstances(0);
        capabilities.testWithFail(new Instances(data, 0));
    }

    /**
     * Adds a classifier trained on another part of the data (same header and options) to this one, to be combined
     * by {@link #finalizeAggregation} into one model weighted by each part's training weight (the core's
     * {@link ModelAverage}: an approximation of the model trained on all the data).
     *
     * @param other a classifier trained on a disjoint part
     * @return this classifier
     * @throws IllegalArgumentException naming the difference when the header or the options differ
     * @throws IllegalStateException when either classifier has no model yet
     */
    @Override
    public GradientDescentLogistic aggregate(GradientDescentLogistic other) {
        if (other.currentModel() == null || currentModel() == null) {
            throw new IllegalStateException("Only trained classifiers can be combined: call buildClassifier on "
                    + "each part first");
        }
        if (other.trainingHeader != null && trainingHeader != null) {
            trainingHeader.requireCompatible(other.trainingHeader.header());
        }
        if (aggregation == null) {
            aggregation = new ModelAverage().add(model, weightForAggregation());
            aggregatedWeight = weightForAggregation();
        }
        aggregation.add(other.model, other.weightForAggregation());
        aggregatedWeight += other.weightForAggregation();
        return this;
    }

    /** Classifiers saved before the training weight was kept count as one instance. */
    private double weightForAggregation() {
        return trainingWeight > 0 ? trainingWeight : 1;
    }

    /** Replaces this classifier's model with the combination of the models added by {@link #aggregate}. */
    @Override
    public void finalizeAggregation() {
        if (aggregation == null) {
            return;
        }
        model = aggregation.result();
        trainingWeight = aggregatedWeight; // the combined model stands for all the parts in a further combination
        run = null;
        aggregation = null;
    }

    /** The model of the run as it is now, read from the run when it has moved on since. */
    private TabularModel currentModel() {
        if (model == null && run != null) {
            model = run.model();
        }
        return model;
    }

    /** A stepped classifier is saved with the model of its current iteration. */
    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
        currentModel();
        out.defaultWriteObject();
    }

    /**
     * The core configuration these options stand for.
     *
     * @return the validated configuration
     * @throws IllegalArgumentException naming the option when the options do not make a valid configuration
     */
    public TrainingConfig trainingConfig() {
        try {
            return config.toBuilder().classWeighting(classWeighting, customClassWeights).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Class weighting (-class-weighting "
                    + classWeighting.optionName() + ") with Custom class weights (-class-weights "
                    + customClassWeights + "): " + e.getMessage() + " (on the command line: -class-weighting custom "
                    + "-class-weights w1,w2,...)", e);
        }
    }

    /**
     * @param instance an instance with the structure of the training data (same attributes in the same order, same
     *         types and nominal labels; the relation name may differ)
     * @return the class distribution
     * @throws IllegalArgumentException naming the first difference when the instance's header does not match the
     *         training header
     * @throws IllegalStateException before training
     */
    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
        TabularModel fitted = fittedModel();
        requireTrainingStructure(instance);
        return consistentWithDecision(fitted, fitted.probabilities(converter.rawRow(instance)), 0);
    }

    /** Classifiers saved before the header check was added carry no training header; they predict as before. */
    private void requireTrainingStructure(Instance instance) {
        if (trainingHeader != null) {
            trainingHeader.requireCompatible(instance);
        }
    }

    private void requireTrainingStructure(Instances batch) {
        if (trainingHeader != null) {
            trainingHeader.requireCompatible(batch);
        }
    }

    @Override
    public boolean implementsMoreEfficientBatchPrediction() {
        return true;
    }

    /**
     * @param batch instances with the structure of the training data (see {@link #distributionForInstance})
     * @return one class distribution per instance
     * @throws IllegalArgumentException naming the first difference when the header does not match the training header
     * @throws IllegalStateException before training
     */
    @Override
    public double[][] distributionsForInstances(Instances batch) throws Exception {
        TabularModel fitted = fittedModel();
        requireTrainingStructure(batch);
        int rows = batch.numInstances();
        int classes = fitted.classValues().size();
        double[] all = fitted.probabilities(converter.rawRows(batch), rows);
        double[][] result = new double[rows][];
        for (int i = 0; i < rows; i++) {
            result[i] = consistentWithDecision(fitted, all, i * classes);
        }
        return result;
    }

    /**
     * Weka turns a distribution into a prediction by taking its largest entry. When a binary model's decision
     * threshold is not 0.5, the core's decision ({@link TabularModel#classify}) and the largest probability can
     * disagree; as Weka's {@code ThresholdSelector} does, the positive-class probability is then rescaled piecewise
     * linearly so that the threshold maps to 0.5. The order of the probabilities (and so ROC curves and AUC) is
     * unchanged, and the predicted class is the core's.
     */
    private static double[] consistentWithDecision(TabularModel fitted, double[] probabilities, int offset) {
        int classes = fitted.classValues().size();
        double[] distribution = Arrays.copyOfRange(probabilities, offset, offset + classes);
        double threshold = fitted.threshold();
        if (!fitted.positiveClass().isPresent() || threshold == 0.5) {
            return distribution;
        }
        int positive = fitted.labels().toHost(1);
        int negative = fitted.labels().toHost(0);
        double p = distribution[positive];
        double rescaled = p < threshold ? p / (2 * threshold) : 0.5 + (p - threshold) / (2 * (1 - threshold));
        distribution[positive] = rescaled;
        distribution[negative] = 1 - rescaled;
        return distribution;
    }

    /**
     * The model as a PMML 4.4 document, written by the core's {@link PmmlWriter}: a softmax {@code RegressionModel}
     * that Weka's own PMML consumer ({@code weka.core.pmml.PMMLFactory}) and JPMML score with the model's
     * probabilities. The decision threshold is not carried (the document's predicted class is the most probable one);
     * its header says so when the threshold is not 0.5. {@link io.github.gdlogistic.weka.PmmlExport} writes the PMML
     * of a saved model file from the command line.
     *
     * @param train the training data or its header, naming the class attribute (the PMML target); {@code null} uses
     *        the header kept from training
     * @return the PMML document
     * @throws IllegalStateException before training
     * @throws IllegalArgumentException when {@code train}'s structure differs from the training data's
     */
    @Override
    public String toPMML(Instances train) {
        TabularModel fitted = fittedModel();
        Instances header = train;
        if (header == null && trainingHeader != null) {
            header = trainingHeader.header();
        }
        if (header == null || header.classIndex() < 0) {
            throw new IllegalArgumentException("PMML export needs the class attribute's name: pass the training data "
                    + "(or its header) with the class set");
        }
        requireTrainingStructure(header);
        return PmmlWriter.toPmml(fitted, header.classAttribute().name());
    }

    /**
     * The fitted core model, for programs that want more than Weka's view of it (the learning curve, the threshold
     * curve, the coefficient table as data).
     *
     * @return the model
     * @throws IllegalStateException before {@link #buildClassifier(Instances)}
     */
    public TabularModel fittedModel() {
        if (currentModel() == null) {
            throw new IllegalStateException("No model built yet: call buildClassifier first");
        }
        return model;
    }

    @Override
    public String toString() {
        if (currentModel() == null) {
            return "No model built yet.";
        }
        StringBuilder text = new StringBuilder();
        text.append("GradientDescentLogistic\n=======================\n\n");
        if (importedFrom != null) {
            text.append("Core model imported from '").append(importedFrom).append("'\n");
            text.append(wrapped("Trained with: ", model.core().config().toString(), ", ")).append("\n\n");
        } else {
            text.append(wrapped("Options: ", trainedOptions, " (?=-[a-z])")).append("\n\n");
        }
        text.append(ModelSummary.describe(model, getNumDecimalPlaces()));
        return text.toString();
    }

    /**
     * The settings after {@code label}, wrapped at the separators so that no line is longer than 100 characters
     * (unless one setting alone is).
     */
    private static String wrapped(String label, String settings, String separator) {
        String joiner = separator.startsWith(",") ? ", " : " ";
        StringBuilder text = new StringBuilder(label);
        int lineStart = 0;
        for (String word : settings.split(separator)) {
            boolean first = text.length() == label.length();
            if (!first && text.length() - lineStart + joiner.length() + word.length() > MAX_LINE) {
                text.append(joiner.trim()).append('\n');
                lineStart = text.length();
                text.append(" ".repeat(label.length()));
            } else if (!first) {
                text.append(joiner);
            }
            text.append(word);
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- additional measures

    @Override
    public Enumeration<String> enumerateMeasures() {
        return Collections.enumeration(MEASURES);
    }

    /**
     * @param measureName one of {@link #MEASURE_ITERATIONS}, {@link #MEASURE_FINAL_LOSS}, {@link #MEASURE_CONVERGED}
     * @return its value for the last training, NaN before training
     * @throws IllegalArgumentException for any other name
     */
    @Override
    public double getMeasure(String measureName) {
        if (!MEASURES.contains(measureName)) {
            throw new IllegalArgumentException("Measure '" + measureName + "' is not supported by "
                    + "GradientDescentLogistic; expected one of " + MEASURES);
        }
        if (currentModel() == null) {
            return Double.NaN;
        }
        TrainingReport report = model.report();
        if (MEASURE_ITERATIONS.equals(measureName)) {
            return report.iterations();
        }
        if (MEASURE_FINAL_LOSS.equals(measureName)) {
            return report.finalLoss();
        }
        return report.converged() ? 1 : 0;
    }

    // ---------------------------------------------------------------- options

    /**
     * Reads the options strictly: a value that does not parse or that the core refuses throws an exception naming
     * the option and the value; an unknown option throws Weka's "Illegal options" exception.
     *
     * @param options the options
     * @throws Exception when an option or its value cannot be used
     */
    @Override
    public void setOptions(String[] options) throws Exception {
        AnnotatedOptions.set(options, this, GradientDescentLogistic.class);
        // AbstractClassifier's own four options (its setOptions would re-read ours leniently).
        setDebug(Utils.getFlag("output-debug-info", options));
        setDoNotCheckCapabilities(Utils.getFlag("do-not-check-capabilities", options));
        String decimals = Utils.getOption("num-decimal-places", options);
        if (decimals.isEmpty()) {
            setNumDecimalPlaces(DEFAULT_DECIMAL_PLACES);
        } else {
            try {
                setNumDecimalPlaces(Integer.parseInt(decimals.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Decimal places (-num-decimal-places): '" + decimals
                        + "' is not a whole number; expected " + MIN_DECIMAL_PLACES + " to " + MAX_DECIMAL_PLACES, e);
            }
        }
        String batchSize = Utils.getOption("batch-size", options);
        if (!batchSize.isEmpty()) {
            setBatchSize(batchSize);
        }
        Utils.checkForRemainingOptions(options);
    }

    /**
     * @param value digits after the decimal point in the coefficient table, from {@value #MIN_DECIMAL_PLACES} to
     *        {@value #MAX_DECIMAL_PLACES}
     * @throws IllegalArgumentException naming the value and the allowed range when it is outside that range
     */
    @Override
    public void setNumDecimalPlaces(int value) {
        if (value < MIN_DECIMAL_PLACES || value > MAX_DECIMAL_PLACES) {
            throw new IllegalArgumentException("Decimal places (-num-decimal-places): " + value + " is outside the "
                    + "allowed range " + MIN_DECIMAL_PLACES + " to " + MAX_DECIMAL_PLACES);
        }
        super.setNumDecimalPlaces(value);
    }

    /**
     * The options in the order a user reads them (the property sheet's order: solver, learning rate, lambda, then
     * the rest), followed by Weka's general classifier options. Weka's own {@code getOptions} would list them in
     * alphabetical order of the property names, putting Adam's parameters first and the solver off screen.
     *
     * @return the options
     */
    @Override
    public String[] getOptions() {
        List<String> options = new ArrayList<>(AnnotatedOptions.get(this, GradientDescentLogistic.class));
        String[] inherited = super.getOptions();
        int annotated = Option.getOptionsForHierarchy(this, AbstractClassifier.class).length;
        options.addAll(Arrays.asList(inherited).subList(annotated, inherited.length));
        return options.toArray(new String[0]);
    }

    /**
     * Replaces the configuration by one with a changed setting, rebuilt (and so validated) by the core; a refused
     * value leaves the configuration as it was, and its message is prefixed with the option's name and flag.
     */
    private void update(String option, UnaryOperator<TrainingConfig.Builder> setting) {
        config = AnnotatedOptions.rebuilt(config, option, setting);
    }

    /** @return the solver */
    @OptionMetadata(displayName = "Solver",
            description = "The optimization algorithm. auto: L-BFGS, converges without tuning (accelerated proximal "
                    + "gradient when the L1 penalty is on); gd: plain full-batch gradient descent with a fixed "
                    + "learning rate; sgd: mini-batch stochastic gradient descent (one iteration = one epoch); "
                    + "momentum / nesterov: mini-batch with momentum; adam: mini-batch Adam.",
            commandLineParamName = "solver", commandLineParamSynopsis = "-solver <auto|gd|sgd|momentum|nesterov|adam>",
            displayOrder = 1)
    public SelectedTag getSolver() {
        return OptionTags.select(config.solver(), TAGS_SOLVER);
    }

    /** @param value the solver */
    public void setSolver(SelectedTag value) {
        Solver chosen = OptionTags.constantOf(value, Solver.class, "Solver (-solver)");
        update("Solver (-solver)", builder -> builder.solver(chosen));
    }

    /** @return the learning rate */
    @OptionMetadata(displayName = "Learning rate",
            description = "Step size of the gd, sgd, momentum, nesterov and adam solvers (> 0). Ignored by auto, "
                    + "which finds its own steps. Too large a rate makes gd diverge (training stops with an error).",
            commandLineParamName = "learning-rate", commandLineParamSynopsis = "-learning-rate <number>",
            displayOrder = 2)
    public double getLearningRate() {
        return config.learningRate();
    }

    /** @param value the learning rate, &gt; 0 */
    public void setLearningRate(double value) {
        update("Learning rate (-learning-rate)", builder -> builder.learningRate(value));
    }

    /** @return the maximum number of iterations */
    @OptionMetadata(displayName = "Maximum iterations",
            description = "Upper limit on iterations (full-batch solvers) or epochs (mini-batch solvers), >= 1. "
                    + "Stopping at the limit is reported as 'did not converge' in the output.",
            commandLineParamName = "max-iterations", commandLineParamSynopsis = "-max-iterations <integer>",
            displayOrder = 5)
    public int getMaxIterations() {
        return config.maxIterations();
    }

    /** @param value the maximum number of iterations, &gt;= 1 */
    public void setMaxIterations(int value) {
        update("Maximum iterations (-max-iterations)", builder -> builder.maxIterations(value));
    }

    /** @return the relative loss-change tolerance */
    @OptionMetadata(displayName = "Loss tolerance",
            description = "Training has converged when the relative change of the loss between iterations falls "
                    + "below this value (>= 0).",
            commandLineParamName = "tolerance", commandLineParamSynopsis = "-tolerance <number>", displayOrder = 6)
    public double getTolerance() {
        return config.lossTolerance();
    }

    /** @param value the relative loss-change tolerance, &gt;= 0 */
    public void setTolerance(double value) {
        update("Loss tolerance (-tolerance)", builder -> builder.lossTolerance(value));
    }

    /** @return the gradient-norm tolerance */
    @OptionMetadata(displayName = "Gradient tolerance",
            description = "Training has converged when the largest gradient component falls below this value (>= 0).",
            commandLineParamName = "gradient-tolerance", commandLineParamSynopsis = "-gradient-tolerance <number>",
            displayOrder = 7)
    public double getGradientTolerance() {
        return config.gradientTolerance();
    }

    /** @param value the gradient-norm tolerance, &gt;= 0 */
    public void setGradientTolerance(double value) {
        update("Gradient tolerance (-gradient-tolerance)", builder -> builder.gradientTolerance(value));
    }

    /** @return the regularization strength */
    @OptionMetadata(displayName = "Regularization strength (lambda)",
            description = "Penalty weight lambda >= 0 in mean log-loss + lambda * (alpha * L1 + (1 - alpha) / 2 * L2) "
                    + "on the standardized coefficients (intercept not penalized). 0 = no penalty. Roughly, Weka "
                    + "Logistic's ridge R corresponds to lambda = 2R / (number of instances); scikit-learn's C to "
                    + "lambda = 1 / (C * number of instances).",
            commandLineParamName = "lambda", commandLineParamSynopsis = "-lambda <number>", displayOrder = 3)
    public double getLambda() {
        return config.lambda();
    }

    /** @param value the regularization strength, &gt;= 0 */
    public void setLambda(double value) {
        update("Regularization strength (-lambda)", builder -> builder.lambda(value));
    }

    /** @return the elastic-net mix */
    @OptionMetadata(displayName = "Elastic-net mix (alpha)",
            description = "Share of L1 in the penalty, in [0, 1]: 0 = ridge (L2), 1 = lasso (L1, sets coefficients "
                    + "to exactly zero).",
            commandLineParamName = "alpha", commandLineParamSynopsis = "-alpha <number in [0, 1]>", displayOrder = 4)
    public double getAlpha() {
        return config.alpha();
    }

    /** @param value the elastic-net mix in [0, 1] */
    public void setAlpha(double value) {
        update("Elastic-net mix (-alpha)", builder -> builder.alpha(value));
    }

    /** @return the mini-batch size */
    @OptionMetadata(displayName = "Mini-batch size",
            description = "Rows per step of the sgd, momentum, nesterov and adam solvers (>= 1). Not Weka's "
                    + "prediction batch size (batchSize).",
            commandLineParamName = "mini-batch-size", commandLineParamSynopsis = "-mini-batch-size <integer>",
            displayOrder = 8)
    public int getMiniBatchSize() {
        return config.miniBatchSize();
    }

    /** @param value the mini-batch size, &gt;= 1 */
    public void setMiniBatchSize(int value) {
        update("Mini-batch size (-mini-batch-size)", builder -> builder.miniBatchSize(value));
    }

    /** @return the learning-rate schedule */
    @OptionMetadata(displayName = "Learning-rate schedule",
            description = "How the learning rate changes per epoch: constant; inverse: rate / (1 + decay x epoch); "
                    + "exponential: rate x exp(-decay x epoch). Not used by auto.",
            commandLineParamName = "schedule", commandLineParamSynopsis = "-schedule <constant|inverse|exponential>",
            displayOrder = 9)
    public SelectedTag getLearningRateSchedule() {
        return OptionTags.select(config.schedule(), TAGS_SCHEDULE);
    }

    /** @param value the learning-rate schedule */
    public void setLearningRateSchedule(SelectedTag value) {
        LearningRateSchedule chosen = OptionTags.constantOf(value, LearningRateSchedule.class,
                "Learning-rate schedule (-schedule)");
        update("Learning-rate schedule (-schedule)", builder -> builder.schedule(chosen));
    }

    /** @return the schedule's decay */
    @OptionMetadata(displayName = "Learning-rate decay",
            description = "Decay parameter of the inverse and exponential schedules (>= 0).",
            commandLineParamName = "decay", commandLineParamSynopsis = "-decay <number>", displayOrder = 10)
    public double getDecay() {
        return config.decay();
    }

    /** @param value the schedule's decay, &gt;= 0 */
    public void setDecay(double value) {
        update("Learning-rate decay (-decay)", builder -> builder.decay(value));
    }

    /** @return the momentum coefficient */
    @OptionMetadata(displayName = "Momentum",
            description = "Momentum coefficient of the momentum and nesterov solvers, in [0, 1).",
            commandLineParamName = "momentum", commandLineParamSynopsis = "-momentum <number in [0, 1)>",
            displayOrder = 11)
    public double getMomentum() {
        return config.momentum();
    }

    /** @param value the momentum coefficient in [0, 1) */
    public void setMomentum(double value) {
        update("Momentum (-momentum)", builder -> builder.momentum(value));
    }

    /** @return Adam's beta1 */
    @OptionMetadata(displayName = "Adam beta1",
            description = "Adam's decay rate of the running mean of the gradient, in [0, 1).",
            commandLineParamName = "adam-beta1", commandLineParamSynopsis = "-adam-beta1 <number in [0, 1)>",
            displayOrder = 12)
    public double getAdamBeta1() {
        return config.beta1();
    }

    /** @param value Adam's beta1 in [0, 1) */
    public void setAdamBeta1(double value) {
        update("Adam beta1 (-adam-beta1)", builder -> builder.beta1(value));
    }

    /** @return Adam's beta2 */
    @OptionMetadata(displayName = "Adam beta2",
            description = "Adam's decay rate of the running mean of the squared gradient, in [0, 1).",
            commandLineParamName = "adam-beta2", commandLineParamSynopsis = "-adam-beta2 <number in [0, 1)>",
            displayOrder = 13)
    public double getAdamBeta2() {
        return config.beta2();
    }

    /** @param value Adam's beta2 in [0, 1) */
    public void setAdamBeta2(double value) {
        update("Adam beta2 (-adam-beta2)", builder -> builder.beta2(value));
    }

    /** @return Adam's epsilon */
    @OptionMetadata(displayName = "Adam epsilon",
            description = "Adam's offset in the step's denominator (> 0).",
            commandLineParamName = "adam-epsilon", commandLineParamSynopsis = "-adam-epsilon <number>",
            displayOrder = 14)
    public double getAdamEpsilon() {
        return config.epsilon();
    }

    /** @param value Adam's epsilon, &gt; 0 */
    public void setAdamEpsilon(double value) {
        update("Adam epsilon (-adam-epsilon)", builder -> builder.epsilon(value));
    }

    /** @return whether the intercept is left out */
    @OptionMetadata(displayName = "Do not fit intercept",
            description = "Leave out the intercept (bias) term: the decision boundary then passes through the origin "
                    + "of the original features.",
            commandLineParamName = "no-intercept", commandLineParamSynopsis = "-no-intercept",
            commandLineParamIsFlag = true, displayOrder = 15)
    public boolean getDoNotFitIntercept() {
        return !config.fitIntercept();
    }

    /** @param value whether to leave out the intercept */
    public void setDoNotFitIntercept(boolean value) {
        update("Do not fit intercept (-no-intercept)", builder -> builder.fitIntercept(!value));
    }

    /** @return whether internal standardization is off */
    @OptionMetadata(displayName = "Do not standardize",
            description = "Train on the raw feature scales instead of standardized ones. Coefficients are reported in "
                    + "original units either way; standardization makes the fixed-rate solvers much better "
                    + "conditioned, and the penalty then acts on the raw scales.",
            commandLineParamName = "no-standardize", commandLineParamSynopsis = "-no-standardize",
            commandLineParamIsFlag = true, displayOrder = 16)
    public boolean getDoNotStandardize() {
        return !config.standardize();
    }

    /** @param value whether to turn internal standardization off */
    public void setDoNotStandardize(boolean value) {
        update("Do not standardize (-no-standardize)", builder -> builder.standardize(!value));
    }

    /** @return whether the coefficient statistics are skipped */
    @OptionMetadata(displayName = "Do not calculate statistics for coefficients",
            description = "Skip the standard errors, z-scores and p-values of the coefficients (only binary classes "
                    + "with lambda 0 get them). They take one more pass over the data which, with many attributes, "
                    + "costs about as much as training; skip them when only predictions are wanted, e.g. in "
                    + "cross-validation. The coefficients and predictions are the same either way.",
            commandLineParamName = "no-coefficient-statistics",
            commandLineParamSynopsis = "-no-coefficient-statistics", commandLineParamIsFlag = true, displayOrder = 17)
    public boolean getDoNotCalculateCoefficientStatistics() {
        return !config.coefficientStatistics();
    }

    /** @param value whether to skip the coefficient statistics */
    public void setDoNotCalculateCoefficientStatistics(boolean value) {
        update("Do not calculate statistics for coefficients (-no-coefficient-statistics)",
                builder -> builder.coefficientStatistics(!value));
    }

    /** @return the class weighting */
    @OptionMetadata(displayName = "Class weighting",
            description = "none: every instance counts with its own weight; balanced: each class gets the same total "
                    + "weight (rare classes count more); custom: one weight per class value from 'Custom class "
                    + "weights'.",
            commandLineParamName = "class-weighting", commandLineParamSynopsis = "-class-weighting <none|balanced|custom>",
            displayOrder = 18)
    public SelectedTag getClassWeighting() {
        return OptionTags.select(classWeighting, TAGS_CLASS_WEIGHTING);
    }

    /** @param value the class weighting */
    public void setClassWeighting(SelectedTag value) {
        classWeighting = OptionTags.constantOf(value, ClassWeighting.class, "Class weighting (-class-weighting)");
    }

    /** @return the custom class weights as text */
    @OptionMetadata(displayName = "Custom class weights",
            description = "Comma-separated weights, one per class value in the order of the class attribute "
                    + "(e.g. 1,3), used when the class weighting is custom. Finite, >= 0, at least one > 0.",
            commandLineParamName = "class-weights", commandLineParamSynopsis = "-class-weights <w1,w2,...>",
            displayOrder = 19)
    public String getCustomClassWeights() {
        return customClassWeights;
    }

    /** @param value comma-separated class weights, or empty */
    public void setCustomClassWeights(String value) {
        String text = value == null ? "" : value.trim();
        try {
            double[] weights = TrainingConfig.parseClassWeights(text);
            if (weights.length > 0) {
                TrainingConfig.builder().classWeights(weights);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Custom class weights (-class-weights " + text + "): "
                    + e.getMessage(), e);
        }
        customClassWeights = text;
    }

    /** @return the binary decision threshold */
    @OptionMetadata(displayName = "Decision threshold",
            description = "Binary classes: predict the positive class (the second class value unless "
                    + "'Positive class' says otherwise) when its probability reaches this threshold, in (0, 1); replaced by the tuned one when a tuning metric is set. "
                    + "Weka predicts the largest entry of the class distribution, so for a threshold other than 0.5 "
                    + "the distribution is rescaled (threshold -> 0.5) keeping the order of the probabilities (AUC "
                    + "unchanged). Ignored for more than two classes.",
            commandLineParamName = "threshold", commandLineParamSynopsis = "-threshold <number in (0, 1)>",
            displayOrder = 20)
    public double getDecisionThreshold() {
        return config.threshold();
    }

    /** @param value the binary decision threshold in (0, 1) */
    public void setDecisionThreshold(double value) {
        update("Decision threshold (-threshold)", builder -> builder.threshold(value));
    }

    /** @return the threshold tuning metric */
    @OptionMetadata(displayName = "Threshold tuning metric",
            description = "Binary classes: choose the decision threshold that maximizes this metric after training. "
                    + "none: keep the threshold; accuracy; f1 (of the positive class); balanced-accuracy (Youden's "
                    + "J); mcc (Matthews correlation).",
            commandLineParamName = "threshold-metric",
            commandLineParamSynopsis = "-threshold-metric <none|accuracy|f1|balanced-accuracy|mcc>", displayOrder = 21)
    public SelectedTag getThresholdMetric() {
        return OptionTags.select(config.thresholdMetric(), TAGS_THRESHOLD_METRIC);
    }

    /** @param value the threshold tuning metric */
    public void setThresholdMetric(SelectedTag value) {
        ThresholdMetric chosen = OptionTags.constantOf(value, ThresholdMetric.class, "Threshold tuning metric "
                + "(-threshold-metric)");
        update("Threshold tuning metric (-threshold-metric)", builder -> builder.thresholdMetric(chosen));
    }

    /** @return the hold-out fraction for threshold tuning */
    @OptionMetadata(displayName = "Threshold tuning hold-out fraction",
            description = "Fraction of the training data held out to tune the threshold on, in [0, 0.9]: a model "
                    + "fitted on the rest scores the held-out rows, the threshold is chosen on them, and the final "
                    + "model is then refitted on all rows. 0 tunes on the training data.",
            commandLineParamName = "threshold-holdout", commandLineParamSynopsis = "-threshold-holdout <number>",
            displayOrder = 22)
    public double getThresholdHoldout() {
        return config.thresholdHoldout();
    }

    /** @param value the hold-out fraction in [0, 0.9] */
    public void setThresholdHoldout(double value) {
        update("Threshold tuning hold-out fraction (-threshold-holdout)", builder -> builder.thresholdHoldout(value));
    }

    /** @return the positive class's name, empty for the default */
    @OptionMetadata(displayName = "Positive class",
            description = "Binary classes: the class value whose probability the model describes (its coefficients "
                    + "are the log-odds of this class; the decision threshold and threshold tuning apply to its "
                    + "probability). Empty = the second class value. Must be a value of the class attribute; ignored "
                    + "for more than two classes. The class distribution keeps the order of the class attribute.",
            commandLineParamName = "positive-class", commandLineParamSynopsis = "-positive-class <class value>",
            displayOrder = 25)
    public String getPositiveClass() {
        return config.positiveClass().orElse("");
    }

    /** @param value the positive class's name, or empty for the default (the second class value) */
    public void setPositiveClass(String value) {
        update("Positive class (-positive-class)", builder -> builder.positiveClass(value));
    }

    /** @return the random seed */
    @OptionMetadata(displayName = "Random seed",
            description = "Seed for the mini-batch order and the threshold hold-out split.",
            commandLineParamName = "seed", commandLineParamSynopsis = "-seed <integer>", displayOrder = 23)
    @Override
    public int getSeed() {
        return (int) config.seed();
    }

    /** @param value the random seed */
    @Override
    public void setSeed(int value) {
        update("Random seed (-seed)", builder -> builder.seed(value));
    }

    /** @return the number of worker threads */
    @OptionMetadata(displayName = "Number of threads",
            description = "Worker threads for the loss and gradient; 0 = all processors (used only when the data "
                    + "are large enough to share). The model is the same for any number.",
            commandLineParamName = "num-threads", commandLineParamSynopsis = "-num-threads <integer>",
            displayOrder = 24)
    public int getNumThreads() {
        return config.threads();
    }

    /** @param value the number of worker threads, &gt;= 1, or 0 for automatic */
    public void setNumThreads(int value) {
        update("Number of threads (-num-threads)", builder -> builder.threads(value));
    }
}
