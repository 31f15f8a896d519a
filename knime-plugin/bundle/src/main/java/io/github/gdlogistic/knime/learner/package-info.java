/** The GD Logistic Regression Learner node: factory, dialog, settings and the thin node model. */
package io.github.gdlogistic.knime.learner;
