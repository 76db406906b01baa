package org.contrechamp.core.inventory.report;

import java.awt.Graphics2D;
import java.util.List;

/** The table of a {@link ReportSection}: plain text cells, one line each. */
final class SectionRows implements RowSource {

    private final ReportSection section;
    private final List<List<String>> rows;

    SectionRows(ReportSection section) {
        this.section = section;
        this.rows = section.rows();
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    public float rowHeight() {
        return 14f;
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
            ReportStyle.text(g, style.cell, ReportStyle.TEXT, cells.get(c), x[c] + 2, top + 10, widths[c] - 4);
        }
    }
}
