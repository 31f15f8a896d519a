/**
 * Logistic regression trained by gradient-based optimization, written from scratch: the training configuration,
 * the trainer, the fitted model and its training report. Hosts (Weka, KNIME) normally use the tabular layer in
 * {@link io.github.gdlogistic.core.table}, which adds attribute encoding and class labels on top of this package.
 */
package io.github.gdlogistic.core;
