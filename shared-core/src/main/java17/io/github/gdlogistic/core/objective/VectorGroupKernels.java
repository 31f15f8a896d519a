package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.ColumnMoments;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row loops on the vector API (Java 17+, module {@code jdk.incubator.vector}). A group holds as many rows as a
 * vector register holds doubles: each row's scores are vector dot products, the residuals and losses of the whole
 * group are computed lane-wise (one vector {@code exp} and {@code log} for all its rows), and the gradient is
 * updated with vector fused multiply-adds, eight rows at a time with 8-double registers, else four (softmax: four
 * rows by four classes). It also sums the columns for standardization ({@link ColumnMoments}).
 *
 * <p>When the number of features is not a multiple of the vector length, the last vector of a row is the one that
 * ends at the row's end: it overlaps the previous one, so its coefficients are copied with the overlapping lanes set
 * to zero, and its gradient goes to a separate accumulator whose overlapping lanes are dropped at the end. Every
 * operation is then a whole vector of one width (mixing widths measured slower: the JIT then boxes vectors).
 * Loaded only through {@link SimdSupport}.
 */
final class VectorGroupKernels implements GroupKernels, ColumnMoments {

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
    public double accumulate(double[] x, int d, double[] weights, int from, int to, double[] shift, double[] sums,
            double[] squares) {
        if (d < LANES) {
            return ColumnMoments.SCALAR.accumulate(x, d, weights, from, to, shift, sums, squares);
        }
        int end = SPECIES.loopBound(d);
        double[] tailShift = new double[LANES];
        System.arraycopy(shift, d - LANES, tailShift, 0, LANES);
        double[] tailSums = new double[LANES];
        double[] tailSquares = new double[LANES];
        double weight = 0;
        for (int i = from; i < to; i++) {
            weight += weights[i];
        }
        // Four rows at a time, so that each column vector of the sums is read and written once per four rows.
        int i = from;
        for (; i + 3 < to; i += 4) {
            int o = i * d;
            double w0 = weights[i];
            double w1 = weights[i + 1];
            double w2 = weights[i + 2];
            double w3 = weights[i + 3];
            for (int j = 0; j < end; j += LANES) {
                addMoments4(x, o + j, d, w0, w1, w2, w3, shift, j, sums, squares, j);
            }
            if (end < d) {
                addMoments4(x, o + d - LANES, d, w0, w1, w2, w3, tailShift, 0, tailSums, tailSquares, 0);
            }
        }
        for (; i < to; i++) {
            int o = i * d;
            for (int j = 0; j < end; j += LANES) {
                addMoments4(x, o + j, 0, weights[i], 0, 0, 0, shift, j, sums, squares, j);
            }
            if (end < d) {
                addMoments4(x, o + d - LANES, 0, weights[i], 0, 0, 0, tailShift, 0, tailSums, tailSquares, 0);
            }
        }
        addTail(tailSums, 0, sums, 0, d);
        addTail(tailSquares, 0, squares, 0, d);
        return weight;
    }

    /**
     * One column vector of {@link #accumulate} for four rows at {@code at}, {@code at + stride}, ...: with
     * {@code c = x - shift}, {@code sums += sum_r w_r c_r} and {@code squares += sum_r w_r c_r^2}. A row of weight 0
     * adds exactly 0 (with stride 0 the same row is read four times, three of them with weight 0).
     */
    private static void addMoments4(double[] x, int at, int stride, double w0, double w1, double w2, double w3,
            double[] shift, int shiftAt, double[] sums, double[] squares, int sumAt) {
        DoubleVector k = DoubleVector.fromArray(SPECIES, shift, shiftAt);
        DoubleVector c0 = DoubleVector.fromArray(SPECIES, x, at).sub(k);
        DoubleVector c1 = DoubleVector.fromArray(SPECIES, x, at + stride).sub(k);
        DoubleVector c2 = DoubleVector.fromArray(SPECIES, x, at + 2 * stride).sub(k);
        DoubleVector c3 = DoubleVector.fromArray(SPECIES, x, at + 3 * stride).sub(k);
        DoubleVector v0 = c0.mul(w0);
        DoubleVector v1 = c1.mul(w1);
        DoubleVector v2 = c2.mul(w2);
        DoubleVector v3 = c3.mul(w3);
        v0.add(v1).add(v2.add(v3)).add(DoubleVector.fromArray(SPECIES, sums, sumAt)).intoArray(sums, sumAt);
        v0.mul(c0).add(v1.mul(c1)).add(v2.mul(c2).add(v3.mul(c3)))
                .add(DoubleVector.fromArray(SPECIES, squares, sumAt)).intoArray(squares, sumAt);
    }

    @Override
    public double binaryGroups(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights,
            int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        double[] values = new double[LANES];
        double[] ys = new double[LANES];
        double[] weights = new double[LANES];
        int[] offsets = new int[LANES];
        double[] lanes = new double[LANES];
        double[] tailCoefficients = tailCoefficients(coefficients, 0, d);
        double[] tailGradient = new double[LANES];
        double intercept = coefficients[d];
        double[] products = new double[LANES * LANES];
        DoubleVector lossSum = DoubleVector.zero(SPECIES);
        DoubleVector residualSum = DoubleVector.zero(SPECIES);
        for (int k = from; k + LANES <= to; k += LANES) {
            for (int t = 0; t < LANES; t++) {
                int row = rowOrder == null ? k + t : rowOrder[k + t];
                int y = labels[row];
                offsets[t] = row * d;
                ys[t] = y;
                weights[t] = instanceWeights[row] * classWeights[y];
                rowProducts(x, offsets[t], coefficients, tailCoefficients, d).intoArray(products, t * LANES);
            }
            DoubleVector z = sumRows(products, 0, intercept, values);
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
            if (LANES == 8) {
                addRows8(x, offsets, values, gradient, tailGradient, d);
            } else {
                for (int t = 0; t < LANES; t += 4) {
                    addRows(x, offsets[t], offsets[t + 1], offsets[t + 2], offsets[t + 3], values[t], values[t + 1],
                            values[t + 2], values[t + 3], gradient, 0, tailGradient, 0, d);
                }
            }
        }
        addTail(tailGradient, 0, gradient, 0, d);
        gradient[d] += sumLanes(residualSum, lanes);
        return sumLanes(lossSum, lanes);
    }

    @Override
    public double softmaxGroups(double[] x, int d, int classes, int[] labels, double[] instanceWeights,
            double[] classWeights, int[] rowOrder, int from, int to, double[] coefficients, double[] gradient) {
        int stride = d + 1;
        double[] scores = new double[classes * LANES];
        double[] ys = new double[LANES];
        double[] weights = new double[LANES];
        int[] offsets = new int[LANES];
        double[] lanes = new double[LANES];
        double[] tailCoefficients = new double[classes * LANES];
        for (int c = 0; c < classes; c++) {
            System.arraycopy(tailCoefficients(coefficients, c * stride, d), 0, tailCoefficients, c * LANES, LANES);
        }
        double[] tailGradient = new double[classes * LANES];
        double[] products = new double[classes * LANES * LANES];
        double[] residualSums = new double[classes * LANES];
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
            int first = 0;
            for (; first + 3 < classes; first += 4) {
                for (int t = 0; t < LANES; t += 4) {
                    dot4x4(x, offsets, t, coefficients, first, stride, tailCoefficients, d, products);
                }
            }
            for (; first < classes; first++) {
                for (int t = 0; t < LANES; t += 4) {
                    dot4(x, offsets, t, coefficients, first * stride, tailCoefficients, first * LANES, d, products,
                            (first * LANES + t) * LANES);
                }
            }
            for (int c = 0; c < classes; c++) {
                sumRows(products, c * LANES * LANES, coefficients[c * stride + d], lanes)
                        .intoArray(scores, c * LANES);
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
                residual.add(DoubleVector.fromArray(SPECIES, residualSums, c * LANES))
                        .intoArray(residualSums, c * LANES);
            }
            int c4 = 0;
            for (; c4 + 3 < classes; c4 += 4) {
                for (int t = 0; t < LANES; t += 4) {
                    addRows4x4(x, offsets, t, scores, c4, gradient, stride, tailGradient, d);
                }
            }
            for (; c4 < classes; c4++) {
                for (int t = 0; t < LANES; t += 4) {
                    int r = c4 * LANES + t;
                    addRows(x, offsets[t], offsets[t + 1], offsets[t + 2], offsets[t + 3], scores[r],
                            scores[r + 1], scores[r + 2], scores[r + 3], gradient, c4 * stride, tailGradient,
                            c4 * LANES, d);
                }
            }
        }
        for (int c = 0; c < classes; c++) {
            addTail(tailGradient, c * LANES, gradient, c * stride, d);
            gradient[c * stride + d] += sumLanes(DoubleVector.fromArray(SPECIES, residualSums, c * LANES), lanes);
        }
        return sumLanes(lossSum, lanes);
    }

    /**
     * @param v a vector
     * @param scratch {@link #LANES} doubles, overwritten
     * @return the sum of its lanes, first to last: the same rounding whether the JIT has compiled the caller or not
     *         (the vector API's own reduction adds in another order once compiled)
     */
    private static double sumLanes(DoubleVector v, double[] scratch) {
        v.intoArray(scratch, 0);
        double sum = scratch[0];
        for (int i = 1; i < LANES; i++) {
            sum += scratch[i];
        }
        return sum;
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

    /**
     * @return the products {@code x_row[j] w[j]} of the row at {@code offset} summed lane-wise over its vectors (the
     *         row's dot product is the sum of the lanes); the last vector from {@code tail} when it overlaps
     */
    private static DoubleVector rowProducts(double[] x, int offset, double[] w, double[] tail, int d) {
        DoubleVector sum = DoubleVector.zero(SPECIES);
        int end = SPECIES.loopBound(d);
        for (int j = 0; j < end; j += LANES) {
            sum = DoubleVector.fromArray(SPECIES, x, offset + j).fma(DoubleVector.fromArray(SPECIES, w, j), sum);
        }
        if (end < d) {
            sum = DoubleVector.fromArray(SPECIES, x, offset + d - LANES).fma(DoubleVector.fromArray(SPECIES, tail, 0),
                    sum);
        }
        return sum;
    }

    /**
     * The scores of a group: lane {@code t} of the result is {@code intercept} plus the sum of the {@code LANES}
     * products stored for row {@code t} at {@code products[at + t * LANES ...]}, added first to last. Summing the
     * stored vectors here, after the whole group's products, rather than each right after its store, measured
     * 15-30 % faster per pass (binary 10 to 50 features, 10 classes), most likely because a load of one lane right
     * after the store of the whole vector waits for that store to complete. Gathering lane {@code q} of every row at
     * once was slower.
     *
     * @param scratch {@link #LANES} doubles, overwritten
     */
    private static DoubleVector sumRows(double[] products, int at, double intercept, double[] scratch) {
        for (int t = 0; t < LANES; t++) {
            int o = at + t * LANES;
            double sum = products[o];
            for (int q = 1; q < LANES; q++) {
                sum += products[o + q];
            }
            scratch[t] = intercept + sum;
        }
        return DoubleVector.fromArray(SPECIES, scratch, 0);
    }

    /**
     * Products of four rows ({@code offsets[t..t+3]}) and four classes' coefficients ({@code c0..c0+3}), sixteen
     * accumulators that share every load, stored for {@link #sumRows}: row {@code t + r} and class {@code c} at
     * {@code products[((c * LANES) + t + r) * LANES]}.
     */
    private static void dot4x4(double[] x, int[] offsets, int t, double[] w, int c0, int stride, double[] tail, int d,
            double[] products) {
        int o0 = offsets[t];
        int o1 = offsets[t + 1];
        int o2 = offsets[t + 2];
        int o3 = offsets[t + 3];
        int w0 = c0 * stride;
        int w1 = w0 + stride;
        int w2 = w1 + stride;
        int w3 = w2 + stride;
        DoubleVector a00 = DoubleVector.zero(SPECIES);
        DoubleVector a01 = a00;
        DoubleVector a02 = a00;
        DoubleVector a03 = a00;
        DoubleVector a10 = a00;
        DoubleVector a11 = a00;
        DoubleVector a12 = a00;
        DoubleVector a13 = a00;
        DoubleVector a20 = a00;
        DoubleVector a21 = a00;
        DoubleVector a22 = a00;
        DoubleVector a23 = a00;
        DoubleVector a30 = a00;
        DoubleVector a31 = a00;
        DoubleVector a32 = a00;
        DoubleVector a33 = a00;
        for (int j = 0; j < d; j += LANES) {
            // the last vector ends at the row's end; where it overlaps, its coefficients come from the tail copy
            boolean whole = j + LANES <= d;
            int xj = whole ? j : d - LANES;
            double[] source = whole ? w : tail;
            int s0 = whole ? w0 + j : c0 * LANES;
            int step = whole ? stride : LANES;
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, o0 + xj);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, o1 + xj);
            DoubleVector x2 = DoubleVector.fromArray(SPECIES, x, o2 + xj);
            DoubleVector x3 = DoubleVector.fromArray(SPECIES, x, o3 + xj);
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, source, s0);
            DoubleVector v1 = DoubleVector.fromArray(SPECIES, source, s0 + step);
            DoubleVector v2 = DoubleVector.fromArray(SPECIES, source, s0 + 2 * step);
            DoubleVector v3 = DoubleVector.fromArray(SPECIES, source, s0 + 3 * step);
            a00 = x0.fma(v0, a00);
            a01 = x0.fma(v1, a01);
            a02 = x0.fma(v2, a02);
            a03 = x0.fma(v3, a03);
            a10 = x1.fma(v0, a10);
            a11 = x1.fma(v1, a11);
            a12 = x1.fma(v2, a12);
            a13 = x1.fma(v3, a13);
            a20 = x2.fma(v0, a20);
            a21 = x2.fma(v1, a21);
            a22 = x2.fma(v2, a22);
            a23 = x2.fma(v3, a23);
            a30 = x3.fma(v0, a30);
            a31 = x3.fma(v1, a31);
            a32 = x3.fma(v2, a32);
            a33 = x3.fma(v3, a33);
        }
        store4(products, (c0 * LANES + t) * LANES, a00, a10, a20, a30);
        store4(products, ((c0 + 1) * LANES + t) * LANES, a01, a11, a21, a31);
        store4(products, ((c0 + 2) * LANES + t) * LANES, a02, a12, a22, a32);
        store4(products, ((c0 + 3) * LANES + t) * LANES, a03, a13, a23, a33);
    }

    /** Stores four rows' vectors one after the other from {@code at}. */
    private static void store4(double[] out, int at, DoubleVector a0, DoubleVector a1, DoubleVector a2,
            DoubleVector a3) {
        a0.intoArray(out, at);
        a1.intoArray(out, at + LANES);
        a2.intoArray(out, at + 2 * LANES);
        a3.intoArray(out, at + 3 * LANES);
    }

    /**
     * The gradient of four classes ({@code c0..c0+3}) from four rows ({@code offsets[t..t+3]}), their residuals at
     * {@code residuals[c * LANES + t + r]}: every row vector is loaded once for the four classes.
     */
    private static void addRows4x4(double[] x, int[] offsets, int t, double[] residuals, int c0, double[] g,
            int stride, double[] tail, int d) {
        int o0 = offsets[t];
        int o1 = offsets[t + 1];
        int o2 = offsets[t + 2];
        int o3 = offsets[t + 3];
        int r0 = c0 * LANES + t;
        int r1 = r0 + LANES;
        int r2 = r1 + LANES;
        int r3 = r2 + LANES;
        DoubleVector b00 = DoubleVector.broadcast(SPECIES, residuals[r0]);
        DoubleVector b01 = DoubleVector.broadcast(SPECIES, residuals[r0 + 1]);
        DoubleVector b02 = DoubleVector.broadcast(SPECIES, residuals[r0 + 2]);
        DoubleVector b03 = DoubleVector.broadcast(SPECIES, residuals[r0 + 3]);
        DoubleVector b10 = DoubleVector.broadcast(SPECIES, residuals[r1]);
        DoubleVector b11 = DoubleVector.broadcast(SPECIES, residuals[r1 + 1]);
        DoubleVector b12 = DoubleVector.broadcast(SPECIES, residuals[r1 + 2]);
        DoubleVector b13 = DoubleVector.broadcast(SPECIES, residuals[r1 + 3]);
        DoubleVector b20 = DoubleVector.broadcast(SPECIES, residuals[r2]);
        DoubleVector b21 = DoubleVector.broadcast(SPECIES, residuals[r2 + 1]);
        DoubleVector b22 = DoubleVector.broadcast(SPECIES, residuals[r2 + 2]);
        DoubleVector b23 = DoubleVector.broadcast(SPECIES, residuals[r2 + 3]);
        DoubleVector b30 = DoubleVector.broadcast(SPECIES, residuals[r3]);
        DoubleVector b31 = DoubleVector.broadcast(SPECIES, residuals[r3 + 1]);
        DoubleVector b32 = DoubleVector.broadcast(SPECIES, residuals[r3 + 2]);
        DoubleVector b33 = DoubleVector.broadcast(SPECIES, residuals[r3 + 3]);
        int g0 = c0 * stride;
        for (int j = 0; j < d; j += LANES) {
            // the last vector ends at the row's end; where it overlaps, it goes to the tail accumulators
            boolean whole = j + LANES <= d;
            int xj = whole ? j : d - LANES;
            double[] target = whole ? g : tail;
            int s0 = whole ? g0 + j : c0 * LANES;
            int step = whole ? stride : LANES;
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, x, o0 + xj);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, x, o1 + xj);
            DoubleVector x2 = DoubleVector.fromArray(SPECIES, x, o2 + xj);
            DoubleVector x3 = DoubleVector.fromArray(SPECIES, x, o3 + xj);
            DoubleVector v = DoubleVector.fromArray(SPECIES, target, s0);
            v = x3.fma(b03, x2.fma(b02, x1.fma(b01, x0.fma(b00, v))));
            v.intoArray(target, s0);
            v = DoubleVector.fromArray(SPECIES, target, s0 + step);
            v = x3.fma(b13, x2.fma(b12, x1.fma(b11, x0.fma(b10, v))));
            v.intoArray(target, s0 + step);
            v = DoubleVector.fromArray(SPECIES, target, s0 + 2 * step);
            v = x3.fma(b23, x2.fma(b22, x1.fma(b21, x0.fma(b20, v))));
            v.intoArray(target, s0 + 2 * step);
            v = DoubleVector.fromArray(SPECIES, target, s0 + 3 * step);
            v = x3.fma(b33, x2.fma(b32, x1.fma(b31, x0.fma(b30, v))));
            v.intoArray(target, s0 + 3 * step);
        }
    }

    /**
     * Products of four rows ({@code offsets[t..t+3]}) and one class's coefficients (from {@code wOffset}), sharing
     * the coefficient loads, stored for {@link #sumRows} one row after the other from {@code at}; the last vector
     * comes from {@code tail} when it overlaps.
     */
    private static void dot4(double[] x, int[] offsets, int t, double[] w, int wOffset, double[] tail, int tailOffset,
            int d, double[] products, int at) {
        int o0 = offsets[t];
        int o1 = offsets[t + 1];
        int o2 = offsets[t + 2];
        int o3 = offsets[t + 3];
        DoubleVector s0 = DoubleVector.zero(SPECIES);
        DoubleVector s1 = s0;
        DoubleVector s2 = s0;
        DoubleVector s3 = s0;
        int end = SPECIES.loopBound(d);
        for (int j = 0; j < end; j += LANES) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, w, wOffset + j);
            s0 = DoubleVector.fromArray(SPECIES, x, o0 + j).fma(v, s0);
            s1 = DoubleVector.fromArray(SPECIES, x, o1 + j).fma(v, s1);
            s2 = DoubleVector.fromArray(SPECIES, x, o2 + j).fma(v, s2);
            s3 = DoubleVector.fromArray(SPECIES, x, o3 + j).fma(v, s3);
        }
        if (end < d) {
            int j = d - LANES;
            DoubleVector v = DoubleVector.fromArray(SPECIES, tail, tailOffset);
            s0 = DoubleVector.fromArray(SPECIES, x, o0 + j).fma(v, s0);
            s1 = DoubleVector.fromArray(SPECIES, x, o1 + j).fma(v, s1);
            s2 = DoubleVector.fromArray(SPECIES, x, o2 + j).fma(v, s2);
            s3 = DoubleVector.fromArray(SPECIES, x, o3 + j).fma(v, s3);
        }
        store4(products, at, s0, s1, s2, s3);
    }

    /**
     * {@code g[j] += sum_t r[t] x_t[j]} for the eight rows of a group (registers of 8 doubles): the gradient is read
     * and written once per eight rows; the last vector of each row, when it overlaps, goes to {@code tail}.
     */
    private static void addRows8(double[] x, int[] offsets, double[] r, double[] g, double[] tail, int d) {
        int o0 = offsets[0];
        int o1 = offsets[1];
        int o2 = offsets[2];
        int o3 = offsets[3];
        int o4 = offsets[4];
        int o5 = offsets[5];
        int o6 = offsets[6];
        int o7 = offsets[7];
        DoubleVector b0 = DoubleVector.broadcast(SPECIES, r[0]);
        DoubleVector b1 = DoubleVector.broadcast(SPECIES, r[1]);
        DoubleVector b2 = DoubleVector.broadcast(SPECIES, r[2]);
        DoubleVector b3 = DoubleVector.broadcast(SPECIES, r[3]);
        DoubleVector b4 = DoubleVector.broadcast(SPECIES, r[4]);
        DoubleVector b5 = DoubleVector.broadcast(SPECIES, r[5]);
        DoubleVector b6 = DoubleVector.broadcast(SPECIES, r[6]);
        DoubleVector b7 = DoubleVector.broadcast(SPECIES, r[7]);
        for (int j = 0; j < d; j += LANES) {
            boolean whole = j + LANES <= d;
            int xj = whole ? j : d - LANES;
            double[] target = whole ? g : tail;
            int at = whole ? j : 0;
            DoubleVector v = DoubleVector.fromArray(SPECIES, target, at);
            v = DoubleVector.fromArray(SPECIES, x, o0 + xj).fma(b0, v);
            v = DoubleVector.fromArray(SPECIES, x, o1 + xj).fma(b1, v);
            v = DoubleVector.fromArray(SPECIES, x, o2 + xj).fma(b2, v);
            v = DoubleVector.fromArray(SPECIES, x, o3 + xj).fma(b3, v);
            v = DoubleVector.fromArray(SPECIES, x, o4 + xj).fma(b4, v);
            v = DoubleVector.fromArray(SPECIES, x, o5 + xj).fma(b5, v);
            v = DoubleVector.fromArray(SPECIES, x, o6 + xj).fma(b6, v);
            v = DoubleVector.fromArray(SPECIES, x, o7 + xj).fma(b7, v);
            v.intoArray(target, at);
        }
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
