/**
 * Tests of the Weka adapter: Weka's own conformance checks run in fresh JVMs, option and capability behaviour,
 * consistency of batch and single predictions, instance weights, accuracy against Weka's {@code Logistic}, and the
 * package zip installed, run and uninstalled through Weka's real package manager.
 */
package io.github.gdlogistic.weka;
