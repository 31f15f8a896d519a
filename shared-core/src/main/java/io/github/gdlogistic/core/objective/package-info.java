/**
 * The function being minimized: the weighted mean negative log-likelihood of the logistic (binary) or softmax
 * (multinomial) model plus the smooth L2 part of the penalty, with value and gradient computed in one fused pass over
 * the rows; and the non-smooth L1 part, applied by its proximal operator.
 */
package io.github.gdlogistic.core.objective;
