package org.contrechamp.core.coverage;

import java.util.List;

import org.contrechamp.core.area.geom.Geometry;

/**
 * One street of a zone: every way of the area with that name whose middle lies in the zone.
 *
 * @param zone         the zone it is counted in, or null when it lies outside every zone of the level used
 * @param walkedMeters how much of its length tracks passed along
 * @param cameras      sightings on it (drafts included: a camera seen is a camera seen)
 * @param geometry     its ways, for the map
 */
public record StreetCoverage(String name, String zone, double lengthMeters, double walkedMeters, int cameras,
                             List<Geometry> geometry) {

    public StreetCoverage {
        geometry = List.copyOf(geometry);
    }

    /** From 0 to 1. */
    public double walkedShare() {
        return lengthMeters <= 0 ? 0 : Math.min(1, walkedMeters / lengthMeters);
    }

    public boolean walked() {
        return lengthMeters > 0 && walkedShare() >= CoverageRules.WALKED_SHARE;
    }

    public StreetState state() {
        if (cameras > 0) {
            return StreetState.WITH_CAMERAS;
        }
        return walked() ? StreetState.WALKED : StreetState.NEVER_VISITED;
    }

    public boolean visited() {
        return state() != StreetState.NEVER_VISITED;
    }
}
