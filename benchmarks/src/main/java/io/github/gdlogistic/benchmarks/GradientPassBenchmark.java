package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.data.FeatureScaling;
import io.github.gdlogistic.core.data.RowBlocks;
import io.github.gdlogistic.core.objective.BinaryLogLoss;
import io.github.gdlogistic.core.objective.LogLossObjective;
import io.github.gdlogistic.core.objective.SoftmaxLogLoss;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One fused loss-and-gradient pass over the data ({@code pass}), next to the fastest plain read of the same array
 * ({@code readBandwidth}), in the same run: their ratio is the fraction of the memory read bandwidth the pass
 * achieves. Divide the pass time by rows x features for ns per row-feature.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g", "--add-modules", "jdk.incubator.vector"})
public class GradientPassBenchmark {

    /** Rows of the generated data. */
    @Param({"100000", "1000000"})
    public int rows;

    /** Features of the generated data. */
    @Param({"20", "50"})
    public int features;

    /** Classes: 2 is the sigmoid objective, more the softmax one. */
    @Param({"2"})
    public int classes;

    /** Row loops: "vector" (the vector API) or "scalar". */
    @Param({"vector", "scalar"})
    public String loops;

    /** Worker threads of the pass. */
    @Param({"1", "2"})
    public int threads;

    private Dataset data;
    private LogLossObjective objective;
    private ExecutorService executor;
    private double[] point;
    private double[] gradient;

    /** Generates the data and the objective. */
    @Setup(Level.Trial)
    public void setUp() {
        data = SyntheticData.generate(rows, features, classes, 5);
        executor = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        double[] classWeights = new double[classes];
        java.util.Arrays.fill(classWeights, 1.0);
        FeatureScaling scaling = FeatureScaling.standardizing(data);
        RowBlocks blocks = RowBlocks.parallel(rows, executor, threads);
        objective = classes == 2
                ? new BinaryLogLoss(data, classWeights, scaling, 0, true, blocks)
                : new SoftmaxLogLoss(data, classWeights, scaling, 0, true, blocks);
        if (objective.useVectorLoops("vector".equals(loops)) != "vector".equals(loops)) {
            throw new IllegalStateException("the vector loops need --add-modules jdk.incubator.vector");
        }
        point = new double[objective.dimension()];
        for (int k = 0; k < point.length; k++) {
            point[k] = 0.01 * (k % 7) - 0.03;
        }
        gradient = new double[point.length];
    }

    /** Stops the worker threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** @return the loss of one fused pass */
    @Benchmark
    public double pass() {
        return objective.valueAndGradient(point, gradient);
    }

    /** @return the sum of all values, read as fast as one thread can */
    @Benchmark
    public double readBandwidth() {
        double[] values = data.valuesUnsafe();
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < values.length; k += 4) {
            s0 += values[k];
            s1 += values[k + 1];
            s2 += values[k + 2];
            s3 += values[k + 3];
        }
        return s0 + s1 + s2 + s3;
    }
}
