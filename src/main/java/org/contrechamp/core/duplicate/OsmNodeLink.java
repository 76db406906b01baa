package org.contrechamp.core.duplicate;

import java.util.OptionalLong;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * The OpenStreetMap node a sighting was found to be, kept as the extra tag {@value #KEY}{@code =N}.
 * Like the "keep out of OSM" choice it is part of the shared record, so it travels in bundles and
 * merges key by key, without a new field in the bundle format; being a {@code contrechamp:} tag it
 * never reaches OpenStreetMap. The OSM export takes a linked node before the nearest one.
 */
public final class OsmNodeLink {

    public static final String KEY = SightingTags.LOCAL_PREFIX + "osm_node";

    private OsmNodeLink() {
    }

    /** The node this sighting is linked to, if any (a value that is not a positive number is no link). */
    public static OptionalLong of(Sighting s) {
        String value = s.extraTags().get(KEY);
        if (value == null || value.isEmpty() || value.length() > 19) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        long node = Long.parseLong(value);
        return node > 0 ? OptionalLong.of(node) : OptionalLong.empty();
    }

    public static Sighting.Builder link(Sighting.Builder builder, long node) {
        if (node <= 0) {
            throw new IllegalArgumentException("an OpenStreetMap node id is positive, not " + node);
        }
        return builder.extraTag(KEY, Long.toString(node));
    }
}
