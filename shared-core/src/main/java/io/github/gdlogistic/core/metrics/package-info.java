/**
 * Evaluation: accuracy, confusion matrix, precision / recall / F1, log-loss, ROC AUC, and the exact threshold sweep
 * behind decision-threshold tuning.
 */
package io.github.gdlogistic.core.metrics;
