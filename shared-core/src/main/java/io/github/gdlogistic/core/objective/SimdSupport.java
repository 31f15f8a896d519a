package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.ColumnMoments;
import io.github.gdlogistic.core.data.Dataset;

/**
 * Whether the objective's row loops (and the column sums of standardization, {@link #columnMoments}, and the
 * information matrix of the Wald standard errors, {@link #informationMatrix}) run on vector registers. They do when the
 * Java runtime (17 or later) was started with the vector API module, {@code --add-modules jdk.incubator.vector}, the
 * processor has vectors of at least four (and at most eight) doubles, and the data have at least
 * {@link #MIN_VALUES} values; otherwise the scalar loops run. Both give the same results up to rounding: the vector
 * loops use fused multiply-adds, another summation order and the runtime's vector {@code exp} and {@code log}.
 * Results never depend on the number of threads; the scalar loops are moreover bit-for-bit repeatable, while with
 * the vector loops two runs of the same fit in one JVM may differ in the last bits (the runtime's vector {@code exp}
 * and {@code log} round differently before and after the JIT compiles them). The system property
 * {@code gdlogistic.simd=false} turns the vector loops off.
 */
public final class SimdSupport {

    /**
     * The vector loops run on data with at least this many values (rows times features, 2^22, about four million).
     * Their first use in a JVM pays for the JIT compiling the vector API's code; below this size that cost outweighs
     * what they save on a few fits. {@code ./benchmark --cold} measures the crossing; its figures are in
     * {@code docs/performance.md}.
     */
    public static final long MIN_VALUES = 1L << 22;

    /** The vector API module that enables the vector loops. */
    public static final String MODULE = "jdk.incubator.vector";

    private static final String IMPLEMENTATION = "io.github.gdlogistic.core.objective.VectorGroupKernels";

    /** The vector kernels where the runtime can run them, whatever the switch. */
    private static final GroupKernels AVAILABLE = load();

    /** The vector kernels in use by default. */
    private static final GroupKernels KERNELS =
            Boolean.parseBoolean(System.getProperty("gdlogistic.simd", "true")) ? AVAILABLE : null;

    private SimdSupport() {
    }

    /** @return whether the vector loops are in use */
    public static boolean enabled() {
        return KERNELS != null;
    }

    /** @return a short description for logs and reports, e.g. "vector API, 8 doubles per register" */
    public static String description() {
        if (KERNELS != null) {
            return "vector API, " + KERNELS.lanes() + " doubles per register";
        }
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return "scalar (start Java 17+ with --add-modules " + MODULE + " for the vector loops)";
        }
        return "scalar";
    }

    /**
     * The one rule for which loops run by default: the vector loops where the runtime has them (and the system
     * property does not switch them off) and the data hold at least {@link #MIN_VALUES} values.
     *
     * @param rows number of rows
     * @param features number of features
     * @return whether the vector loops run by default on data of that size
     */
    public static boolean vectorLoopsFor(int rows, int features) {
        return KERNELS != null && (long) rows * features >= MIN_VALUES;
    }

    /**
     * @param vector whether the vector loops are wanted
     * @return the loop that sums the columns for standardization: the vector one when wanted and available, else
     *         {@link ColumnMoments#SCALAR}
     */
    public static ColumnMoments columnMoments(boolean vector) {
        GroupKernels available = vector ? AVAILABLE : null;
        return available instanceof ColumnMoments ? (ColumnMoments) available : ColumnMoments.SCALAR;
    }

    /**
     * @param vector whether the vector loops are wanted
     * @return the loop that adds up the information matrix for the Wald standard errors: the vector one when wanted
     *         and available, else {@link InformationMatrix#SCALAR}
     */
    public static InformationMatrix informationMatrix(boolean vector) {
        GroupKernels available = vector ? AVAILABLE : null;
        return available instanceof InformationMatrix ? (InformationMatrix) available : InformationMatrix.SCALAR;
    }

    /**
     * What a training report says about the loops: nothing on small data (where the scalar loops always run),
     * else which loops ran and, when the module was missing, how to get the vector ones.
     *
     * @param objective the trained objective
     * @param data its data
     * @return "" or a suffix for the solver description, starting with ", "
     */
    public static String reportSuffix(LogLossObjective objective, Dataset data) {
        if (objective.usesVectorLoops()) {
            return ", vector loops";
        }
        if ((long) data.rows() * data.features() < MIN_VALUES) { // the scalar loops by the rule, nothing to say
            return "";
        }
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return ", scalar loops (start Java with --add-modules " + MODULE + " for the faster vector loops)";
        }
        return ", scalar loops";
    }

    /** @return the vector kernels, or {@code null} when the scalar loops run */
    static GroupKernels kernels() {
        return KERNELS;
    }

    /**
     * The vector kernels regardless of the system property, for tests and benchmarks that compare them with the
     * scalar loops.
     *
     * @return the vector kernels, or {@code null} where the runtime cannot run them
     */
    static GroupKernels available() {
        return AVAILABLE;
    }

    private static GroupKernels load() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return null;
        }
        try {
            Class<?> type = Class.forName(IMPLEMENTATION, true, SimdSupport.class.getClassLoader());
            GroupKernels kernels = (GroupKernels) type.getDeclaredConstructor().newInstance();
            int lanes = kernels.lanes();
            return lanes >= 4 && lanes <= BlockLayout.BLOCK_ROWS ? kernels : null;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // older runtime, a class loader that cannot see the module (e.g. an OSGi bundle), or narrow vectors
            return null;
        }
    }
}
