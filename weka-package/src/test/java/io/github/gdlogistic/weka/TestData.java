package io.github.gdlogistic.weka;

import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

import java.nio.file.Path;
import java.nio.file.Paths;

/** The project's datasets (top-level data/ folder), loaded with the last attribute as the class. */
final class TestData {

    private TestData() {
    }

    /** @return the data folder, from the system property the build sets */
    static Path directory() {
        String directory = System.getProperty("gdlogistic.data.dir");
        if (directory == null) {
            throw new IllegalStateException("System property gdlogistic.data.dir is not set: run the tests through "
                    + "Maven, which points it at the project's data/ folder");
        }
        return Paths.get(directory);
    }

    /**
     * @param name dataset name without .arff
     * @return the file
     */
    static Path file(String name) {
        return directory().resolve(name + ".arff");
    }

    /**
     * @param name dataset name without .arff
     * @return the instances, class attribute last
     */
    static Instances load(String name) throws Exception {
        Instances data = DataSource.read(file(name).toString());
        data.setClassIndex(data.numAttributes() - 1);
        return data;
    }
}
