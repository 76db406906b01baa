package org.contrechamp.core.sighting;

import java.util.Optional;

/**
 * Why a camera marked {@link Status#REMOVED} no longer counts: gone ({@code removed:} in
 * OpenStreetMap's lifecycle prefixes) or still there but out of use, covered or switched off
 * ({@code disused:}). Kept as the extra tag {@code contrechamp:lifecycle=disused}, part of the shared
 * record like {@link OsmChoice}, so that it travels in bundles with no change to their format; its
 * absence on a removed camera means gone.
 */
public enum Lifecycle {
    REMOVED("removed"),
    DISUSED("disused");

    public static final String KEY = SightingTags.LOCAL_PREFIX + "lifecycle";

    private final String prefix;

    Lifecycle(String prefix) {
        this.prefix = prefix;
    }

    /** The OSM lifecycle prefix, without its colon: {@code removed}, {@code disused}. */
    public String prefix() {
        return prefix;
    }

    /** How a sighting is out of service; empty for a camera that is not marked removed. */
    public static Optional<Lifecycle> of(Sighting s) {
        if (s.status() != Status.REMOVED) {
            return Optional.empty();
        }
        return Optional.of(DISUSED.prefix.equals(s.extraTags().get(KEY)) ? DISUSED : REMOVED);
    }

    /** Marks the builder's camera removed in this way (gone: no tag, as before the tag existed). */
    public static Sighting.Builder mark(Sighting.Builder builder, Lifecycle lifecycle) {
        builder.status(Status.REMOVED);
        return lifecycle == DISUSED ? builder.extraTag(KEY, DISUSED.prefix) : builder.withoutExtraTag(KEY);
    }

    /** Back in service: active, and the tag gone. */
    public static Sighting.Builder active(Sighting.Builder builder) {
        return builder.status(Status.ACTIVE).withoutExtraTag(KEY);
    }
}
