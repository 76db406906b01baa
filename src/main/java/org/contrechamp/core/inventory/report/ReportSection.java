package org.contrechamp.core.inventory.report;

import java.util.List;

/**
 * A section that another part of Contrechamp adds to a printed inventory after its streets (the
 * official list held against the cameras seen, for one): a heading, an optional paragraph, and a
 * table that continues over as many pages as it needs, with its header repeated. The report lays
 * it out and paints it in its own fonts; the section only says what to show.
 */
public interface ReportSection {

    /** The heading, in the report's language. */
    String title();

    /** A sentence or two under the heading (what the table shows); empty for none. */
    default String introduction() {
        return "";
    }

    /** Column headings. */
    List<String> columns();

    /** Relative widths of the columns (any positive numbers); equal widths by default. */
    default List<Double> columnWeights() {
        return columns().stream().map(c -> 1.0).toList();
    }

    /**
     * How many lines a cell may take (1 or 2): texts longer than their column are broken over them,
     * the last line cut with an ellipsis. One by default, which keeps the most rows on a page.
     */
    default int linesPerRow() {
        return 1;
    }

    /** The rows, each with one text per column. */
    List<List<String>> rows();
}
