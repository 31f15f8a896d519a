/**
 * The solvers: L-BFGS, accelerated proximal gradient (FISTA), and the fixed-learning-rate family (gradient descent,
 * mini-batch SGD, momentum, Nesterov, Adam), sharing one stopping rule and one record of progress.
 */
package io.github.gdlogistic.core.optim;
