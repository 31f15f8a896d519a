package io.github.gdlogistic.weka;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a Weka command in a fresh JVM, as a user would from a shell: Weka's jars (the file Maven writes with the
 * provided-scope classpath, jars only), optionally more classpath entries, a {@code WEKA_HOME} of the test's own,
 * headless and offline.
 */
final class WekaProcess {

    /** The outcome of one run. */
    static final class Result {
        final int exitCode;
        final String output;
        final String errors;

        Result(int exitCode, String output, String errors) {
            this.exitCode = exitCode;
            this.output = output;
            this.errors = errors;
        }

        /** @return the output as lines */
        List<String> lines() {
            return Arrays.asList(output.split("\\R"));
        }

        @Override
        public String toString() {
            return "exit code " + exitCode + ", output:\n" + output + "\nerror output:\n" + errors;
        }
    }

    private static final long TIMEOUT_SECONDS = 180;

    private WekaProcess() {
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    /** @return Weka's jars, read from the file named by the system property the build sets */
    static List<String> wekaClasspath() throws IOException {
        String file = System.getProperty("gdlogistic.weka.classpath.file");
        if (file == null) {
            throw new IllegalStateException("System property gdlogistic.weka.classpath.file is not set: run the tests "
                    + "through Maven, which writes Weka's classpath to target/weka-classpath.txt");
        }
        String text = new String(Files.readAllBytes(Paths.get(file)), StandardCharsets.UTF_8).trim();
        // Jars only: a .pom entry on the classpath breaks Weka's class discovery.
        return Arrays.stream(text.split(File.pathSeparator)).filter(entry -> entry.endsWith(".jar"))
                .collect(Collectors.toList());
    }

    /** @return where the class was loaded from (a jar or a classes folder) */
    static String locationOf(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot locate " + type.getName(), e);
        }
    }

    /**
     * @param wekaHome the WEKA_HOME for the child JVM
     * @param extraClasspath entries after Weka's jars (e.g. our classes when not installed as a package)
     * @param jvmOptions options before the main class
     * @param mainClassAndArguments the main class and its arguments
     * @return exit code, standard output and error output
     */
    static Result run(Path wekaHome, List<String> extraClasspath, List<String> jvmOptions,
            String... mainClassAndArguments) throws IOException, InterruptedException {
        return run(wekaHome, extraClasspath, jvmOptions, java.util.Map.of(), mainClassAndArguments);
    }

    /**
     * As {@link #run(Path, List, List, String...)}, with environment variables for the process.
     *
     * @param wekaHome the WEKA_HOME of the process
     * @param extraClasspath entries after Weka's
     * @param jvmOptions JVM options
     * @param environment environment variables to set
     * @param mainClassAndArguments the main class and its arguments
     * @return exit code, standard output and error output
     */
    static Result run(Path wekaHome, List<String> extraClasspath, List<String> jvmOptions,
            java.util.Map<String, String> environment, String... mainClassAndArguments)
            throws IOException, InterruptedException {
        List<String> classpath = new ArrayList<>(wekaClasspath());
        classpath.addAll(extraClasspath);
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-Dweka.packageManager.offline=true");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.addAll(Arrays.asList(mainClassAndArguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("WEKA_HOME", wekaHome.toString());
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path output = Files.createTempFile("weka-process", ".out");
        Path errors = Files.createTempFile("weka-process", ".err");
        builder.redirectOutput(output.toFile());
        builder.redirectError(errors.toFile());
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + TIMEOUT_SECONDS + " s: " + command + "\n"
                        + read(output) + "\n" + read(errors));
            }
            return new Result(process.exitValue(), read(output), read(errors));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}
