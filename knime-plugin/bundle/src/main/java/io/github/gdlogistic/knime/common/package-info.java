/**
 * Small translations between KNIME's data types and the adapter's plain values, shared by both nodes: column kinds,
 * cell values, output column specs and tables built from plain table content.
 */
package io.github.gdlogistic.knime.common;
