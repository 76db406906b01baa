package org.contrechamp.core.declared;

import java.util.List;

import org.contrechamp.core.common.Problem;

/**
 * Where a site's text was found in the area, and how sure that is.
 *
 * @param point   null when {@link Certainty#NOT_FOUND}
 * @param streets the area's names of the streets used, in the order the text gave them
 * @param gapMeters for a crossing: how far apart the streets are at the point (0 where they cross);
 *                  null otherwise
 * @param reason  why it is not found or not sure (a street the area does not have...); null when sure
 */
public record Geocode(Certainty certainty, GeoPoint point, List<String> streets, Double gapMeters, Problem reason) {

    public Geocode {
        streets = List.copyOf(streets);
        if ((point == null) != (certainty == Certainty.NOT_FOUND)) {
            throw new IllegalArgumentException("a geocode has a point unless it is not found");
        }
    }

    public static Geocode notFound(Problem reason) {
        return new Geocode(Certainty.NOT_FOUND, null, List.of(), null, reason);
    }
}
