/**
 * The layer both hosts use: attribute descriptions and raw rows in, a fitted {@link
 * io.github.gdlogistic.core.table.TabularModel} out. Every decision about encoding lives here, once: nominal
 * attributes are dummy coded (one indicator per value but the first), missing values are imputed with the training mean (numeric) or mode (nominal),
 * class values are mapped to indices, so that Weka and KNIME train and predict identically.
 */
package io.github.gdlogistic.core.table;
