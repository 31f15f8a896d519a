/**
 * Training data in the layout the solvers want: a dense row-major block of doubles, class indices and instance
 * weights, plus the feature scaling computed from it.
 */
package io.github.gdlogistic.core.data;
