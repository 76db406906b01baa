package org.contrechamp.core.inventory.report;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.inventory.Inventory;
import org.contrechamp.core.inventory.InventoryStreet;
import org.contrechamp.core.inventory.InventoryZone;

/**
 * Where everything of an inventory goes, page by page, before anything is painted: a cover, the
 * overview map, then each zone from a new page, its streets one after the other (a street starts on
 * a new page when its heading, map and first rows do not fit), their tables continuing over as many
 * pages as they need with the header repeated; the cameras near no street, the removed cameras and
 * the added sections last. Rows have a fixed height, so the plan is exact and cheap (a few objects
 * per page): pages can then be painted one at a time and streamed, and their total is known for
 * "page 3 of 120".
 */
final class PagePlan {

    /** Something painted on a page, with its top in points from the top of the sheet. */
    sealed interface Block permits Cover, Overview, ZoneHeading, Heading, StreetMap, TableHeader, TableRows, Paragraph {
    }

    record Cover() implements Block {
    }

    record Overview(float top, float height) implements Block {
    }

    record ZoneHeading(String text, float top) implements Block {
    }

    record Heading(String text, float top) implements Block {
    }

    record Paragraph(String text, float top) implements Block {
    }

    record StreetMap(InventoryStreet street, float top, float height) implements Block {
    }

    record TableHeader(RowSource rows, float top) implements Block {
    }

    record TableRows(RowSource rows, int from, int to, float top) implements Block {
    }

    record Page(List<Block> blocks) {
    }

    static final float ZONE_HEADING = 30f;
    static final float HEADING = 22f;
    static final float PARAGRAPH = 26f;
    static final float TABLE_HEADER = 16f;
    static final float GAP = 12f;
    /** A street starts on a new page unless its heading, map and this many rows fit. */
    static final int MIN_ROWS = 3;

    private final float top;
    private final float bottom;
    private final float mapHeight;
    private final List<Page> pages = new ArrayList<>();
    private List<Block> current;
    private float y;

    private PagePlan(Paper paper) {
        this.top = ReportStyle.MARGIN;
        this.bottom = paper.height() - ReportStyle.MARGIN - ReportStyle.FOOTER;
        this.mapHeight = paper == Paper.LETTER ? 200f : 230f;
    }

    static List<Page> of(Inventory inventory, Paper paper, ReportText text, Thumbnails thumbnails,
            List<ReportSection> sections) {
        PagePlan plan = new PagePlan(paper);
        plan.newPage();
        plan.current.add(new Cover());
        plan.newPage();
        plan.add(new Heading(text.get("inventory.overview", inventory.scope()), plan.y), HEADING);
        plan.add(new Overview(plan.y, plan.bottom - plan.y), plan.bottom - plan.y);
        for (InventoryZone zone : inventory.zones()) {
            plan.newPage();
            plan.add(new ZoneHeading(text.get("inventory.zone.heading", text.zoneName(zone.name()), zone.cameraCount()),
                    plan.y), ZONE_HEADING);
            for (InventoryStreet street : zone.streets()) {
                plan.street(street, text, thumbnails);
            }
            if (!zone.withoutStreet().isEmpty()) {
                String heading = text.get("inventory.without-street", zone.withoutStreet().size());
                plan.startBlock(HEADING + PARAGRAPH + TABLE_HEADER + MIN_ROWS * CameraRows.ROW_HEIGHT);
                plan.add(new Heading(heading, plan.y), HEADING);
                plan.add(new Paragraph(text.get("inventory.without-street.why"), plan.y), PARAGRAPH);
                plan.table(CameraRows.of(zone.withoutStreet(), text, thumbnails), text.get("inventory.continued", heading));
            }
        }
        if (!inventory.removed().isEmpty()) {
            plan.newPage();
            String heading = text.get("inventory.removed", inventory.removed().size());
            plan.add(new Heading(heading, plan.y), HEADING);
            plan.table(CameraRows.removed(inventory.removed(), text, thumbnails), text.get("inventory.continued", heading));
        }
        for (ReportSection section : sections) {
            plan.newPage();
            plan.add(new Heading(section.title(), plan.y), HEADING);
            if (!section.introduction().isBlank()) {
                plan.add(new Paragraph(section.introduction(), plan.y), PARAGRAPH);
            }
            plan.table(new SectionRows(section), text.get("inventory.continued", section.title()));
        }
        return List.copyOf(plan.pages);
    }

    private void street(InventoryStreet street, ReportText text, Thumbnails thumbnails) {
        CameraRows rows = CameraRows.of(street.cameras(), text, thumbnails);
        startBlock(HEADING + mapHeight + GAP + TABLE_HEADER + Math.min(MIN_ROWS, rows.size()) * rows.rowHeight());
        String heading = text.get("inventory.street.heading", street.name(), street.cameras().size());
        add(new Heading(heading, y), HEADING);
        add(new StreetMap(street, y, mapHeight), mapHeight + GAP / 2);
        table(rows, text.get("inventory.continued", heading));
    }

    /** Rows as many pages as they need, the header on each, the heading again (continued) on the next pages. */
    private void table(RowSource rows, String continued) {
        int done = 0;
        float rowHeight = rows.rowHeight();
        while (done < rows.size()) {
            if (y + TABLE_HEADER + rowHeight > bottom) {
                newPage();
                add(new Heading(continued, y), HEADING);
            }
            add(new TableHeader(rows, y), TABLE_HEADER);
            int fit = Math.max(1, (int) Math.floor((bottom - y) / rowHeight));
            int count = Math.min(fit, rows.size() - done);
            add(new TableRows(rows, done, done + count, y), count * rowHeight);
            done += count;
        }
        y += GAP;
    }

    private void startBlock(float needed) {
        if (y + needed > bottom && y > top + ZONE_HEADING + 1) {
            newPage();
        }
    }

    private void add(Block block, float height) {
        current.add(block);
        y += height;
    }

    private void newPage() {
        current = new ArrayList<>();
        pages.add(new Page(current));
        y = top;
    }
}
