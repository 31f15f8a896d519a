/**
 * Training data in the layout the solvers want: a dense array of doubles in blocks of eight rows stored feature by
 * feature ({@link io.github.gdlogistic.core.data.BlockLayout}), class indices and instance weights, plus the feature
 * scaling computed from it.
 */
package io.github.gdlogistic.core.data;
