package org.contrechamp.core.inventory.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.area.render.AreaRenderer;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryCamera;
import org.contrechamp.core.inventory.InventoryCounts;
import org.contrechamp.core.inventory.InventoryStreet;
import org.contrechamp.core.inventory.InventoryZone;

/**
 * Paints the pages of an inventory onto any Graphics2D whose unit is the point and whose origin is
 * the sheet's top-left corner: a PDF page's (vectors and embedded fonts), a preview image's, a
 * printer's. The same code for all three is what makes the preview show what will be printed.
 */
public final class InventoryPages {

    private final Inventory inventory;
    private final ReportOptions options;
    private final ReportText text;
    private final ReportStyle style = new ReportStyle();
    private final MapPainter maps;
    private final BoundingBox areaBounds;
    private final List<PagePlan.Page> pages;
    private List<InventoryCamera> allCameras;

    /**
     * @param renderer   draws the maps; null draws them as empty boxes
     * @param areaBounds the area's box, for the overview of an inventory with no camera; may be null
     */
    public InventoryPages(Inventory inventory, ReportOptions options, org.contrechamp.core.i18n.Messages messages,
            AreaRenderer renderer, BoundingBox areaBounds, Thumbnails thumbnails) {
        this.inventory = inventory;
        this.options = options;
        this.text = new ReportText(messages);
        this.maps = new MapPainter(renderer, options.fieldOfViewDegrees(), options.layers());
        this.areaBounds = areaBounds;
        this.pages = PagePlan.of(inventory, options.paper(), text, thumbnails, options.sections());
    }

    public int pageCount() {
        return pages.size();
    }

    public Paper paper() {
        return options.paper();
    }

    /** Paints page {@code index} (0 for the cover). */
    public void paint(int index, Graphics2D g) {
        float width = options.paper().width();
        float height = options.paper().height();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Float(0, 0, width, height));
        float left = ReportStyle.MARGIN;
        float contentWidth = width - 2 * ReportStyle.MARGIN;
        for (PagePlan.Block block : pages.get(index).blocks()) {
            paint(g, block, left, contentWidth);
        }
        footer(g, index, width, height);
    }

    private void paint(Graphics2D g, PagePlan.Block block, float left, float contentWidth) {
        if (block instanceof PagePlan.Cover) {
            cover(g, left, contentWidth);
        } else if (block instanceof PagePlan.Overview o) {
            maps.overview(g, style, cameras(), areaBounds, left, o.top(), contentWidth, o.height());
        } else if (block instanceof PagePlan.ZoneHeading z) {
            ReportStyle.text(g, style.zone, ReportStyle.TEXT, z.text(), left, z.top() + 18, contentWidth);
            g.setColor(ReportStyle.ACCENT);
            g.fill(new Rectangle2D.Float(left, z.top() + 23, contentWidth, 1.5f));
        } else if (block instanceof PagePlan.Heading h) {
            ReportStyle.text(g, style.heading, ReportStyle.TEXT, h.text(), left, h.top() + 14, contentWidth);
        } else if (block instanceof PagePlan.Paragraph p) {
            ReportStyle.wrapped(g, style.cell, ReportStyle.MUTED, p.text(), left, p.top() + 9, contentWidth, 9.5f, 2);
        } else if (block instanceof PagePlan.StreetMap m) {
            maps.street(g, style, m.street().cameras(), left, m.top(), contentWidth, m.height());
        } else if (block instanceof PagePlan.TableHeader t) {
            tableHeader(g, t.rows(), left, t.top(), contentWidth);
        } else if (block instanceof PagePlan.TableRows r) {
            tableRows(g, r, left, contentWidth);
        }
    }

    private List<InventoryCamera> cameras() {
        if (allCameras == null) {
            List<InventoryCamera> all = new ArrayList<>();
            for (InventoryZone zone : inventory.zones()) {
                for (InventoryStreet street : zone.streets()) {
                    all.addAll(street.cameras());
                }
                all.addAll(zone.withoutStreet());
            }
            allCameras = all;
        }
        return allCameras;
    }

    private void cover(Graphics2D g, float left, float width) {
        float y = ReportStyle.MARGIN + 60;
        ReportStyle.text(g, style.title, ReportStyle.TEXT, options.title(), left, y, width);
        y += 28;
        ReportStyle.text(g, style.heading, ReportStyle.ACCENT, inventory.scope(), left, y, width);
        y += 18;
        ReportStyle.text(g, style.body, ReportStyle.MUTED, text.longDate(inventory.date()), left, y, width);
        y += 34;
        InventoryCounts counts = inventory.counts();
        List<String> lines = new ArrayList<>();
        lines.add(text.get("inventory.totals", counts.cameras(), counts.streets(), inventory.zones().size()));
        lines.add(text.zonesNote(inventory));
        if (counts.withoutStreet() > 0) {
            lines.add(text.get("inventory.totals.without-street", counts.withoutStreet()));
        }
        lines.add(text.get("inventory.totals.removed", counts.removed()));
        for (String line : lines) {
            y = ReportStyle.wrapped(g, style.body, ReportStyle.TEXT, line, left, y, width, 14, 3) + 2;
        }
        y += 20;
        y = chart(g, text.get("inventory.chart.kind"), counts.byKind(), "value.kind.", left, y, width);
        y += 16;
        chart(g, text.get("inventory.chart.operator"), counts.byOperator(), null, left, y, width);
    }

    /** Horizontal bars, the most frequent first; beyond 8 values the rest is one "others" bar. */
    private float chart(Graphics2D g, String title, Map<String, Integer> counts, String labelPrefix, float left,
            float y, float width) {
        ReportStyle.text(g, style.heading, ReportStyle.TEXT, title, left, y, width);
        y += 10;
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int others = 0;
        if (entries.size() > 8) {
            for (Map.Entry<String, Integer> e : entries.subList(7, entries.size())) {
                others += e.getValue();
            }
            entries = new ArrayList<>(entries.subList(0, 7));
            entries.add(Map.entry("\u0000others", others));
        }
        int max = entries.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        float labelWidth = 150;
        float barRoom = width - labelWidth - 50;
        for (Map.Entry<String, Integer> e : entries) {
            String label = e.getKey().equals("\u0000others") ? text.get("inventory.chart.others")
                    : labelPrefix == null ? (e.getKey().isEmpty() ? text.get("inventory.unknown") : e.getKey())
                    : text.counted(labelPrefix, e.getKey());
            ReportStyle.text(g, style.cell, ReportStyle.TEXT, label, left, y + 9, labelWidth - 6);
            float bar = Math.max(1, barRoom * e.getValue() / max);
            g.setColor(ReportStyle.ACCENT);
            g.fill(new Rectangle2D.Float(left + labelWidth, y + 2, bar, 9));
            ReportStyle.text(g, style.cell, ReportStyle.TEXT, Integer.toString(e.getValue()), left + labelWidth + bar + 4,
                    y + 9, 46);
            y += 13;
        }
        if (entries.isEmpty()) {
            ReportStyle.text(g, style.cell, ReportStyle.MUTED, text.get("inventory.chart.empty"), left, y + 9, width);
            y += 13;
        }
        return y;
    }

    private static float[][] columns(RowSource rows, float left, float width) {
        double[] weights = rows.weights();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        float[] x = new float[weights.length];
        float[] w = new float[weights.length];
        float at = left;
        for (int i = 0; i < weights.length; i++) {
            x[i] = at;
            w[i] = (float) (width * weights[i] / total);
            at += w[i];
        }
        return new float[][] {x, w};
    }

    private void tableHeader(Graphics2D g, RowSource rows, float left, float top, float width) {
        float[][] columns = columns(rows, left, width);
        g.setColor(ReportStyle.HEADER_BACK);
        g.fill(new Rectangle2D.Float(left, top, width, PagePlan.TABLE_HEADER));
        List<String> headers = rows.headers();
        for (int c = 0; c < headers.size() && c < columns[0].length; c++) {
            ReportStyle.wrapped(g, style.headerCell, ReportStyle.TEXT, headers.get(c), columns[0][c] + 2, top + 7,
                    columns[1][c] - 4, 7, 2);
        }
    }

    private void tableRows(Graphics2D g, PagePlan.TableRows block, float left, float width) {
        RowSource rows = block.rows();
        float[][] columns = columns(rows, left, width);
        float top = block.top() + PagePlan.TABLE_HEADER;
        g.setStroke(new BasicStroke(0.4f));
        for (int row = block.from(); row < block.to(); row++) {
            rows.paintRow(g, style, row, top, columns[0], columns[1]);
            top += rows.rowHeight();
            g.setColor(ReportStyle.RULE);
            g.draw(new Line2D.Float(left, top, left + width, top));
        }
    }

    private void footer(Graphics2D g, int index, float width, float height) {
        float baseline = height - ReportStyle.MARGIN + 6;
        float left = ReportStyle.MARGIN;
        float right = width - ReportStyle.MARGIN;
        g.setColor(ReportStyle.RULE);
        g.setStroke(new BasicStroke(0.4f));
        g.draw(new Line2D.Float(left, baseline - 10, right, baseline - 10));
        String attribution = text.get("inventory.attribution", AreaRenderer.ATTRIBUTION);
        float attributionWidth = g.getFontMetrics(style.small).stringWidth(attribution);
        ReportStyle.text(g, style.small, ReportStyle.MUTED, options.title() + " · " + text.longDate(inventory.date()),
                left, baseline, width / 2 - attributionWidth / 2 - left - 8);
        ReportStyle.textCentred(g, style.small, ReportStyle.MUTED, attribution, width / 2, baseline);
        ReportStyle.textRight(g, style.small, ReportStyle.MUTED, text.get("inventory.page", index + 1, pages.size()),
                right, baseline);
    }
}
