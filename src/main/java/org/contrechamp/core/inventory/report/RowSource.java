package org.contrechamp.core.inventory.report;

import java.awt.Graphics2D;
import java.util.List;

/** The rows of a table that may continue over several pages: its columns, and how to paint one row. */
interface RowSource {

    int size();

    float rowHeight();

    List<String> headers();

    /** Relative widths of the columns. */
    double[] weights();

    /** Paints row {@code row} with its top at {@code top}; {@code x} and {@code widths} are the columns. */
    void paintRow(Graphics2D g, ReportStyle style, int row, float top, float[] x, float[] widths);
}
