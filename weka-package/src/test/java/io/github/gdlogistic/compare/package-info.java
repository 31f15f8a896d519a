/**
 * The programs behind {@code ./compare}: a Weka Experiment of GradientDescentLogistic against Weka's Logistic, SGD
 * and SimpleLogistic with Weka's paired corrected t-test tables, and the pictures of a learning curve and of
 * threshold tuning. Test scope: they are not part of the Weka package; the build puts them in a jar of their own.
 */
package io.github.gdlogistic.compare;
