package org.contrechamp.core.area;

import org.contrechamp.core.area.geom.Geometry;

/**
 * One thing the basemap draws: a street, a building, a park... with its name (streets are labelled)
 * and its drawing hints.
 *
 * @param osmId    the way or relation it comes from (relations negative), for debugging and links
 * @param flags    {@link #TUNNEL}, {@link #BRIDGE}
 * @param layer    OSM's {@code layer}: what is drawn above what, -5 to 5
 */
public record MapFeature(FeatureKind kind, String name, long osmId, int flags, int layer, Geometry geometry) {

    public static final int TUNNEL = 1;
    public static final int BRIDGE = 2;

    public boolean isTunnel() {
        return (flags & TUNNEL) != 0;
    }

    public boolean isBridge() {
        return (flags & BRIDGE) != 0;
    }
}
