package io.github.gdlogistic.knime.common;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

import javax.swing.BorderFactory;
import javax.swing.JPanel;

/**
 * A dialog tab laid out like KNIME's own learner dialog: titled groups one below the other, each group's rows
 * left-aligned at their natural width, the space left over at the bottom. (KNIME's default settings pane centres
 * every row.)
 */
public final class FormPanel {

    private final JPanel panel = new JPanel(new GridBagLayout());
    private JPanel group;
    private int groupRow;
    private int rows;

    /**
     * Starts a titled group; the following rows go into it.
     *
     * @param title the group's title
     */
    public void group(final String title) {
        group = new JPanel(new GridBagLayout());
        group.setBorder(BorderFactory.createTitledBorder(title));
        groupRow = 0;
        panel.add(group, constraints(rows++, GridBagConstraints.HORIZONTAL, 1, 0));
    }

    /**
     * Adds a row at its natural width, left-aligned in the current group.
     *
     * @param row the row
     */
    public void row(final Component row) {
        group.add(row, constraints(groupRow++, GridBagConstraints.NONE, 1, 0));
    }

    /**
     * Adds a row that takes the group's full width and the tab's free height (a column filter).
     *
     * @param row the row
     */
    public void wideRow(final Component row) {
        group.add(row, constraints(groupRow++, GridBagConstraints.BOTH, 1, 1));
        ((GridBagLayout)panel.getLayout()).setConstraints(group, constraints(rows - 1, GridBagConstraints.BOTH, 1, 1));
    }

    /** @return the tab's panel, groups at the top, free space below them (call once, after the last row) */
    public JPanel panel() {
        JPanel filler = new JPanel();
        panel.add(filler, constraints(rows, GridBagConstraints.BOTH, 1, 1e-6));
        return panel;
    }

    private static GridBagConstraints constraints(final int row, final int fill, final double weightX,
        final double weightY) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.fill = fill;
        c.weightx = weightX;
        c.weighty = weightY;
        c.anchor = GridBagConstraints.FIRST_LINE_START;
        c.insets = new Insets(2, 5, 2, 5);
        return c;
    }
}
