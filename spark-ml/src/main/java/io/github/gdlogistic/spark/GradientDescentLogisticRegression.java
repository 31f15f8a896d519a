package io.github.gdlogistic.spark;

import io.github.gdlogistic.core.ClassWeighting;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.TrainingConfig;
import org.apache.spark.ml.classification.ProbabilisticClassifier;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;

/**
 * Logistic regression trained by this project's core on a Spark cluster: a Spark ML {@code ProbabilisticClassifier}
 * usable in a {@code Pipeline}. Each partition's rows become the core's row blocks (cached once, memory and disk);
 * every loss and gradient evaluation runs the core's kernels on each partition with the coefficients broadcast, and
 * the core's optimizer runs on the driver (see {@code docs/spark.md}).
 *
 * <p>Params and the core's options they set ({@code TrainingConfig}, the Weka options in brackets):
 * <ul>
 * <li>{@code regParam} = lambda ({@code -lambda}), default 1e-4; {@code elasticNetParam} = alpha ({@code -alpha}),
 * default 0: the objective {@code mean loss + lambda (alpha ||w||_1 + (1 - alpha)/2 ||w||_2^2)}, as MLlib's.</li>
 * <li>{@code maxIter} = maxIterations, default 1000; {@code tol} = the relative loss-change tolerance
 * (lossTolerance), default 1e-9; {@code gradientTolerance}, default 1e-6.</li>
 * <li>{@code standardization} = standardize, {@code fitIntercept}, both default true.</li>
 * <li>{@code solver}: {@code auto} (L-BFGS, or proximal gradient when the L1 part is on) or {@code gd} (full-batch
 * gradient descent with {@code learningRate}); the mini-batch solvers need the rows in memory.</li>
 * <li>{@code classWeighting}: {@code none}, {@code balanced} or {@code custom} with {@code classWeights}, one per
 * class; {@code weightCol}: instance weights (none by default).</li>
 * <li>{@code threshold}: the binary decision threshold on P(class 1), default 0.5 (Spark's {@code thresholds}, when
 * set, takes precedence at prediction as in MLlib).</li>
 * </ul>
 * Labels are class indices 0, 1, ..., k-1 (doubles with whole values, as MLlib's); features a vector column, dense or
 * sparse.
 */
public final class GradientDescentLogisticRegression extends
        ProbabilisticClassifier<Vector, GradientDescentLogisticRegression, GradientDescentLogisticRegressionModel>
        implements DefaultParamsWritable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final DoubleParam regParam;
    private final DoubleParam elasticNetParam;
    private final IntParam maxIter;
    private final DoubleParam tol;
    private final DoubleParam gradientTolerance;
    private final BooleanParam standardization;
    private final BooleanParam fitIntercept;
    private final Param<String> solver;
    private final DoubleParam learningRate;
    private final Param<String> classWeighting;
    private final DoubleArrayParam classWeights;
    private final Param<String> weightCol;
    private final DoubleParam threshold;

    /** A new estimator with a random uid. */
    public GradientDescentLogisticRegression() {
        this(Identifiable.randomUID("gdLogReg"));
    }

    /**
     * @param uid the uid (Spark's copies and readers call this constructor)
     */
    public GradientDescentLogisticRegression(String uid) {
        this(PendingUid.hold(uid), true);
    }

    private GradientDescentLogisticRegression(String uid, boolean held) {
        super();
        this.uid = uid;
        PendingUid.release();
        TrainingConfig defaults = TrainingConfig.defaults();
        regParam = new DoubleParam(this, "regParam", "penalty strength lambda (core option lambda)");
        elasticNetParam = new DoubleParam(this, "elasticNetParam",
                "elastic-net mix alpha: 0 ridge, 1 lasso (core option alpha)");
        maxIter = new IntParam(this, "maxIter", "maximum iterations (core option maxIterations)");
        tol = new DoubleParam(this, "tol", "relative loss-change tolerance (core option lossTolerance)");
        gradientTolerance = new DoubleParam(this, "gradientTolerance",
                "stop when the gradient max-norm falls below (core option gradientTolerance)");
        standardization = new BooleanParam(this, "standardization",
                "train on standardized features (core option standardize)");
        fitIntercept = new BooleanParam(this, "fitIntercept", "fit an unpenalized intercept");
        solver = new Param<>(this, "solver", "auto (L-BFGS / proximal gradient) or gd (fixed-rate gradient descent)");
        learningRate = new DoubleParam(this, "learningRate", "step size of the gd solver");
        classWeighting = new Param<>(this, "classWeighting", "none, balanced or custom (with classWeights)");
        classWeights = new DoubleArrayParam(this, "classWeights", "one weight per class, for custom weighting");
        weightCol = new Param<>(this, "weightCol", "instance weight column; none: every row weighs 1");
        threshold = new DoubleParam(this, "threshold", "binary decision threshold on P(class 1)");
        setDefault(regParam, (Object) defaults.lambda());
        setDefault(elasticNetParam, (Object) defaults.alpha());
        setDefault(maxIter, (Object) defaults.maxIterations());
        setDefault(tol, (Object) defaults.lossTolerance());
        setDefault(gradientTolerance, (Object) defaults.gradientTolerance());
        setDefault(standardization, (Object) defaults.standardize());
        setDefault(fitIntercept, (Object) defaults.fitIntercept());
        setDefault(solver, defaults.solver().optionName());
        setDefault(learningRate, (Object) defaults.learningRate());
        setDefault(classWeighting, defaults.classWeighting().optionName());
        setDefault(weightCol, "");
        setDefault(threshold, (Object) defaults.threshold());
    }

    @Override
    public String uid() {
        return uid != null ? uid : PendingUid.current();
    }

    /** @return the param: penalty strength lambda */
    public DoubleParam regParam() {
        return regParam;
    }

    /** @return the param: elastic-net mix alpha */
    public DoubleParam elasticNetParam() {
        return elasticNetParam;
    }

    /** @return the param: maximum iterations */
    public IntParam maxIter() {
        return maxIter;
    }

    /** @return the param: relative loss-change tolerance */
    public DoubleParam tol() {
        return tol;
    }

    /** @return the param: gradient tolerance */
    public DoubleParam gradientTolerance() {
        return gradientTolerance;
    }

    /** @return the param: standardize features */
    public BooleanParam standardization() {
        return standardization;
    }

    /** @return the param: fit an intercept */
    public BooleanParam fitIntercept() {
        return fitIntercept;
    }

    /** @return the param: solver name */
    public Param<String> solver() {
        return solver;
    }

    /** @return the param: learning rate of the gd solver */
    public DoubleParam learningRate() {
        return learningRate;
    }

    /** @return the param: class weighting name */
    public Param<String> classWeighting() {
        return classWeighting;
    }

    /** @return the param: custom class weights */
    public DoubleArrayParam classWeights() {
        return classWeights;
    }

    /** @return the param: instance weight column */
    public Param<String> weightCol() {
        return weightCol;
    }

    /** @return the param: binary decision threshold */
    public DoubleParam threshold() {
        return threshold;
    }

    /** @param value lambda @return this */
    public GradientDescentLogisticRegression setRegParam(double value) {
        return (GradientDescentLogisticRegression) set(regParam, value);
    }

    /** @param value alpha @return this */
    public GradientDescentLogisticRegression setElasticNetParam(double value) {
        return (GradientDescentLogisticRegression) set(elasticNetParam, value);
    }

    /** @param value maximum iterations @return this */
    public GradientDescentLogisticRegression setMaxIter(int value) {
        return (GradientDescentLogisticRegression) set(maxIter, value);
    }

    /** @param value relative loss-change tolerance @return this */
    public GradientDescentLogisticRegression setTol(double value) {
        return (GradientDescentLogisticRegression) set(tol, value);
    }

    /** @param value gradient tolerance @return this */
    public GradientDescentLogisticRegression setGradientTolerance(double value) {
        return (GradientDescentLogisticRegression) set(gradientTolerance, value);
    }

    /** @param value whether to standardize @return this */
    public GradientDescentLogisticRegression setStandardization(boolean value) {
        return (GradientDescentLogisticRegression) set(standardization, value);
    }

    /** @param value whether to fit an intercept @return this */
    public GradientDescentLogisticRegression setFitIntercept(boolean value) {
        return (GradientDescentLogisticRegression) set(fitIntercept, value);
    }

    /** @param value {@code auto} or {@code gd} @return this */
    public GradientDescentLogisticRegression setSolver(String value) {
        return (GradientDescentLogisticRegression) set(solver, value);
    }

    /** @param value learning rate of the gd solver @return this */
    public GradientDescentLogisticRegression setLearningRate(double value) {
        return (GradientDescentLogisticRegression) set(learningRate, value);
    }

    /** @param value {@code none}, {@code balanced} or {@code custom} @return this */
    public GradientDescentLogisticRegression setClassWeighting(String value) {
        return (GradientDescentLogisticRegression) set(classWeighting, value);
    }

    /** @param value one weight per class (sets the weighting to custom) @return this */
    public GradientDescentLogisticRegression setClassWeights(double[] value) {
        set(classWeighting, ClassWeighting.CUSTOM.optionName());
        return (GradientDescentLogisticRegression) set(classWeights, value);
    }

    /** @param value instance weight column @return this */
    public GradientDescentLogisticRegression setWeightCol(String value) {
        return (GradientDescentLogisticRegression) set(weightCol, value);
    }

    /** @param value binary decision threshold @return this */
    public GradientDescentLogisticRegression setThreshold(double value) {
        return (GradientDescentLogisticRegression) set(threshold, value);
    }

    /**
     * The core's configuration for these params; the core checks every value and names what it expected.
     *
     * @return the configuration
     * @throws IllegalArgumentException for a value out of range or an unknown name
     */
    public TrainingConfig trainingConfig() {
        TrainingConfig.Builder builder = TrainingConfig.builder()
                .lambda((Double) getOrDefault(regParam))
                .alpha((Double) getOrDefault(elasticNetParam))
                .maxIterations((Integer) getOrDefault(maxIter))
                .lossTolerance((Double) getOrDefault(tol))
                .gradientTolerance((Double) getOrDefault(gradientTolerance))
                .standardize((Boolean) getOrDefault(standardization))
                .fitIntercept((Boolean) getOrDefault(fitIntercept))
                .solver(Solver.fromName(getOrDefault(solver)))
                .learningRate((Double) getOrDefault(learningRate))
                .threshold((Double) getOrDefault(threshold));
        ClassWeighting weighting = ClassWeighting.fromName(getOrDefault(classWeighting));
        if (weighting == ClassWeighting.CUSTOM) {
            if (!isDefined(classWeights)) {
                throw new IllegalArgumentException("classWeighting 'custom' needs the param classWeights: one "
                        + "weight per class");
            }
            builder.classWeights(getOrDefault(classWeights));
        } else {
            builder.classWeighting(weighting);
        }
        return builder.build();
    }

    /** @return the instance weight column, or empty when rows are unweighted */
    String weightColumn() {
        return getOrDefault(weightCol);
    }

    @Override
    public GradientDescentLogisticRegressionModel train(Dataset<?> dataset) {
        return new DistributedFit(this, dataset).model();
    }

    @Override
    public GradientDescentLogisticRegression copy(ParamMap extra) {
        return (GradientDescentLogisticRegression) defaultCopy(extra);
    }

    /** @return the reader for {@link #load} and {@code Pipeline.load} */
    public static MLReader<GradientDescentLogisticRegression> read() {
        return new DefaultParamsReader<>();
    }

    /**
     * @param path where an estimator was saved
     * @return the estimator
     */
    public static GradientDescentLogisticRegression load(String path) {
        return read().load(path);
    }
}
