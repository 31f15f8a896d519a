package io.github.gdlogistic.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;

/** The command-line options of the comparisons: {@code --quick}, {@code --out DIR}, {@code --script PATH}, and flags. */
final class ComparisonOptions {

    boolean quick;
    Path out = Paths.get("benchmark-output");
    Path script = Paths.get("benchmarks/src/main/python/sklearn_fit.py");
    /** Lower-case parts of tool names to keep ({@code --only a,b}), or {@code null} for all tools. */
    java.util.List<String> only;
    /** The extra flags given, among those allowed. */
    final Set<String> flags = new java.util.HashSet<>();

    /**
     * @param tool a tool's name
     * @return whether {@code --only} keeps it
     */
    boolean keeps(String tool) {
        return only == null || only.stream().anyMatch(part -> tool.toLowerCase(java.util.Locale.ROOT).contains(part));
    }

    /**
     * @param args the arguments
     * @param extraFlags flags allowed besides the common options
     * @return the options; the output directory exists
     * @throws IOException when the output directory cannot be made
     */
    static ComparisonOptions parse(String[] args, String... extraFlags) throws IOException {
        ComparisonOptions options = new ComparisonOptions();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                options.quick = true;
            } else if (args[i].equals("--out") && i + 1 < args.length) {
                options.out = Paths.get(args[++i]);
            } else if (args[i].equals("--script") && i + 1 < args.length) {
                options.script = Paths.get(args[++i]);
            } else if (args[i].equals("--only") && i + 1 < args.length) {
                options.only = java.util.List.of(args[++i].toLowerCase(java.util.Locale.ROOT).split(","));
            } else if (Set.of(extraFlags).contains(args[i])) {
                options.flags.add(args[i]);
            } else {
                throw new IllegalArgumentException("Unknown argument '" + args[i] + "'; expected --quick, --out DIR, "
                        + "--script PATH, --only NAME,NAME" + (extraFlags.length > 0 ? " or " + String.join(", ", extraFlags) : ""));
            }
        }
        Files.createDirectories(options.out);
        return options;
    }
}
