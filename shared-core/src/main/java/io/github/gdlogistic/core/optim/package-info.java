/**
 * The optimizers, which know nothing of the trainer: each {@link io.github.gdlogistic.core.optim.Optimizer} (L-BFGS,
 * accelerated proximal gradient, the fixed-rate methods with an injected
 * {@link io.github.gdlogistic.core.optim.UpdateRule} and {@link io.github.gdlogistic.core.optim.RateSchedule}) is
 * stepped one iteration at a time over an objective seen only through
 * {@link io.github.gdlogistic.core.objective.MiniBatchFunction}, and a pure
 * {@link io.github.gdlogistic.core.optim.StoppingRule} decides when a run ends.
 */
package io.github.gdlogistic.core.optim;
