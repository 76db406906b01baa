package org.contrechamp.core.declared.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.declared.GeoPoint;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.inventory.report.MapLayer;

/**
 * The declared sites as a layer of the inventory's maps: a site whose cameras were all seen in one
 * colour, a site with a camera not found in another (a site of two cameras with one seen is one not
 * found: something is missing there). Sites not placed are not drawn; the section lists them.
 */
final class ComparisonLayer {

    /** Teal: apart from every kind's colour of the cameras' dots. */
    static final Color SEEN = new Color(0x00, 0x69, 0x5C);
    /** Orange: what the reader should look at first. */
    static final Color NOT_FOUND = new Color(0xE6, 0x51, 0x00);

    private ComparisonLayer() {
    }

    static MapLayer of(DeclaredComparison comparison, Messages messages) {
        Set<String> missing = new HashSet<>();
        List<MapLayer.Mark> marks = new ArrayList<>();
        for (DeclaredComparison.NotFound notFound : comparison.declaredNotFound()) {
            if (notFound.placed() && missing.add(notFound.site().key())) {
                marks.add(mark(notFound.site(), NOT_FOUND));
            }
        }
        Set<String> seen = new HashSet<>();
        for (DeclaredComparison.Seen s : comparison.declaredAndSeen()) {
            if (!missing.contains(s.site().key()) && seen.add(s.site().key())) {
                marks.add(mark(s.site(), SEEN));
            }
        }
        return new MapLayer(marks, List.of(
                new MapLayer.LegendLine(SEEN, messages.get("inventory.declared.legend.seen")),
                new MapLayer.LegendLine(NOT_FOUND, messages.get("inventory.declared.legend.not-found"))));
    }

    private static MapLayer.Mark mark(DeclaredSite site, Color colour) {
        GeoPoint p = site.position();
        return new MapLayer.Mark(p.lat(), p.lon(), colour);
    }
}
