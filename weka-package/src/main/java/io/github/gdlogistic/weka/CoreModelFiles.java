package io.github.gdlogistic.weka;

import io.github.gdlogistic.core.table.ModelFiles;
import io.github.gdlogistic.core.table.TabularModel;

import weka.classifiers.functions.GradientDescentLogistic;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Lets Weka's command line use a core model file (one written by the core's {@code ModelFiles.save}, e.g. from a
 * program or a KNIME workflow) where it expects a Weka model file.
 *
 * <p>Weka's {@code -l} reads a serialized {@code Classifier} (and optionally the training header). Weka's
 * deserializer finds the classes of a package's {@code lib/} jars (where the core lives) only after it has met a
 * class of the package's own jar in the same file; a core model file starts with the core's {@code TabularModel}, so
 * Weka stops with "Unable to find class io.github.gdlogistic.core.table.TabularModel" (and the object would not be a
 * {@code Classifier} anyway). {@link #convertForWeka} recognizes such a file, pairs the model with the header of the
 * data it is to be used on (the test or training file of the same command), checks that the attributes match, and
 * writes a Weka model file (the classifier and the header, as {@code -d} writes them) that {@code -l} reads.
 */
public final class CoreModelFiles {

    private CoreModelFiles() {
    }

    /**
     * @param file a file
     * @return the core model in it, when it is a core model file; empty for any other file (a Weka model file, a
     *         missing file)
     * @throws IOException naming the file when it is a core model file that is damaged
     */
    public static Optional<TabularModel> readIfCoreModel(Path file) throws IOException {
        if (!Files.isRegularFile(file) || !ModelFiles.isModelFile(file)) {
            return Optional.empty();
        }
        return Optional.of(ModelFiles.load(file));
    }

    /**
     * When Weka's evaluation options load a core model file with {@code -l}, converts it into a temporary Weka model
     * file and returns the options with {@code -l} pointing there; other options are returned unchanged.
     *
     * @param options Weka's evaluation options and the classifier's options (not modified)
     * @param notes where to say what was done
     * @return the options to run, and the temporary file to delete afterwards (if any)
     * @throws Exception naming the file and the problem when the core model cannot be used with the data given
     */
    public static Conversion convertForWeka(String[] options, java.io.PrintStream notes) throws Exception {
        String[] copy = options.clone();
        String modelFile = Utils.getOption('l', copy);
        if (modelFile.isEmpty()) {
            return new Conversion(options, null);
        }
        Optional<TabularModel> core = readIfCoreModel(Paths.get(modelFile));
        if (!core.isPresent()) {
            return new Conversion(options, null);
        }
        String testFile = Utils.getOption('T', options.clone());
        String dataFile = testFile.isEmpty() ? Utils.getOption('t', options.clone()) : testFile;
        if (dataFile.isEmpty()) {
            throw new IllegalArgumentException("'" + modelFile + "' is a core model file of GD logistic regression "
                    + "(written by ModelFiles.save), not a Weka model file; to use it in Weka, give the data to "
                    + "predict with -T <file> (its attributes must be the model's: " + core.get().attributes()
                    + ", class values " + core.get().classValues() + ")");
        }
        Instances header = new DataSource(dataFile).getStructure();
        String classIndex = Utils.getOption('c', options.clone());
        setClassIndex(header, classIndex, dataFile);
        GradientDescentLogistic classifier = GradientDescentLogistic.fromCoreModel(core.get(), header, modelFile);
        File converted = File.createTempFile("gd-logistic-core-model", ".model");
        converted.deleteOnExit();
        SerializationHelper.writeAll(converted.getPath(), new Object[] {classifier, header});
        notes.println("'" + modelFile + "' is a core model file of GD logistic regression, not a Weka model file: "
                + "using it with the attributes of '" + dataFile + "' (add -d <file> to save it as a Weka model "
                + "file that the Explorer can load).");
        String[] result = options.clone();
        for (int i = 0; i < result.length - 1; i++) {
            if (result[i].equals("-l")) {
                result[i + 1] = converted.getPath();
            }
        }
        return new Conversion(result, converted.toPath());
    }

    private static void setClassIndex(Instances header, String classIndex, String dataFile) {
        if (classIndex.isEmpty() || classIndex.equals("last")) {
            header.setClassIndex(header.numAttributes() - 1);
        } else if (classIndex.equals("first")) {
            header.setClassIndex(0);
        } else {
            int index;
            try {
                index = Integer.parseInt(classIndex.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Class index (-c): '" + classIndex + "' is not first, last or "
                        + "a number from 1 to " + header.numAttributes() + " (attributes of '" + dataFile + "')", e);
            }
            if (index < 1 || index > header.numAttributes()) {
                throw new IllegalArgumentException("Class index (-c): " + index + " is not from 1 to "
                        + header.numAttributes() + " (attributes of '" + dataFile + "')");
            }
            header.setClassIndex(index - 1);
        }
    }

    /** The options to run and the temporary Weka model file made for them, if any. */
    public static final class Conversion {
        private final String[] options;
        private final Path temporaryFile;

        Conversion(String[] options, Path temporaryFile) {
            this.options = options;
            this.temporaryFile = temporaryFile;
        }

        /** @return the options to give to Weka's evaluation */
        public String[] options() {
            return options.clone();
        }

        /**
         * Deletes the temporary Weka model file, if one was made.
         *
         * @throws IOException when it cannot be deleted
         */
        public void deleteTemporaryFile() throws IOException {
            if (temporaryFile != null) {
                Files.deleteIfExists(temporaryFile);
            }
        }
    }
}
