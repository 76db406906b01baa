package org.contrechamp.core.declared;

import java.util.List;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.zone.ZoneScope;

/**
 * The official list held against the street: which declared cameras were seen, which were not found,
 * and which seen cameras nobody declared. A plain result for every face (the command line, a PDF
 * section, a map layer).
 *
 * @param distanceMeters how far a sighting may be from a declared site to be one of its cameras
 */
public record DeclaredComparison(double distanceMeters, List<Seen> declaredAndSeen, List<NotFound> declaredNotFound,
        List<NotDeclared> seenNotDeclared) {

    public DeclaredComparison {
        declaredAndSeen = List.copyOf(declaredAndSeen);
        declaredNotFound = List.copyOf(declaredNotFound);
        seenNotDeclared = List.copyOf(seenNotDeclared);
    }

    /** One sighting matched to a declared site (a site of N cameras may have up to N). */
    public record Seen(DeclaredSite site, Sighting sighting, double distanceMeters) {
    }

    /**
     * A declared site, or the part of its cameras, that no sighting matched.
     *
     * @param missing        how many of its cameras were not seen
     * @param nearestMeters  the nearest sighting left unmatched, however far; null when the site is
     *                       not placed or there is none
     */
    public record NotFound(DeclaredSite site, int missing, Double nearestMeters) {

        /** A site that could not be placed cannot be looked for: it needs fixing first. */
        public boolean placed() {
            return site.position() != null;
        }
    }

    /**
     * A sighting that no declared site took.
     *
     * @param nearest        the nearest placed declared site, or null when the list has none
     * @param nearestMeters  the distance to it, or null
     */
    public record NotDeclared(Sighting sighting, DeclaredSite nearest, Double nearestMeters) {
    }

    /**
     * What of the comparison concerns one zone: the declared sites placed inside it and the cameras
     * inside it. The matching itself is made over the whole list first, so that a camera just across
     * the zone's edge from its declared site still counts as seen, and a camera inside the zone taken
     * by a site just outside it is not reported as undeclared. A site that could not be placed is in
     * no zone (the whole list's comparison lists it).
     */
    public DeclaredComparison within(ZoneScope scope) {
        if (scope == ZoneScope.WHOLE_AREA) {
            return this;
        }
        return new DeclaredComparison(distanceMeters,
                declaredAndSeen.stream().filter(s -> in(scope, s.site()) || in(scope, s.sighting())).toList(),
                declaredNotFound.stream().filter(n -> in(scope, n.site())).toList(),
                seenNotDeclared.stream().filter(n -> in(scope, n.sighting())).toList());
    }

    private static boolean in(ZoneScope scope, DeclaredSite site) {
        GeoPoint p = site.position();
        return p != null && scope.contains(p.lat(), p.lon());
    }

    private static boolean in(ZoneScope scope, Sighting sighting) {
        return sighting.position() != null
                && scope.contains(sighting.position().latitude(), sighting.position().longitude());
    }

    /** How many declared cameras were not found, counting each site's missing ones. */
    public int camerasNotFound() {
        return declaredNotFound.stream().mapToInt(NotFound::missing).sum();
    }
}
