package io.github.gdlogistic.core.objective;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row loops on the vector API (Java 17+, module {@code jdk.incubator.vector}). A group holds as many rows as a
 * vector register holds doubles: each row's scores are vector dot products, the residuals and losses of the whole
 * group are computed lane-wise (one vector {@code exp} and {@code log} for all its rows), and the gradient is
 * updated four rows at a time with vector fused multiply-adds.
 *
 * <p>When the number of features is not a multiple of the vector length, the last vector of a row is the one that
 * ends at the row's end: it overlaps the previous one, so its coefficients are copied with the overlapping lanes set
 * to zero, and its gradient goes to a separate accumulator whose overlapping lanes are dropped at the end. Every
 * operation is then a whole vector of one width (mixing widths measured slower: the JIT then boxes vectors).
 * Loaded only through {@link SimdSupport}.
 */
final class VectorGroupKernels implements GroupKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    @Override
    public int groupRows() {
        return LANES;
    }

    @Override
    public boolean supports(int features) {
        return features >= LANES;
    }

    @Override
    public double binaryGroups(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights,
            int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        double[] values = new double[LANES];
        double[] ys = new double[LANES];
        double[] weights = new double[LANES];
        int[] offsets = new int[LANES];
        double[] tailCoefficients = tailCoefficients(coefficients, 0, d);
        double[] tailGradient = new double[LANES];
        double intercept = coefficients[d];
        DoubleVector lossSum = DoubleVector.zero(SPECIES);
        DoubleVector residualSum = DoubleVector.zero(SPECIES);
        for (int k = from; k + LANES <= to; k += LANES) {
            for (int t = 0; t < LANES; t++) {
                int row = rowOrder == null ? k + t : rowOrder[k + t];
                int y = labels[row];
                offsets[t] = row * d;
                ys[t] = y;
                weights[t] = instanceWeights[row] * classWeights[y];
                values[t] = intercept + dot(x, offsets[t], coefficients, 0, tailCoefficients, d);
            }
            DoubleVector z = DoubleVector.fromArray(SPECIES, values, 0);
            DoubleVector y = DoubleVector.fromArray(SPECIES, ys, 0);
            DoubleVector s = DoubleVector.fromArray(SPECIES, weights, 0);
            // e = exp(-|z|) never overflows; p = 1 / (1 + e) for z >= 0 and e / (1 + e) otherwise
            DoubleVector e = z.lanewise(VectorOperators.ABS).neg().lanewise(VectorOperators.EXP);
            DoubleVector q = DoubleVector.broadcast(SPECIES, 1.0).div(e.add(1.0));
            DoubleVector p = e.mul(q).blend(q, z.compare(VectorOperators.GE, 0.0));
            DoubleVector residual = p.sub(y).mul(s);
            // loss = softplus(t) = max(t, 0) + log(1 + exp(-|t|)) with t = z for class 0 and -z for class 1
            DoubleVector margin = z.mul(y.mul(-2.0).add(1.0));
            lossSum = s.fma(margin.max(0.0).add(e.lanewise(VectorOperators.LOG1P)), lossSum);
            residualSum = residualSum.add(residual);
            residual.intoArray(values, 0);
            for (int t = 0; t < LANES; t += 4) {
                addRows(x, offsets[t], offsets[t + 1], offsets[t + 2], offsets[t + 3], values[t], values[t + 1],
                        values[t + 2], values[t + 3], gradient, 0, tailGradient, 0, d);
            }
        }
        addTail(tailGradient, 0, gradient, 0, d);
        gradient[d] += residualSum.reduceLanes(VectorOperators.ADD);
        return lossSum.reduceLanes(VectorOperators.ADD);
    }

    @Override
    public double softmaxGroups(double[] x, int d, int classes, int[] labels, double[] instanceWeights,
            double[] classWeights, int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        int stride = d + 1;
        double[] scores = new double[classes * LANES];
        double[] ys = new double[LANES];
        double[] weights = new double[LANES];
        int[] offsets = new int[LANES];
        double[] tailCoefficients = new double[classes * LANES];
        for (int c = 0; c < classes; c++) {
            System.arraycopy(tailCoefficients(coefficients, c * stride, d), 0, tailCoefficients, c * LANES, LANES);
        }
        double[] tailGradient = new double[classes * LANES];
        DoubleVector lossSum = DoubleVector.zero(SPECIES);
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int k = from; k + LANES <= to; k += LANES) {
            for (int t = 0; t < LANES; t++) {
                int row = rowOrder == null ? k + t : rowOrder[k + t];
                int y = labels[row];
                offsets[t] = row * d;
                ys[t] = y;
                weights[t] = instanceWeights[row] * classWeights[y];
            }
            for (int c = 0; c < classes; c++) {
                int base = c * stride;
                double intercept = coefficients[base + d];
                for (int t = 0; t < LANES; t++) {
                    scores[c * LANES + t] = intercept
                            + dot(x, offsets[t], coefficients, base, tailCoefficients, c * LANES, d);
                }
            }
            DoubleVector y = DoubleVector.fromArray(SPECIES, ys, 0);
            DoubleVector s = DoubleVector.fromArray(SPECIES, weights, 0);
            DoubleVector max = DoubleVector.fromArray(SPECIES, scores, 0);
            for (int c = 1; c < classes; c++) {
                max = max.max(DoubleVector.fromArray(SPECIES, scores, c * LANES));
            }
            // loss = log(sum_c exp(z_c - max)) + max - z_y; the exponentials are kept for the residuals
            DoubleVector own = zero;
            DoubleVector sum = zero;
            for (int c = 0; c < classes; c++) {
                DoubleVector zc = DoubleVector.fromArray(SPECIES, scores, c * LANES);
                own = own.blend(zc, y.compare(VectorOperators.EQ, (double) c));
                DoubleVector ec = zc.sub(max).lanewise(VectorOperators.EXP);
                ec.intoArray(scores, c * LANES);
                sum = sum.add(ec);
            }
            lossSum = s.fma(max.sub(own).add(sum.lanewise(VectorOperators.LOG)), lossSum);
            // residual_c = s * (p_c - [y == c])
            DoubleVector scale = s.div(sum);
            for (int c = 0; c < classes; c++) {
                VectorMask<Double> isClass = y.compare(VectorOperators.EQ, (double) c);
                DoubleVector residual = DoubleVector.fromArray(SPECIES, scores, c * LANES).mul(scale)
                        .sub(zero.blend(s, isClass));
                residual.intoArray(scores, c * LANES);
                int base = c * stride;
                gradient[base + d] += residual.reduceLanes(VectorOperators.ADD);
                for (int t = 0; t < LANES; t += 4) {
                    int r = c * LANES + t;
                    addRows(x, offsets[t], offsets[t + 1], offsets[t + 2], offsets[t + 3], scores[r],
                            scores[r + 1], scores[r + 2], scores[r + 3], gradient, base, tailGradient, c * LANES, d);
                }
            }
        }
        for (int c = 0; c < classes; c++) {
            addTail(tailGradient, c * LANES, gradient, c * stride, d);
        }
        return lossSum.reduceLanes(VectorOperators.ADD);
    }

    /**
     * @return the coefficients of the last {@code LANES} features, with the lanes that the whole vectors before
     *         already cover set to zero (all zero when the features are a multiple of the vector length)
     */
    private static double[] tailCoefficients(double[] coefficients, int offset, int d) {
        double[] tail = new double[LANES];
        int covered = LANES - d % LANES;
        if (covered < LANES) {
            for (int k = covered; k < LANES; k++) {
                tail[k] = coefficients[offset + d - LANES + k];
            }
        }
        return tail;
    }

    /** Adds the lanes of a tail gradient that the whole vectors did not cover. */
    private static void addTail(double[] tailGradient, int tailOffset, double[] gradient, int offset, int d) {
        int covered = LANES - d % LANES;
        if (covered < LANES) {
            for (int k = covered; k < LANES; k++) {
                gradient[offset + d - LANES + k] += tailGradient[tailOffset + k];
            }
        }
    }

    /** @return {@code sum_j x[offset + j] * w[wOffset + j]} over {@code j < d} */
    private static double dot(double[] x, int offset, double[] w, int wOffset, double[] tail, int d) {
        return dot(x, offset, w, wOffset, tail, 0, d);
    }

    /** @return {@code sum_j x[offset + j] * w[wOffset + j]} over {@code j < d}, the tail from {@code tail} */
    private static double dot(double[] x, int offset, double[] w, int wOffset, double[] tail, int tailOffset,
            int d) {
        DoubleVector sum = DoubleVector.zero(SPECIES);
        int end = SPECIES.loopBound(d);
        for (int j = 0; j < end; j += LANES) {
            sum = DoubleVector.fromArray(SPECIES, x, offset + j)
                    .fma(DoubleVector.fromArray(SPECIES, w, wOffset + j), sum);
        }
        if (end < d) {
            sum = DoubleVector.fromArray(SPECIES, x, offset + d - LANES)
                    .fma(DoubleVector.fromArray(SPECIES, tail, tailOffset), sum);
        }
        return sum.reduceLanes(VectorOperators.ADD);
    }

    /**
     * {@code g[gOffset + j] += r0 x0[j] + r1 x1[j] + r2 x2[j] + r3 x3[j]} for four rows at offsets o0..o3; the last
     * vector of each row, when it overlaps, goes to {@code tail} instead.
     */
    private static void addRows(double[] x, int o0, int o1, int o2, int o3, double r0, double r1, double r2,
            double r3, double[] g, int gOffset, double[] tail, int tailOffset, int d) {
        DoubleVector b0 = DoubleVector.broadcast(SPECIES, r0);
        DoubleVector b1 = DoubleVector.broadcast(SPECIES, r1);
        DoubleVector b2 = DoubleVector.broadcast(SPECIES, r2);
        DoubleVector b3 = DoubleVector.broadcast(SPECIES, r3);
        int end = SPECIES.loopBound(d);
        for (int j = 0; j < end; j += LANES) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, g, gOffset + j);
            v = DoubleVector.fromArray(SPECIES, x, o0 + j).fma(b0, v);
            v = DoubleVector.fromArray(SPECIES, x, o1 + j).fma(b1, v);
            v = DoubleVector.fromArray(SPECIES, x, o2 + j).fma(b2, v);
            v = DoubleVector.fromArray(SPECIES, x, o3 + j).fma(b3, v);
            v.intoArray(g, gOffset + j);
        }
        if (end < d) {
            int j = d - LANES;
            DoubleVector v = DoubleVector.fromArray(SPECIES, tail, tailOffset);
            v = DoubleVector.fromArray(SPECIES, x, o0 + j).fma(b0, v);
            v = DoubleVector.fromArray(SPECIES, x, o1 + j).fma(b1, v);
            v = DoubleVector.fromArray(SPECIES, x, o2 + j).fma(b2, v);
            v = DoubleVector.fromArray(SPECIES, x, o3 + j).fma(b3, v);
            v.intoArray(tail, tailOffset);
        }
    }
}
