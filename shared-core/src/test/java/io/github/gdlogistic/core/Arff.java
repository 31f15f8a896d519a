package io.github.gdlogistic.core;

import io.github.gdlogistic.core.data.Dataset;
import io.github.gdlogistic.core.table.AttributeSpec;
import io.github.gdlogistic.core.table.RawTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads the small dense ARFF files under src/test/resources/data (last attribute = class). */
public final class Arff {

    private Arff() {
    }

    /**
     * @param name file name under data/
     * @return the rows as a raw table
     */
    public static RawTable table(String name) {
        try (InputStream in = Arff.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test dataset " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<AttributeSpec> attributes = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            boolean data = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("%")) {
                    continue;
                }
                String lower = line.toLowerCase();
                if (data) {
                    rows.add(split(line));
                } else if (lower.startsWith("@attribute")) {
                    String rest = line.substring("@attribute".length()).trim();
                    String attributeName;
                    if (rest.startsWith("'")) {
                        int end = rest.indexOf('\'', 1);
                        attributeName = rest.substring(1, end);
                        rest = rest.substring(end + 1).trim();
                    } else {
                        int end = rest.indexOf(' ');
                        attributeName = rest.substring(0, end);
                        rest = rest.substring(end + 1).trim();
                    }
                    if (rest.startsWith("{")) {
                        attributes.add(AttributeSpec.nominal(attributeName,
                                split(rest.substring(1, rest.lastIndexOf('}')))));
                    } else {
                        attributes.add(AttributeSpec.numeric(attributeName));
                    }
                } else if (lower.startsWith("@data")) {
                    data = true;
                }
            }
            AttributeSpec classAttribute = attributes.remove(attributes.size() - 1);
            RawTable.Builder builder = RawTable.builder(attributes, classAttribute.values());
            for (List<String> row : rows) {
                double[] raw = new double[attributes.size()];
                for (int a = 0; a < attributes.size(); a++) {
                    String cell = row.get(a);
                    AttributeSpec attribute = attributes.get(a);
                    raw[a] = cell.equals("?") ? Double.NaN
                            : attribute.isNominal() ? attribute.values().indexOf(cell) : Double.parseDouble(cell);
                }
                String label = row.get(attributes.size());
                builder.addRow(raw, label.equals("?") ? -1 : classAttribute.values().indexOf(label), 1.0);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a file of numeric attributes only
     * @return the dense dataset
     */
    public static Dataset numeric(String name) {
        RawTable table = table(name);
        int d = table.attributes().size();
        double[] values = new double[table.rows() * d];
        int[] labels = new int[table.rows()];
        for (int i = 0; i < table.rows(); i++) {
            for (int j = 0; j < d; j++) {
                values[i * d + j] = table.value(i, j);
            }
            labels[i] = table.classIndex(i);
        }
        return Dataset.fromRowMajor(values, table.rows(), d, labels, null, table.classValues().size());
    }

    /**
     * @param data a dataset
     * @return the same rows standardized with population standard deviation (as scikit-learn's StandardScaler)
     */
    public static Dataset standardized(Dataset data) {
        int n = data.rows();
        int d = data.features();
        double[] values = new double[n * d];
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += data.value(i, j);
            }
            mean /= n;
            double variance = 0;
            for (int i = 0; i < n; i++) {
                variance += (data.value(i, j) - mean) * (data.value(i, j) - mean);
            }
            double sd = Math.sqrt(variance / n);
            for (int i = 0; i < n; i++) {
                values[i * d + j] = sd > 0 ? (data.value(i, j) - mean) / sd : 0;
            }
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = data.label(i);
        }
        return Dataset.fromRowMajor(values, n, d, labels, null, data.numClasses());
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",")) {
            cell = cell.trim();
            if (cell.length() >= 2 && (cell.startsWith("'") || cell.startsWith("\""))) {
                cell = cell.substring(1, cell.length() - 1);
            }
            cells.add(cell);
        }
        return cells;
    }
}
