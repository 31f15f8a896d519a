package io.github.gdlogistic.benchmarks;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.TrainingConfig;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import smile.classification.LogisticRegression;
import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.functions.SGD;
import weka.core.Instances;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** The peers that run in this JVM: ours, liblinear-java, Smile, Tribuo, Weka's Logistic and SGD. */
final class JvmRacePeers {

    /** Epochs of Weka's SGD: its default 500 takes minutes on a million rows. */
    static final int WEKA_SGD_EPOCHS = 20;
    /** Epochs of Tribuo's SGD. */
    static final int TRIBUO_EPOCHS = 5;

    private JvmRacePeers() {
    }

    /**
     * @param scalar the scalar row loops (else the vector loops where the runtime has them)
     * @param threads worker threads
     * @return our trainer with its default solver (auto: L-BFGS) and tolerances
     */
    static RacePeer ours(boolean scalar, int threads) {
        return new RacePeer("GD logistic (ours), " + (scalar ? "scalar" : "vector") + ", " + threads + " thread"
                + (threads > 1 ? "s" : ""),
                "lambda as given") {
            @Override
            Callable<PeerObjective.Fitted> prepare(PeerProblem problem) {
                TrainingConfig config = TrainingConfig.builder().lambda(problem.lambda).threads(threads)
                        .scalarLoops(scalar).build();
                return () -> fitted(LogisticRegressionTrainer.fit(problem.data, config), problem);
            }
        };
    }

    /**
     * @param problem the problem
     * @return our trainer run to a gradient of 1e-10: the reference optimum
     */
    static PeerObjective.Fitted reference(PeerProblem problem) {
        return fitted(LogisticRegressionTrainer.fit(problem.data, TrainingConfig.builder().lambda(problem.lambda)
                .lossTolerance(0).gradientTolerance(1e-10).maxIterations(10_000).threads(2).build()), problem);
    }

    private static PeerObjective.Fitted fitted(LogisticModel model, PeerProblem problem) {
        return (row, out) -> System.arraycopy(model.probabilities(problem.rows[row]), 0, out, 0, out.length);
    }

    /** @return liblinear-java's primal L2-regularized logistic regression (binary) */
    static RacePeer liblinear() {
        return new RacePeer("liblinear-java 2.44, L2R_LR (primal)",
                "C = 1 / (lambda n), bias feature 1 with its weight unpenalized (regularizeBias false), "
                        + "eps 0.01 (default); binary only (more classes: one-vs-rest, another objective)") {
            @Override
            boolean handles(int classes) {
                return classes == 2; // more classes: one-vs-rest, another objective
            }

            @Override
            Callable<PeerObjective.Fitted> prepare(PeerProblem problem) {
                Linear.disableDebugOutput();
                int n = problem.rowCount();
                int d = problem.features();
                Problem data = new Problem();
                data.l = n;
                data.n = d + 1;
                data.bias = 1;
                data.y = new double[n];
                data.x = new Feature[n][];
                for (int i = 0; i < n; i++) {
                    data.y[i] = problem.labels[i];
                    Feature[] row = new Feature[d + 1];
                    for (int j = 0; j < d; j++) {
                        row[j] = new FeatureNode(j + 1, problem.rows[i][j]);
                    }
                    row[d] = new FeatureNode(d + 1, 1.0);
                    data.x[i] = row;
                }
                Parameter parameter = new Parameter(SolverType.L2R_LR, 1 / (problem.lambda * n), 0.01);
                parameter.setRegularizeBias(false);
                return () -> {
                    Model model = Linear.train(data, parameter);
                    int[] labels = model.getLabels();
                    double[] p = new double[labels.length];
                    return (row, out) -> {
                        Linear.predictProbability(model, data.x[row], p);
                        for (int c = 0; c < labels.length; c++) {
                            out[labels[c]] = p[c];
                        }
                    };
                };
            }
        };
    }

    /** @return Smile's L-BFGS logistic regression (binomial or multinomial) */
    static RacePeer smile() {
        return new RacePeer("Smile 3.1.1 LogisticRegression (L-BFGS)",
                "lambda_S = lambda n (sum of losses + lambda_S / 2 ||w||^2, intercept free), tol 1e-5, "
                        + "maxIter 500 (defaults); more classes: K-1 vectors against a reference class") {
            @Override
            Callable<PeerObjective.Fitted> prepare(PeerProblem problem) {
                double lambda = problem.lambda * problem.rowCount();
                return () -> {
                    LogisticRegression model = problem.classes() == 2
                            ? LogisticRegression.binomial(problem.rows, problem.labels, lambda, 1e-5, 500)
                            : LogisticRegression.multinomial(problem.rows, problem.labels, lambda, 1e-5, 500);
                    return (row, out) -> model.predict(problem.rows[row], out);
                };
            }
        };
    }

    /** @return Tribuo's linear SGD classifier with the softmax log-loss */
    static RacePeer tribuo() {
        return new RacePeer("Tribuo 4.3.1 LinearSGDTrainer, LogMulticlass (SGD)",
                "no L2 term in Tribuo's SGD trainers: AdaGrad(0.1), " + TRIBUO_EPOCHS
                        + " epochs, batch 1, seed 1; its gap is on our objective") {
            @Override
            Callable<PeerObjective.Fitted> prepare(PeerProblem problem) {
                java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
                LabelFactory factory = new LabelFactory();
                MutableDataset<Label> data = new MutableDataset<>(
                        new SimpleDataSourceProvenance("peer benchmark", factory), factory);
                String[] names = new String[problem.features()];
                for (int j = 0; j < names.length; j++) {
                    names[j] = String.format(Locale.ROOT, "x%03d", j);
                }
                for (int i = 0; i < problem.rowCount(); i++) {
                    data.add(new ArrayExample<>(new Label("c" + problem.labels[i]), names, problem.rows[i]));
                }
                LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1),
                        TRIBUO_EPOCHS, Integer.MAX_VALUE, 1, 1L);
                return () -> {
                    org.tribuo.Model<Label> model = trainer.train(data);
                    return (row, out) -> {
                        Example<Label> example = data.getExample(row);
                        Map<String, Label> scores = model.predict(example).getOutputScores();
                        for (int c = 0; c < out.length; c++) {
                            out[c] = scores.get("c" + c).getScore();
                        }
                    };
                };
            }
        };
    }

    /** @return Weka's Logistic (ridge, BFGS until convergence) */
    static RacePeer wekaLogistic() {
        return new RacePeer("Weka 3.8.6 Logistic",
                "ridge R = lambda n / 2 (sum of losses + R ||w||^2 on standardized attributes), maxIts -1 "
                        + "(defaults otherwise); more classes: K-1 vectors against a reference class") {
            @Override
            Callable<PeerObjective.Fitted> prepare(PeerProblem problem) {
                Instances instances = WekaPeers.toInstances(problem.data);
                return () -> {
                    Logistic logistic = new Logistic();
                    logistic.setRidge(ridge(problem));
                    logistic.buildClassifier(instances);
                    return weka(logistic, instances);
                };
            }

            private double ridge(PeerProblem problem) {
                return problem.lambda * problem.rowCount() / 2;
            }
        };
    }

    /** @return Weka's SGD with the log loss (binary) */
    static RacePeer wekaSgd() {
        return new RacePeer("Weka 3.8.6 SGD, log loss",
                "-F 1 -N -R lambda (mean loss + lambda / 2 ||w||^2), -E " + WEKA_SGD_EPOCHS
                        + " epochs, rate 0.01 (default)") {
            @Override
            boolean handles(int classes) {
                return classes == 2;
            }

            @Override
            Callable<PeerObjective.Fitted> prepare(PeerProblem problem) {
                Instances instances = WekaPeers.toInstances(problem.data);
                return () -> {
                    SGD sgd = new SGD();
                    sgd.setOptions(new String[] {"-F", "1", "-N", "-R", String.valueOf(problem.lambda), "-E",
                        String.valueOf(WEKA_SGD_EPOCHS)});
                    sgd.buildClassifier(instances);
                    return weka(sgd, instances);
                };
            }
        };
    }

    private static PeerObjective.Fitted weka(Classifier classifier, Instances instances) {
        return (row, out) -> System.arraycopy(classifier.distributionForInstance(instances.instance(row)), 0, out,
                0, out.length);
    }
}
