package io.github.gdlogistic.weka;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;
import weka.core.SerializationHelper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes the PMML document of a saved {@link GradientDescentLogistic} model file: one written by Weka's command line
 * ({@code -d model.model}) or by the Explorer's "Save model" (which adds the training header).
 *
 * <pre>
 * java -cp "weka.jar:&lt;package folder&gt;/gradientDescentLogistic.jar:&lt;package folder&gt;/lib/*" \
 *     io.github.gdlogistic.weka.PmmlExport model.model [model.pmml]
 * </pre>
 * Without an output file the document goes to standard output. The exit status is 0 on success, 1 on an error
 * (the message goes to standard error) and 2 for wrong arguments (the usage goes to standard error).
 */
public final class PmmlExport {

    /** The usage text. */
    public static final String USAGE = "Usage: java -cp <weka.jar, the package jar and its lib/*> "
            + PmmlExport.class.getName() + " <model file> [<PMML file>]\n"
            + "Writes the PMML 4.4 document of a GradientDescentLogistic model saved by Weka (-d on the command line "
            + "or Save model in the Explorer); without a PMML file, to standard output.";

    private PmmlExport() {
    }

    /**
     * @param arguments the model file and, optionally, the PMML file to write
     */
    public static void main(String[] arguments) {
        int status = run(arguments, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The command without exiting the JVM.
     *
     * @param arguments the model file and, optionally, the PMML file to write
     * @param out where the document goes without a PMML file
     * @param err where messages go
     * @return the exit status: 0 success, 1 error, 2 wrong arguments
     */
    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        if (arguments.length < 1 || arguments.length > 2 || arguments[0].startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        try {
            String document = toPmml(Paths.get(arguments[0]));
            if (arguments.length == 2) {
                Files.write(Paths.get(arguments[1]), document.getBytes(StandardCharsets.UTF_8));
            } else {
                out.print(document);
                out.flush();
            }
            return 0;
        } catch (Exception e) {
            err.println("Could not export '" + arguments[0] + "' to PMML: " + e.getMessage());
            return 1;
        }
    }

    /**
     * @param modelFile a model file saved by Weka
     * @return its PMML document
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when the file holds something other than a trained
     *         {@link GradientDescentLogistic}
     */
    public static String toPmml(Path modelFile) throws IOException {
        if (!Files.isRegularFile(modelFile)) {
            throw new IOException("no such file: " + modelFile);
        }
        Object[] objects;
        try {
            objects = SerializationHelper.readAll(modelFile.toString());
        } catch (Exception e) {
            throw new IOException("not a Weka model file (" + e + ")", e);
        }
        if (objects.length == 0 || !(objects[0] instanceof GradientDescentLogistic)) {
            throw new IllegalArgumentException("the file holds "
                    + (objects.length == 0 ? "nothing" : "a " + objects[0].getClass().getName())
                    + "; expected a " + GradientDescentLogistic.class.getName() + " model");
        }
        GradientDescentLogistic classifier = (GradientDescentLogistic) objects[0];
        Instances header = objects.length > 1 && objects[1] instanceof Instances ? (Instances) objects[1] : null;
        try {
            classifier.fittedModel();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("the saved classifier is not trained", e);
        }
        return classifier.toPMML(header);
    }
}
