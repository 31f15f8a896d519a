/**
 * Incremental (one-pass, out-of-core) training: rows arrive one at a time, are buffered into small blocks, and
 * are learned once; memory does not grow with the number of rows. {@link io.github.gdlogistic.core.stream.OnePassLogistic}
 * produces the same {@link io.github.gdlogistic.core.table.TabularModel} as batch training.
 */
package io.github.gdlogistic.core.stream;
