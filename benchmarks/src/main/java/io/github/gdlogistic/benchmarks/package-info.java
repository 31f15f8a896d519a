/**
 * Benchmarks: JMH measurements of one fused loss-and-gradient pass and of fit times, and a side-by-side comparison
 * with Weka's Logistic and SGD (in this JVM) and scikit-learn (in a Python process) on the same generated data.
 */
package io.github.gdlogistic.benchmarks;
