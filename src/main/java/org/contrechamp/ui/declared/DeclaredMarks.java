package org.contrechamp.ui.declared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.declared.DeclaredComparison;
import org.contrechamp.core.declared.DeclaredSite;
import org.contrechamp.core.declared.GeoPoint;

/**
 * What the declared layer of the window's map shows, made from one comparison (the same as the PDF's
 * and {@code declared compare}): a mark per placed declared site, whose cameras were all seen or not
 * (a site of two with one seen is "not found": something is missing there), a mark per camera seen
 * that nobody declared, and the sites whose place is unsure, marked to be checked and dragged to
 * their right place. Sites that could not be placed have no mark; {@link #notPlaced()} counts them.
 */
record DeclaredMarks(List<Mark> marks, int notPlaced) {

    enum Status { SEEN, NOT_FOUND, NOT_DECLARED }

    /**
     * @param key    the site's key (a declared site), or the sighting's id (a camera nobody declared)
     * @param unsure a declared site whose place a person should check
     */
    record Mark(String key, double lat, double lon, Status status, boolean unsure, String text) {

        boolean isSite() {
            return status != Status.NOT_DECLARED;
        }
    }

    DeclaredMarks {
        marks = List.copyOf(marks);
    }

    static DeclaredMarks of(DeclaredComparison comparison) {
        Map<String, Mark> sites = new LinkedHashMap<>();
        int notPlaced = 0;
        for (DeclaredComparison.NotFound n : comparison.declaredNotFound()) {
            if (!n.placed()) {
                notPlaced++;
            } else {
                sites.putIfAbsent(n.site().key(), mark(n.site(), Status.NOT_FOUND));
            }
        }
        for (DeclaredComparison.Seen s : comparison.declaredAndSeen()) {
            sites.putIfAbsent(s.site().key(), mark(s.site(), Status.SEEN));
        }
        List<Mark> all = new ArrayList<>(sites.values());
        for (DeclaredComparison.NotDeclared n : comparison.seenNotDeclared()) {
            all.add(new Mark(n.sighting().id().toString(), n.sighting().position().latitude(),
                    n.sighting().position().longitude(), Status.NOT_DECLARED, false, null));
        }
        return new DeclaredMarks(all, notPlaced);
    }

    private static Mark mark(DeclaredSite site, Status status) {
        GeoPoint p = site.position();
        return new Mark(site.key(), p.lat(), p.lon(), status, !site.certainty().isSure(),
                site.siteText() == null ? site.key() : site.key() + " · " + site.siteText());
    }

    long unsure() {
        return marks.stream().filter(Mark::unsure).count();
    }
}
