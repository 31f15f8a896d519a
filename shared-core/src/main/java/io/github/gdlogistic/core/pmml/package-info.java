/**
 * Export of fitted models to PMML 4.4 ({@link io.github.gdlogistic.core.pmml.PmmlWriter}), with the JDK's XML
 * classes only. Every decision about the document's form lives here, so that every host exports the same document.
 */
package io.github.gdlogistic.core.pmml;
