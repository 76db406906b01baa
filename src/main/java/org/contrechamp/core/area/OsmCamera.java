package org.contrechamp.core.area;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;
import org.contrechamp.core.sighting.TagIssue;

/**
 * A {@code man_made=surveillance} node already in OpenStreetMap, with all its tags as they are.
 */
public record OsmCamera(long nodeId, double lat, double lon, SortedMap<String, String> tags) {

    public OsmCamera {
        tags = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    public static OsmCamera of(long nodeId, double lat, double lon, Map<String, String> tags) {
        return new OsmCamera(nodeId, lat, lon, new TreeMap<>(tags));
    }

    /** Its page on openstreetmap.org. */
    public String url() {
        return "https://www.openstreetmap.org/node/" + nodeId;
    }

    /**
     * The camera read the way sightings are ({@link SightingTags#readNode}), to draw it with the same
     * symbols. Its id is derived from the node id, so it is the same at every call.
     */
    public Sighting toSighting() {
        return read().sighting();
    }

    /** The camera as a sighting, with what its tags had that could not be read as they stood. */
    public Reading read() {
        UUID id = UUID.nameUUIDFromBytes(("osm:node/" + nodeId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Sighting.Builder builder = new Sighting.Builder(id, new Position(lat, lon, PositionSource.MANUAL, null));
        List<TagIssue> issues = SightingTags.readNode(tags, builder);
        return new Reading(builder.build(), issues);
    }

    /** {@link #read()}'s result. */
    public record Reading(Sighting sighting, List<TagIssue> issues) {
    }
}
