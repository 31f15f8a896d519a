package io.github.gdlogistic.benchmarks;

import io.github.gdlogistic.core.data.Dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** scikit-learn's LogisticRegression, run by {@code sklearn_fit.py} in a Python process, when installed. */
final class ScikitLearnPeer {

    /** What the Python side reported. */
    static final class Result {
        final String version;
        final double seconds;
        final double loss;
        final int iterations;
        /** Mean log-loss plus the lambda penalty the fit was asked for. */
        final double objective;
        /** The BLAS numpy runs on, as threadpoolctl reports it. */
        final String blas;

        Result(String version, double seconds, double loss, int iterations, double objective, String blas) {
            this.version = version;
            this.seconds = seconds;
            this.loss = loss;
            this.iterations = iterations;
            this.objective = objective;
            this.blas = blas;
        }
    }

    private final String python;
    private final Path script;

    private ScikitLearnPeer(String python, Path script) {
        this.python = python;
        this.script = script;
    }

    /**
     * @param script path of sklearn_fit.py
     * @return the peer, or empty when no Python with scikit-learn is found
     */
    static Optional<ScikitLearnPeer> find(Path script) {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process process = new ProcessBuilder(candidate, "-c", "import sklearn, scipy, numpy")
                        .redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return Optional.of(new ScikitLearnPeer(candidate, script));
                }
            } catch (IOException e) {
                // try the next candidate
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * @param data the data
     * @param work a scratch directory
     * @param repeats fits to time
     * @return the median fit time and final loss
     * @throws IOException when the process fails
     * @throws InterruptedException when interrupted
     */
    Result fit(Dataset data, Path work, int repeats) throws IOException, InterruptedException {
        return fit(data, work, repeats, 0);
    }

    /**
     * @param data the data
     * @param work a scratch directory
     * @param repeats fits to time
     * @param lambda the L2 penalty of our objective ({@code C = 1 / (lambda n)}), 0 for none
     * @return the median fit time, final loss and objective
     * @throws IOException when the process fails
     * @throws InterruptedException when interrupted
     */
    Result fit(Dataset data, Path work, int repeats, double lambda) throws IOException, InterruptedException {
        Path file = work.resolve("data-" + data.rows() + "x" + data.features() + "-" + data.numClasses() + ".bin");
        SyntheticData.writeBinary(data, file);
        try {
            Process process = new ProcessBuilder(python, script.toString(), file.toString(), String.valueOf(repeats),
                    String.valueOf(lambda)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("scikit-learn run failed: " + output);
            }
            String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IOException("no result from scikit-learn: " + output));
            return new Result(text(json, "version"), number(json, "seconds"), number(json, "loss"),
                    (int) number(json, "iterations"), number(json, "objective"), text(json, "blas"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": ([-0-9.eE+]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in " + json);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String text(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : "?";
    }
}
