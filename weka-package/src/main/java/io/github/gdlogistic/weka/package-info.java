/**
 * Translation between Weka and the shared core for {@link weka.classifiers.functions.GradientDescentLogistic}:
 * {@code Instances} to the core's raw tables and rows, Weka's {@code SelectedTag} options to the core's option enums,
 * command-line options with errors that name the option and the value, and the core's training progress to Weka's
 * debug output. Nothing here decides how a model is trained or predicts: that is the core's job.
 */
package io.github.gdlogistic.weka;
