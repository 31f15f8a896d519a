package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.LogisticModel;
import io.github.gdlogistic.core.LogisticRegressionTrainer;
import io.github.gdlogistic.core.Solver;
import io.github.gdlogistic.core.TrainingConfig;
import io.github.gdlogistic.core.data.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Time of one whole fit on generated data, for each solver, size and class count. The default grid is the issue's:
 * rows 1e3..1e6 x features 10, 50, 200 x binary and 10-class x all solvers, which takes hours; narrow it with
 * JMH's {@code -p}, e.g. {@code -p solver=auto -p rows=100000}. The fixed-rate solvers use settings that converge on
 * standardized data (rate 0.5 for gd, 0.05 with batch 256 for the mini-batch solvers, 0.01 for adam) and stop at the
 * same tolerances as auto or at 300 iterations/epochs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g", "--add-modules", "jdk.incubator.vector"})
public class FitBenchmark {

    /** Rows of the generated data. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int rows;

    /** Features of the generated data. */
    @Param({"10", "50", "200"})
    public int features;

    /** Classes. */
    @Param({"2", "10"})
    public int classes;

    /** Solver name. */
    @Param({"auto", "gd", "sgd", "momentum", "nesterov", "adam"})
    public String solver;

    /** Worker threads. */
    @Param({"1"})
    public int threads;

    /** Row loops: "vector" where the data are large enough (the default), or "scalar". */
    @Param({"vector", "scalar"})
    public String loops;

    private Dataset data;
    private TrainingConfig config;

    /** Generates the data. */
    @Setup(Level.Trial)
    public void setUp() {
        data = SyntheticData.generate(rows, features, classes, 3);
        Solver chosen = Solver.fromName(solver);
        TrainingConfig.Builder builder = TrainingConfig.builder().solver(chosen).threads(threads)
                .scalarLoops("scalar".equals(loops));
        if (chosen == Solver.GD) {
            builder.learningRate(0.5).maxIterations(300);
        } else if (chosen == Solver.ADAM) {
            builder.learningRate(0.01).miniBatchSize(256).maxIterations(300);
        } else if (chosen != Solver.AUTO) {
            builder.learningRate(0.05).miniBatchSize(256).maxIterations(300);
        }
        config = builder.build();
    }

    /** @return the fitted model */
    @Benchmark
    public LogisticModel fit() {
        return LogisticRegressionTrainer.fit(data, config);
    }
}
