package org.contrechamp.core.area;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.osm.OsmType;

/**
 * An address of the area: a node, or a building outline, with {@code addr:housenumber}.
 *
 * @param street   {@code addr:street}, or {@code null} (some addresses give only {@code addr:place})
 * @param area     the geometry is an outline (a point inside it is at distance 0)
 */
public record Address(OsmType osmType, long osmId, String housenumber, String street, String place,
        String postcode, boolean area, Geometry geometry) {

    /** "12 Rue Grimaldi", or just the number when the street is not given. */
    public String label() {
        String where = street != null ? street : place;
        return where == null ? housenumber : housenumber + " " + where;
    }
}
