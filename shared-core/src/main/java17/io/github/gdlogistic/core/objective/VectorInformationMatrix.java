package io.github.gdlogistic.core.objective;

import io.github.gdlogistic.core.data.BlockLayout;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The information matrix ({@link InformationMatrix}) on the vector API, lanes holding rows. The rows are taken in
 * chunks of {@link #CHUNK} blocks. For each block the rows' scores are computed lane-wise in the scalar loop's order
 * (multiply, then add, feature after feature), so each row's weight {@code v = s p (1 - p)} is the scalar loop's,
 * bit for bit ({@link InformationMatrix#rowVariance}, with {@link Math#exp}, which rounds the same before and after
 * the JIT compiles it). The chunk's columns (the intercept's column of ones after the features, zero columns up to a
 * whole tile) are copied, and multiplied by the rows' weights ({@code u_j = v x_j}), into buffers that stay in the
 * caches. The matrix is cut into tiles of {@link #TILE} x {@link #TILE} elements; for each tile on or below the
 * diagonal, sixteen vector accumulators (one per element, lane {@code t} summing the rows in lane {@code t}) run over
 * the chunk's rows with fused multiply-adds {@code acc_jk += u_j x_k}: eight loads per sixteen multiply-adds, and no
 * sums across lanes. The accumulators live in a lane-wise copy of the tiles between chunks; once the range is done,
 * each element's lanes are added first to last. The order of every sum is fixed by the range and the register
 * width, so the result depends neither on the threads nor on the JIT.
 */
final class VectorInformationMatrix {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_MAX;
    private static final int LANES = SPECIES.length();
    private static final int BLOCK = BlockLayout.BLOCK_ROWS;

    /**
     * Matrix rows (and columns) per tile: 16 accumulators and 4 + 1 operands, 21 of AVX-512's 32 vector registers
     * (with AVX2's 16 some spill; with {@code -XX:UseAVX=2} the loop was still about twice as fast as the scalar one).
     */
    private static final int TILE = 4;

    /** Blocks of rows per chunk: with 52 columns, the chunk's two buffers take 106 kB. */
    private static final int CHUNK = 16;

    /** Values per buffered column: a chunk's rows. */
    private static final int STRIDE = CHUNK * BLOCK;

    private static final DoubleVector ZERO = DoubleVector.zero(SPECIES);
    private static final DoubleVector ONE = DoubleVector.broadcast(SPECIES, 1.0);

    private VectorInformationMatrix() {
    }

    /** As {@link InformationMatrix#add}. */
    static void add(double[] x, int d, int[] labels, double[] instanceWeights, double[] classWeights,
            double[] coefficients, double intercept, int from, int to, double[] lower) {
        if (from >= to) {
            return;
        }
        int m = d + 1;
        int tiles = (m + TILE - 1) / TILE;
        int width = tiles * TILE;
        int tileSize = TILE * TILE * LANES;
        double[] laneSums = new double[tiles * (tiles + 1) / 2 * tileSize];
        double[] columns = new double[width * STRIDE];
        double[] weighted = new double[width * STRIDE];
        double[] blockWeights = new double[BLOCK];
        double[] scores = new double[BLOCK];
        for (int chunk = from - (from & (BLOCK - 1)); chunk < to; chunk += STRIDE) {
            int blocks = Math.min(CHUNK, (to - chunk + BLOCK - 1) / BLOCK);
            for (int b = 0; b < blocks; b++) {
                int row0 = chunk + b * BLOCK;
                scores(x, d, row0, coefficients, intercept, scores);
                for (int r = 0; r < BLOCK; r++) {
                    int i = row0 + r;
                    double s = i >= from && i < to ? instanceWeights[i] * classWeights[labels[i]] : 0;
                    blockWeights[r] = InformationMatrix.rowVariance(s, scores[r]);
                }
                copyBlock(x, d, row0, blockWeights, width, b * BLOCK, columns, weighted);
            }
            int rows = blocks * BLOCK;
            int at = 0;
            for (int jt = 0; jt < tiles; jt++) {
                for (int kt = 0; kt <= jt; kt++, at += tileSize) {
                    addTile(weighted, jt * TILE * STRIDE, columns, kt * TILE * STRIDE, rows, laneSums, at);
                }
            }
        }
        int at = 0;
        for (int jt = 0; jt < tiles; jt++) {
            for (int kt = 0; kt <= jt; kt++, at += tileSize) {
                for (int a = 0; a < TILE; a++) {
                    int j = jt * TILE + a;
                    for (int c = 0; c < TILE; c++) {
                        int k = kt * TILE + c;
                        if (j < m && k <= j) {
                            lower[j * (j + 1) / 2 + k] += sumLanes(laneSums, at + (a * TILE + c) * LANES);
                        }
                    }
                }
            }
        }
    }

    /**
     * The scores of the block of rows starting at {@code row0}, into {@code scores}: per lane the intercept plus each
     * feature's product in feature order, multiplied and added separately as the scalar loop does.
     */
    private static void scores(double[] x, int d, int row0, double[] coefficients, double intercept,
            double[] scores) {
        int base = row0 * d;
        for (int h = 0; h < BLOCK; h += LANES) {
            DoubleVector z = DoubleVector.broadcast(SPECIES, intercept);
            for (int j = 0; j < d; j++) {
                z = z.add(DoubleVector.fromArray(SPECIES, x, base + j * BLOCK + h).mul(coefficients[j]));
            }
            z.intoArray(scores, h);
        }
    }

    /**
     * Copies the block of rows starting at {@code row0} into the chunk's buffers at {@code offset} of each column:
     * its features, the intercept's ones and zero columns up to {@code width} into {@code columns}, the same times
     * the rows' weights into {@code weighted}.
     */
    private static void copyBlock(double[] x, int d, int row0, double[] blockWeights, int width, int offset,
            double[] columns, double[] weighted) {
        int base = row0 * d;
        for (int h = 0; h < BLOCK; h += LANES) {
            DoubleVector v = DoubleVector.fromArray(SPECIES, blockWeights, h);
            int to = offset + h;
            for (int j = 0; j < d; j++, to += STRIDE) {
                DoubleVector column = DoubleVector.fromArray(SPECIES, x, base + j * BLOCK + h);
                column.intoArray(columns, to);
                column.mul(v).intoArray(weighted, to);
            }
            ONE.intoArray(columns, to);
            v.intoArray(weighted, to);
            for (int j = d + 1; j < width; j++) {
                to += STRIDE;
                ZERO.intoArray(columns, to);
                ZERO.intoArray(weighted, to);
            }
        }
    }

    /**
     * Adds one tile over the chunk's {@code rows}: rows {@code j0..j0+3} of the matrix from the weighted columns
     * starting at {@code weighted[u]}, its columns {@code k0..k0+3} from the columns starting at {@code columns[c]},
     * to the tile's sixteen lane-wise sums at {@code laneSums[at]} (element {@code (a, c)} at
     * {@code at + (4 a + c) LANES}).
     */
    private static void addTile(double[] weighted, int u, double[] columns, int c, int rows, double[] laneSums,
            int at) {
        DoubleVector s00 = DoubleVector.fromArray(SPECIES, laneSums, at);
        DoubleVector s01 = DoubleVector.fromArray(SPECIES, laneSums, at + LANES);
        DoubleVector s02 = DoubleVector.fromArray(SPECIES, laneSums, at + 2 * LANES);
        DoubleVector s03 = DoubleVector.fromArray(SPECIES, laneSums, at + 3 * LANES);
        DoubleVector s10 = DoubleVector.fromArray(SPECIES, laneSums, at + 4 * LANES);
        DoubleVector s11 = DoubleVector.fromArray(SPECIES, laneSums, at + 5 * LANES);
        DoubleVector s12 = DoubleVector.fromArray(SPECIES, laneSums, at + 6 * LANES);
        DoubleVector s13 = DoubleVector.fromArray(SPECIES, laneSums, at + 7 * LANES);
        DoubleVector s20 = DoubleVector.fromArray(SPECIES, laneSums, at + 8 * LANES);
        DoubleVector s21 = DoubleVector.fromArray(SPECIES, laneSums, at + 9 * LANES);
        DoubleVector s22 = DoubleVector.fromArray(SPECIES, laneSums, at + 10 * LANES);
        DoubleVector s23 = DoubleVector.fromArray(SPECIES, laneSums, at + 11 * LANES);
        DoubleVector s30 = DoubleVector.fromArray(SPECIES, laneSums, at + 12 * LANES);
        DoubleVector s31 = DoubleVector.fromArray(SPECIES, laneSums, at + 13 * LANES);
        DoubleVector s32 = DoubleVector.fromArray(SPECIES, laneSums, at + 14 * LANES);
        DoubleVector s33 = DoubleVector.fromArray(SPECIES, laneSums, at + 15 * LANES);
        for (int o = 0; o < rows; o += LANES) {
            DoubleVector x0 = DoubleVector.fromArray(SPECIES, columns, c + o);
            DoubleVector x1 = DoubleVector.fromArray(SPECIES, columns, c + STRIDE + o);
            DoubleVector x2 = DoubleVector.fromArray(SPECIES, columns, c + 2 * STRIDE + o);
            DoubleVector x3 = DoubleVector.fromArray(SPECIES, columns, c + 3 * STRIDE + o);
            DoubleVector u0 = DoubleVector.fromArray(SPECIES, weighted, u + o);
            s00 = u0.fma(x0, s00);
            s01 = u0.fma(x1, s01);
            s02 = u0.fma(x2, s02);
            s03 = u0.fma(x3, s03);
            DoubleVector u1 = DoubleVector.fromArray(SPECIES, weighted, u + STRIDE + o);
            s10 = u1.fma(x0, s10);
            s11 = u1.fma(x1, s11);
            s12 = u1.fma(x2, s12);
            s13 = u1.fma(x3, s13);
            DoubleVector u2 = DoubleVector.fromArray(SPECIES, weighted, u + 2 * STRIDE + o);
            s20 = u2.fma(x0, s20);
            s21 = u2.fma(x1, s21);
            s22 = u2.fma(x2, s22);
            s23 = u2.fma(x3, s23);
            DoubleVector u3 = DoubleVector.fromArray(SPECIES, weighted, u + 3 * STRIDE + o);
            s30 = u3.fma(x0, s30);
            s31 = u3.fma(x1, s31);
            s32 = u3.fma(x2, s32);
            s33 = u3.fma(x3, s33);
        }
        s00.intoArray(laneSums, at);
        s01.intoArray(laneSums, at + LANES);
        s02.intoArray(laneSums, at + 2 * LANES);
        s03.intoArray(laneSums, at + 3 * LANES);
        s10.intoArray(laneSums, at + 4 * LANES);
        s11.intoArray(laneSums, at + 5 * LANES);
        s12.intoArray(laneSums, at + 6 * LANES);
        s13.intoArray(laneSums, at + 7 * LANES);
        s20.intoArray(laneSums, at + 8 * LANES);
        s21.intoArray(laneSums, at + 9 * LANES);
        s22.intoArray(laneSums, at + 10 * LANES);
        s23.intoArray(laneSums, at + 11 * LANES);
        s30.intoArray(laneSums, at + 12 * LANES);
        s31.intoArray(laneSums, at + 13 * LANES);
        s32.intoArray(laneSums, at + 14 * LANES);
        s33.intoArray(laneSums, at + 15 * LANES);
    }

    /** @return the {@link #LANES} values from {@code values[at]} added first to last */
    private static double sumLanes(double[] values, int at) {
        double sum = values[at];
        for (int t = 1; t < LANES; t++) {
            sum += values[at + t];
        }
        return sum;
    }
}
