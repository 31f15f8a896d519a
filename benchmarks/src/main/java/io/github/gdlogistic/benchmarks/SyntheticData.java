package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.BlockLayout;
import io.github.gdlogistic.core.data.Dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Seeded dense benchmark data: standard normal features and labels drawn from a known logistic (2 classes) or
 * softmax (more classes) model, so the problem is not separable and has a finite unregularized optimum.
 */
public final class SyntheticData {

    private SyntheticData() {
    }

    /**
     * @param rows number of rows
     * @param features number of features
     * @param classes number of classes (2 = binary)
     * @param seed random seed
     * @return the dataset
     */
    public static Dataset generate(int rows, int features, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int outputs = classes == 2 ? 1 : classes;
        double[][] truth = new double[outputs][features];
        for (double[] weights : truth) {
            for (int j = 0; j < features; j++) {
                weights[j] = random.nextGaussian() * 1.5 / Math.sqrt(features);
            }
        }
        double[] values = new double[Math.multiplyExact(rows, features)];
        int[] labels = new int[rows];
        double[] scores = new double[outputs];
        for (int i = 0; i < rows; i++) {
            int offset = i * features;
            for (int j = 0; j < features; j++) {
                values[offset + j] = random.nextGaussian();
            }
            for (int c = 0; c < outputs; c++) {
                double z = 0;
                for (int j = 0; j < features; j++) {
                    z += truth[c][j] * values[offset + j];
                }
                scores[c] = z;
            }
            if (classes == 2) {
                labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-scores[0] - 0.25)) ? 1 : 0;
            } else {
                double max = Double.NEGATIVE_INFINITY;
                for (double score : scores) {
                    max = Math.max(max, score);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    scores[c] = Math.exp(scores[c] - max);
                    sum += scores[c];
                }
                double u = random.nextDouble() * sum;
                int label = 0;
                while (label < classes - 1 && u >= scores[label]) {
                    u -= scores[label];
                    label++;
                }
                labels[i] = label;
            }
        }
        return Dataset.fromRowMajor(values, rows, features, labels, null, classes);
    }

    /**
     * Writes the data for other tools: little-endian int32 rows, features, classes; then the float64 values
     * row-major; then the int32 labels.
     *
     * @param data the dataset
     * @param file target file
     * @throws IOException when writing fails
     */
    public static void writeBinary(Dataset data, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(data.rows()).putInt(data.features()).putInt(data.numClasses());
            out.write(header.array());
            double[] values = BlockLayout.toRowMajor(data.valuesUnsafe(), data.rows(), data.features());
            ByteBuffer chunk = ByteBuffer.allocate(8 * 8192).order(ByteOrder.LITTLE_ENDIAN);
            for (int start = 0; start < values.length; start += 8192) {
                chunk.clear();
                int end = Math.min(values.length, start + 8192);
                for (int k = start; k < end; k++) {
                    chunk.putDouble(values[k]);
                }
                out.write(chunk.array(), 0, chunk.position());
            }
            ByteBuffer labels = ByteBuffer.allocate(4 * data.rows()).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < data.rows(); i++) {
                labels.putInt(data.label(i));
            }
            out.write(labels.array());
        }
    }

}
