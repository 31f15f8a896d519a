package io.github.gdlogistic.weka;

/**
 * Prints the classifiers Weka's GUIs offer (the GenericObjectEditor's list, built by GenericPropertiesCreator after
 * the installed packages are loaded), one per line: run in a fresh JVM by {@link IncrementalPackageIT}.
 */
public final class ListedClassifiers {

    private ListedClassifiers() {
    }

    /**
     * @param args none
     */
    public static void main(String[] args) {
        weka.core.WekaPackageManager.loadPackages(false);
        String listed = weka.gui.GenericPropertiesCreator.getGlobalOutputProperties()
                .getProperty("weka.classifiers.Classifier", "");
        for (String name : listed.split(",")) {
            System.out.println(name.trim());
        }
    }
}
