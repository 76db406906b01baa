package org.contrechamp.core.duplicate;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * The OpenStreetMap node a sighting was found to be, kept as the extra tag {@value #KEY}{@code =N}.
 * Like the "keep out of OSM" choice it is part of the shared record, so it travels in bundles and
 * merges key by key, without a new field in the bundle format; being a {@code contrechamp:} tag it
 * never reaches OpenStreetMap. The OSM export takes a linked node before the nearest one.
 *
 * <p>"Not this node" is kept as {@value #NOT_NODE}{@code <N>=yes}, one key per refused node, as two
 * records decided distinct are (docs/adr/0049): two coordinators refusing two nodes write two keys,
 * which merge without conflict, and the suggestion of that node for that sighting never comes back.
 */
public final class OsmNodeLink {

    public static final String KEY = SightingTags.LOCAL_PREFIX + "osm_node";
    public static final String NOT_NODE = SightingTags.LOCAL_PREFIX + "not_osm_node:";

    private OsmNodeLink() {
    }

    /** The node this sighting is linked to, if any (a value that is not a positive number is no link). */
    public static OptionalLong of(Sighting s) {
        String value = s.extraTags().get(KEY);
        return value == null ? OptionalLong.empty() : nodeId(value);
    }

    private static OptionalLong nodeId(String value) {
        if (value.isEmpty() || value.length() > 19) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        long node;
        try {
            node = Long.parseLong(value);
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
        return node > 0 ? OptionalLong.of(node) : OptionalLong.empty();
    }

    /** The nodes this sighting was decided not to be (keys whose suffix is no node id are ignored). */
    public static Set<Long> notNodes(Sighting s) {
        return DecisionTags.keySuffixes(s, NOT_NODE, text -> {
            OptionalLong node = nodeId(text);
            return node.isPresent() ? Optional.of(node.getAsLong()) : Optional.empty();
        });
    }

    /** Writes "this sighting is not node {@code node}" on the record. */
    public static Sighting.Builder refuse(Sighting.Builder builder, long node) {
        requirePositive(node);
        return builder.extraTag(NOT_NODE + node, DecisionTags.YES);
    }

    public static Sighting.Builder link(Sighting.Builder builder, long node) {
        requirePositive(node);
        return builder.extraTag(KEY, Long.toString(node));
    }

    private static void requirePositive(long node) {
        if (node <= 0) {
            throw new IllegalArgumentException("an OpenStreetMap node id is positive, not " + node);
        }
    }
}
