/**
 * The KNIME adapter's logic in plain Java, free of KNIME types so that it is unit-tested without KNIME: settings to
 * core configuration, raw row collection and encoding, input validation messages, output column names, the content
 * of the coefficient and training tables, model (de)serialization and progress mapping. The node classes only move
 * values between KNIME's types and these classes; every modelling decision stays in the shared core.
 */
package io.github.gdlogistic.knime.adapter;
