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

    /** The general key for where a mapped thing faces. */
    private static final String GENERAL_DIRECTION = "direction";

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
     * symbols and to compare it with sightings. Its id is derived from the node id, so it is the same at
     * every call. Many mapped cameras say where they look with the general {@code direction} key
     * rather than {@code camera:direction}: without the latter, the former is read as the camera's.
     */
    public Sighting toSighting() {
        if (tags.containsKey(SightingTags.CAMERA_DIRECTION) || !tags.containsKey(GENERAL_DIRECTION)) {
            return read(tags).sighting();
        }
        SortedMap<String, String> looking = new TreeMap<>(tags);
        looking.put(SightingTags.CAMERA_DIRECTION, looking.remove(GENERAL_DIRECTION));
        return read(looking).sighting();
    }

    /** The camera as a sighting, tag for tag, with what its tags had that could not be read as they stood. */
    public Reading read() {
        return read(tags);
    }

    private Reading read(Map<String, String> with) {
        UUID id = UUID.nameUUIDFromBytes(("osm:node/" + nodeId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Sighting.Builder builder = new Sighting.Builder(id, new Position(lat, lon, PositionSource.MANUAL, null));
        List<TagIssue> issues = SightingTags.readNode(with, builder);
        return new Reading(builder.build(), issues);
    }

    /** {@link #read()}'s result. */
    public record Reading(Sighting sighting, List<TagIssue> issues) {
    }
}
