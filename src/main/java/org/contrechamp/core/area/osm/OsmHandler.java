package org.contrechamp.core.area.osm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Receives the elements of an OpenStreetMap file as a reader meets them. Files usually hold nodes,
 * then ways, then relations, but an Overpass answer may not: a handler must not rely on the order.
 * Tag maps are never null (empty for most nodes) and must not be kept mutable.
 */
public interface OsmHandler {

    /** The box the file says it covers (PBF header, XML {@code <bounds>}); may never come. */
    void bounds(double minLon, double minLat, double maxLon, double maxLat);

    /** How recent the data is, when the file says so. */
    default void dataTimestamp(Instant timestamp) {
    }

    void node(long id, double lat, double lon, Map<String, String> tags);

    void way(long id, long[] nodeRefs, Map<String, String> tags);

    void relation(long id, List<OsmMember> members, Map<String, String> tags);
}
