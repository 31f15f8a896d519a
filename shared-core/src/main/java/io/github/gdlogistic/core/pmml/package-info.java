/**
 * Export of fitted models to PMML ({@link io.github.gdlogistic.core.pmml.PmmlWriter}), with the JDK's XML classes
 * only: a PMML 4.4 {@code RegressionModel} (Weka, JPMML) or a PMML 4.2 {@code GeneralRegressionModel} (KNIME).
 * Every decision about the document's form lives here, so that every host exports the same document.
 */
package io.github.gdlogistic.core.pmml;
