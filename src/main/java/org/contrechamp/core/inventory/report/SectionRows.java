package org.contrechamp.core.inventory.report;

import java.awt.Graphics2D;
import java.util.List;

/** The table of a {@link ReportSection}: plain text cells, one line each, or two when the section asks. */
final class SectionRows implements RowSource {

    private static final float LEADING = 8.5f;

    private final ReportSection section;
    private final List<List<String>> rows;
    private final int lines;

    SectionRows(ReportSection section) {
        this.section = section;
        this.rows = section.rows();
        this.lines = Math.max(1, Math.min(2, section.linesPerRow()));
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public float rowHeight() {
        return 14f + (lines - 1) * LEADING;
    }

    @Override
    public List<String> headers() {
        return section.columns();
    }

    @Override
    public double[] weights() {
        return section.columnWeights().stream().mapToDouble(w -> w > 0 ? w : 1).toArray();
    }

    @Override
    public void paintRow(Graphics2D g, ReportStyle style, int row, float top, float[] x, float[] widths) {
        List<String> cells = rows.get(row);
        for (int c = 0; c < x.length && c < cells.size(); c++) {
            if (lines == 1) {
                ReportStyle.text(g, style.cell, ReportStyle.TEXT, cells.get(c), x[c] + 2, top + 10, widths[c] - 4);
            } else {
                ReportStyle.wrapped(g, style.cell, ReportStyle.TEXT, cells.get(c), x[c] + 2, top + 10, widths[c] - 4,
                        LEADING, lines);
            }
        }
    }
}
