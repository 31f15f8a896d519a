package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.ColumnMoments;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row loops on the vector API (Java 17+, module {@code jdk.incubator.vector}), over whole blocks of eight rows
 * stored feature by feature ({@link BlockLayout}): one load holds one feature of {@link #LANES} rows, so a score is
 * a chain of fused multiply-adds with broadcast coefficients, with no sums across lanes; the residuals and losses are
 * computed lane-wise (one vector {@code exp} and {@code log} for all the lanes' rows); and each feature's gradient is
 * accumulated lane-wise, in a vector per feature, whose lanes are added (in lane order) once at the end. With
 * 8-double registers a block is one vector per feature, with 4-double registers two. It also sums the columns for
 * standardization ({@link ColumnMoments}) and adds up the information matrix of the Wald standard errors
 * ({@link InformationMatrix}, in {@link VectorInformationMatrix}). Loaded only through {@link SimdSupport}.
 */
final class VectorGroupKernels implements GroupKernels, ColumnMoments, InformationMatrix {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_MAX;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = BlockLayout.BLOCK_ROWS;

    @Override
    public int lanes() {
        return LANES;
    }

    @Override
    public double accumulate(double[] x, int d, double[] weights, int from, int to, double[] shift, double[] sums,
            double[] squares) {
        int first = Math.min(BlockLayout.paddedRows(from), to);
        int last = first + (to - first) / BLOCK * BLOCK;
        ColumnMoments.SCALAR.accumulate(x, d, weights, from, first, shift, sums, squares);
        ColumnMoments.SCALAR.accumulate(x, d, weights, last, to, shift, sums, squares);
        double[] laneSums = new double[d * BLOCK];
        double[] laneSquares = new double[d * BLOCK];
        for (int block = first; block < last; block += BLOCK) {
            int base = block * d;
            for (int h = 0; h < BLOCK; h += LANES) {
                DoubleVector w = DoubleVector.fromArray(SPECIES, weights, block + h);
                for (int j = 0; j < d; j++) {
                    int at = j * BLOCK + h;
                    DoubleVector c = DoubleVector.fromArray(SPECIES, x, base + at).sub(shift[j]);
                    DoubleVector v = c.mul(w);
                    v.add(DoubleVector.fromArray(SPECIES, laneSums, at)).intoArray(laneSums, at);
                    v.fma(c, DoubleVector.fromArray(SPECIES, laneSquares, at)).intoArray(laneSquares, at);
                }
            }
        }
        addLanes(laneSums, 0, BLOCK, sums, 0, d);
        addLanes(laneSquares, 0, BLOCK, squares, 0, d);
        double weight = 0;
        for (int i = from; i < to; i++) {
            weight += weights[i];
        }
        return weight;
    }

    @Override
    public void add(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights,
            double[] coefficients, double intercept, int from, int to, double[] lower) {
        VectorInformationMatrix.add(x, d, labels, instanceWeights, classWeights, coefficients, intercept, from, to,
                lower);
    }

    @Override
    public double binaryBlocks(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights,
            int from, int to, double[] coefficients, double[] gradient, boolean withLoss, RowScratch work) {
        double[] ys = work.doubles(RowScratch.ROW_CLASSES, BLOCK);
        double[] rowWeights = work.doubles(RowScratch.ROW_WEIGHTS, BLOCK);
        double[] laneGradient = work.zeroed(RowScratch.LANE_GRADIENT, d * BLOCK);
        double[] scratch = work.doubles(RowScratch.LANES, LANES);
        DoubleVector intercept = DoubleVector.broadcast(SPECIES, coefficients[d]);
        DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector lossSum = zero;
        DoubleVector residualSum = zero;
        for (int block = from; block < to; block += BLOCK) {
            int base = block * d;
            for (int t = 0; t < BLOCK; t++) {
                int y = labels[block + t];
                ys[t] = y;
                rowWeights[t] = instanceWeights[block + t] * classWeights[y];
            }
            for (int h = 0; h < BLOCK; h += LANES) {
                // four running sums, so that each fused multiply-add does not wait for the previous one
                DoubleVector z0 = intercept;
                DoubleVector z1 = zero;
                DoubleVector z2 = zero;
                DoubleVector z3 = zero;
                int j = 0;
                for (; j + 3 < d; j += 4) {
                    int at = base + j * BLOCK + h;
                    z0 = DoubleVector.fromArray(SPECIES, x, at).fma(broadcast(coefficients[j]), z0);
                    z1 = DoubleVector.fromArray(SPECIES, x, at + BLOCK).fma(broadcast(coefficients[j + 1]), z1);
                    z2 = DoubleVector.fromArray(SPECIES, x, at + 2 * BLOCK).fma(broadcast(coefficients[j + 2]), z2);
                    z3 = DoubleVector.fromArray(SPECIES, x, at + 3 * BLOCK).fma(broadcast(coefficients[j + 3]), z3);
                }
                for (; j < d; j++) {
                    z0 = DoubleVector.fromArray(SPECIES, x, base + j * BLOCK + h).fma(broadcast(coefficients[j]), z0);
                }
                DoubleVector z = z0.add(z1).add(z2.add(z3));
                DoubleVector y = DoubleVector.fromArray(SPECIES, ys, h);
                DoubleVector s = DoubleVector.fromArray(SPECIES, rowWeights, h);
                // e = exp(-|z|) never overflows; p = 1 / (1 + e) for z >= 0 and e / (1 + e) otherwise
                DoubleVector e = z.lanewise(VectorOperators.ABS).neg().lanewise(VectorOperators.EXP);
                DoubleVector q = DoubleVector.broadcast(SPECIES, 1.0).div(e.add(1.0));
                DoubleVector p = e.mul(q).blend(q, z.compare(VectorOperators.GE, 0.0));
                DoubleVector residual = p.sub(y).mul(s);
                if (withLoss) {
                    // loss = softplus(t) = max(t, 0) + log(1 + exp(-|t|)) with t = z for class 0 and -z for class 1
                    DoubleVector margin = z.mul(y.mul(-2.0).add(1.0));
                    lossSum = s.fma(margin.max(0.0).add(e.lanewise(VectorOperators.LOG1P)), lossSum);
                }
                residualSum = residualSum.add(residual);
                for (j = 0; j < d; j++) {
                    int at = j * BLOCK + h;
                    DoubleVector.fromArray(SPECIES, x, base + at)
                            .fma(residual, DoubleVector.fromArray(SPECIES, laneGradient, at))
                            .intoArray(laneGradient, at);
                }
            }
        }
        addLanes(laneGradient, 0, BLOCK, gradient, 0, d);
        gradient[d] += sumLanes(residualSum, scratch);
        return sumLanes(lossSum, scratch);
    }

    @Override
    public void divide(double[] numerators, double[] divisors, int at, int d, double[] out) {
        int j = 0;
        for (; j + LANES <= d; j += LANES) {
            DoubleVector.fromArray(SPECIES, numerators, at + j).div(DoubleVector.fromArray(SPECIES, divisors, j))
                    .intoArray(out, at + j);
        }
        for (; j < d; j++) {
            out[at + j] = numerators[at + j] / divisors[j];
        }
    }

    @Override
    public void standardizeGradient(double[] gradient, double[] point, double[] means, double[] scales, int at,
            int d, double inverse, double interceptGradient, double l2) {
        int j = 0;
        for (; j + LANES <= d; j += LANES) {
            DoubleVector raw = DoubleVector.fromArray(SPECIES, gradient, at + j).mul(inverse);
            DoubleVector shift = DoubleVector.fromArray(SPECIES, means, j).mul(interceptGradient);
            DoubleVector decay = DoubleVector.fromArray(SPECIES, point, at + j).mul(l2);
            raw.sub(shift).div(DoubleVector.fromArray(SPECIES, scales, j)).add(decay).intoArray(gradient, at + j);
        }
        for (; j < d; j++) {
            double raw = gradient[at + j] * inverse;
            gradient[at + j] = (raw - means[j] * interceptGradient) / scales[j] + l2 * point[at + j];
        }
    }

    /** @return {@code value} in every lane */
    private static DoubleVector broadcast(double value) {
        return DoubleVector.broadcast(SPECIES, value);
    }

    @Override
    public double softmaxBlocks(double[] x, int d, int classes, int[] labels, double[] instanceWeights,
            double[] classWeights, int from, int to, double[] coefficients, double[] gradient, boolean withLoss,
            RowScratch work) {
        int stride = d + 1;
        // Groups of LANES rows (one vector per feature), two groups at a time: the lane-wise gradient of all classes
        // (classes x d vectors, more than the first-level cache holds for 10 classes and 50 features) is then read
        // and written once per two groups.
        int slot = classes * LANES;
        double[] scores = work.doubles(RowScratch.SCORES, 2 * slot);
        double[] ys = work.doubles(RowScratch.ROW_CLASSES, LANES);
        double[] rowWeights = work.doubles(RowScratch.ROW_WEIGHTS, LANES);
        double[] laneGradient = work.zeroed(RowScratch.LANE_GRADIENT, classes * d * LANES);
        double[] residualSums = work.zeroed(RowScratch.LANE_RESIDUALS, slot);
        double[] scratch = work.doubles(RowScratch.LANES, LANES);
        DoubleVector zero = DoubleVector.zero(SPECIES);
        DoubleVector lossSum = zero;
        int groups = (to - from) / LANES;
        for (int g = 0; g < groups; g += 2) {
            int pair = Math.min(2, groups - g);
            int atA = 0;
            int atB = 0;
            for (int p = 0; p < pair; p++) {
                int row0 = from + (g + p) * LANES;
                int at = (row0 - (row0 & (BLOCK - 1))) * d + (row0 & (BLOCK - 1));
                if (p == 0) {
                    atA = at;
                } else {
                    atB = at;
                }
                int out = p * slot;
                for (int t = 0; t < LANES; t++) {
                    int y = labels[row0 + t];
                    ys[t] = y;
                    rowWeights[t] = instanceWeights[row0 + t] * classWeights[y];
                }
                int c = 0;
                for (; c + 3 < classes; c += 4) {
                    scores4(x, at, d, coefficients, c * stride, stride, scores, out + c * LANES);
                }
                for (; c < classes; c++) {
                    DoubleVector z = DoubleVector.broadcast(SPECIES, coefficients[c * stride + d]);
                    for (int j = 0; j < d; j++) {
                        z = DoubleVector.fromArray(SPECIES, x, at + j * BLOCK)
                                .fma(broadcast(coefficients[c * stride + j]), z);
                    }
                    z.intoArray(scores, out + c * LANES);
                }
                DoubleVector y = DoubleVector.fromArray(SPECIES, ys, 0);
                DoubleVector s = DoubleVector.fromArray(SPECIES, rowWeights, 0);
                DoubleVector max = DoubleVector.fromArray(SPECIES, scores, out);
                for (c = 1; c < classes; c++) {
                    max = max.max(DoubleVector.fromArray(SPECIES, scores, out + c * LANES));
                }
                // loss = log(sum_c exp(z_c - max)) + max - z_y; the exponentials are kept for the residuals
                DoubleVector own = zero;
                DoubleVector sum = zero;
                for (c = 0; c < classes; c++) {
                    DoubleVector zc = DoubleVector.fromArray(SPECIES, scores, out + c * LANES);
                    if (withLoss) {
                        own = own.blend(zc, y.compare(VectorOperators.EQ, (double) c));
                    }
                    DoubleVector ec = zc.sub(max).lanewise(VectorOperators.EXP);
                    ec.intoArray(scores, out + c * LANES);
                    sum = sum.add(ec);
                }
                if (withLoss) {
                    lossSum = s.fma(max.sub(own).add(sum.lanewise(VectorOperators.LOG)), lossSum);
                }
                // residual_c = s * (p_c - [y == c])
                DoubleVector scale = s.div(sum);
                for (c = 0; c < classes; c++) {
                    int at2 = out + c * LANES;
                    VectorMask<Double> isClass = y.compare(VectorOperators.EQ, (double) c);
                    DoubleVector residual = DoubleVector.fromArray(SPECIES, scores, at2).mul(scale)
                            .sub(zero.blend(s, isClass));
                    residual.intoArray(scores, at2);
                    residual.add(DoubleVector.fromArray(SPECIES, residualSums, c * LANES))
                            .intoArray(residualSums, c * LANES);
                }
            }
            // a lone last group pairs with itself, its second residuals zero
            if (pair == 1) {
                atB = atA;
                java.util.Arrays.fill(scores, slot, 2 * slot, 0.0);
            }
            int c = 0;
            for (; c + 1 < classes; c += 2) {
                addGradient2x2(x, atA, atB, d, scores, c * LANES, slot, laneGradient, c * d * LANES);
            }
            for (; c < classes; c++) {
                DoubleVector ra = DoubleVector.fromArray(SPECIES, scores, c * LANES);
                DoubleVector rb = DoubleVector.fromArray(SPECIES, scores, slot + c * LANES);
                for (int j = 0; j < d; j++) {
                    int at = (c * d + j) * LANES;
                    DoubleVector v = DoubleVector.fromArray(SPECIES, laneGradient, at);
                    v = DoubleVector.fromArray(SPECIES, x, atA + j * BLOCK).fma(ra, v);
                    v = DoubleVector.fromArray(SPECIES, x, atB + j * BLOCK).fma(rb, v);
                    v.intoArray(laneGradient, at);
                }
            }
        }
        for (int c = 0; c < classes; c++) {
            addLanes(laneGradient, c * d * LANES, LANES, gradient, c * stride, d);
            gradient[c * stride + d] += sumLanes(DoubleVector.fromArray(SPECIES, residualSums, c * LANES), scratch);
        }
        return sumLanes(lossSum, scratch);
    }

    /**
     * The scores of four classes (coefficients from {@code w0}, {@code stride} apart) for the {@link #LANES} rows
     * whose first feature is at {@code x[at]}: four running sums that share every load, stored at
     * {@code scores[out]}, {@code LANES} apart per class.
     */
    private static void scores4(double[] x, int at, int d, double[] coefficients, int w0, int stride, double[] scores,
            int out) {
        int w1 = w0 + stride;
        int w2 = w1 + stride;
        int w3 = w2 + stride;
        DoubleVector a0 = DoubleVector.broadcast(SPECIES, coefficients[w0 + d]);
        DoubleVector a1 = DoubleVector.broadcast(SPECIES, coefficients[w1 + d]);
        DoubleVector a2 = DoubleVector.broadcast(SPECIES, coefficients[w2 + d]);
        DoubleVector a3 = DoubleVector.broadcast(SPECIES, coefficients[w3 + d]);
        for (int j = 0; j < d; j++) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, x, at + j * BLOCK);
            a0 = v.fma(DoubleVector.broadcast(SPECIES, coefficients[w0 + j]), a0);
            a1 = v.fma(DoubleVector.broadcast(SPECIES, coefficients[w1 + j]), a1);
            a2 = v.fma(DoubleVector.broadcast(SPECIES, coefficients[w2 + j]), a2);
            a3 = v.fma(DoubleVector.broadcast(SPECIES, coefficients[w3 + j]), a3);
        }
        a0.intoArray(scores, out);
        a1.intoArray(scores, out + LANES);
        a2.intoArray(scores, out + 2 * LANES);
        a3.intoArray(scores, out + 3 * LANES);
    }

    /**
     * Adds two classes' residuals times two groups' features to the classes' lane-wise gradients: group A's rows
     * start at {@code x[atA]}, B's at {@code x[atB]}; class {@code c}'s residuals are at {@code residuals[r]} (A) and
     * {@code residuals[r + slot]} (B), the next class's {@code LANES} further; the gradients start at
     * {@code laneGradient[g]}, {@code d * LANES} apart per class. Each gradient vector is read and written once for
     * both groups, each feature vector loaded once for both classes.
     */
    private static void addGradient2x2(double[] x, int atA, int atB, int d, double[] residuals, int r, int slot,
            double[] laneGradient, int g) {
        DoubleVector a0 = DoubleVector.fromArray(SPECIES, residuals, r);
        DoubleVector a1 = DoubleVector.fromArray(SPECIES, residuals, r + LANES);
        DoubleVector b0 = DoubleVector.fromArray(SPECIES, residuals, r + slot);
        DoubleVector b1 = DoubleVector.fromArray(SPECIES, residuals, r + slot + LANES);
        int classStep = d * LANES;
        for (int j = 0; j < d; j++) {
            DoubleVector xa = DoubleVector.fromArray(SPECIES, x, atA + j * BLOCK);
            DoubleVector xb = DoubleVector.fromArray(SPECIES, x, atB + j * BLOCK);
            int g0 = g + j * LANES;
            xb.fma(b0, xa.fma(a0, DoubleVector.fromArray(SPECIES, laneGradient, g0))).intoArray(laneGradient, g0);
            int g1 = g0 + classStep;
            xb.fma(b1, xa.fma(a1, DoubleVector.fromArray(SPECIES, laneGradient, g1))).intoArray(laneGradient, g1);
        }
    }

    /**
     * {@code out[offset + j] += } the {@code width} lane-wise sums of feature {@code j} (from
     * {@code laneSums[from + j * width]}), added first to last.
     */
    private static void addLanes(double[] laneSums, int from, int width, double[] out, int offset, int d) {
        if (width == 8) {
            // written out: the sums of consecutive features overlap, where the loop over lanes kept them apart
            for (int j = 0; j < d; j++) {
                int at = from + j * 8;
                double sum = laneSums[at];
                sum += laneSums[at + 1];
                sum += laneSums[at + 2];
                sum += laneSums[at + 3];
                sum += laneSums[at + 4];
                sum += laneSums[at + 5];
                sum += laneSums[at + 6];
                sum += laneSums[at + 7];
                out[offset + j] += sum;
            }
            return;
        }
        for (int j = 0; j < d; j++) {
            int at = from + j * width;
            double sum = laneSums[at];
            for (int t = 1; t < width; t++) {
                sum += laneSums[at + t];
            }
            out[offset + j] += sum;
        }
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
}
