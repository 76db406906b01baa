package org.contrechamp.core.area.overpass;

import java.util.Locale;

import org.contrechamp.core.geo.BoundingBox;

/**
 * The Overpass QL query for an area: every node and way in the box, the multipolygons those ways
 * belong to with all their member ways, and every node of every way (ways crossing the edge come
 * whole, so streets are not cut at the border). Answered in OSM XML, elements sorted by type and id
 * as an extract would be.
 */
public final class OverpassQuery {

    private OverpassQuery() {
    }

    public static String forBox(BoundingBox box, int timeoutSeconds, long maxBytes) {
        String bbox = String.format(Locale.ROOT, "%.7f,%.7f,%.7f,%.7f", box.minLat(), box.minLon(), box.maxLat(),
                box.maxLon());
        return "[out:xml][timeout:" + timeoutSeconds + "][maxsize:" + maxBytes + "];\n"
                + "(node(" + bbox + ");way(" + bbox + "););\n"
                + "(._;rel(bw)[type=multipolygon];);\n"
                + "(._;way(r););\n"
                + "(._;>;);\n"
                + "out body;\n";
    }
}
