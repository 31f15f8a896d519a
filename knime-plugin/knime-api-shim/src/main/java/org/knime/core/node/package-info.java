/**
 * Compile-only shim of {@code org.knime.core.node} (KNIME 5.5): node model, factory, dialog pane, execution
 * context, settings and model-content interfaces, exactly as far as the GD Logistic Regression nodes use them.
 */
package org.knime.core.node;
