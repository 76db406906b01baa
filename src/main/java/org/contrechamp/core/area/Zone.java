package org.contrechamp.core.area;

import org.contrechamp.core.area.geom.Geometry;

/**
 * A named part of the area that inventories group cameras by: an administrative boundary (commune,
 * arrondissement, quartier...) or a postal code, as OpenStreetMap draws it. Its rings, outer and
 * inner alike, are filled with the even-odd rule (holes and enclaves need no roles once assembled).
 *
 * @param adminLevel OSM's {@code admin_level} (8 commune, 9 arrondissement, 10 quartier in France); 0 for postal codes
 * @param osmId      the relation id, or the way id of a boundary drawn as one closed way
 */
public record Zone(ZoneKind kind, int adminLevel, String name, long osmId, Geometry geometry) {

    public Zone {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a zone has a name");
        }
    }
}
