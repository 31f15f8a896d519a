/**
 * Weka's package of function-based classifiers ({@code Logistic}, {@code SGD}, {@code SimpleLogistic}, ...). The
 * gradientDescentLogistic Weka package adds {@link weka.classifiers.functions.GradientDescentLogistic} here, so that the
 * Explorer, the Experimenter and the KnowledgeFlow list it next to them without extra configuration.
 */
package weka.classifiers.functions;
