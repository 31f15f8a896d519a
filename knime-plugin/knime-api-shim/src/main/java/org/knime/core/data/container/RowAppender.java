package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/** Shim of KNIME's {@code org.knime.core.data.container.RowAppender}. */
public interface RowAppender {

    /** @param row the row to append */
    void addRowToTable(DataRow row);
}
