/** The GD Logistic Regression Predictor node: factory, dialog, settings and the thin node model. */
package io.github.gdlogistic.knime.predictor;
