/**
 * The model port: the port object carrying a fitted GD logistic regression model between learner and predictor,
 * and its spec, both registered at KNIME's {@code org.knime.core.PortType} extension point.
 */
package io.github.gdlogistic.knime.port;
