package org.contrechamp.core.sighting;

/**
 * The surveyor's "keep out of OpenStreetMap" choice for one sighting (a camera inside a squat, a
 * place a campaign does not want on a public map yet). It is part of the shared record, so that it
 * reaches the coordinator who exports: it is stored as the extra tag {@value #KEY}{@code =no}, which
 * travels in bundles and merges key by key like every extra tag, without a new field in the bundle
 * format or the record digest (docs/adr/0044-exports.md). Being a {@code contrechamp:} tag, it never
 * reaches OpenStreetMap itself.
 */
public final class OsmChoice {

    public static final String KEY = SightingTags.LOCAL_PREFIX + "osm";
    public static final String KEEP_OUT = "no";

    private OsmChoice() {
    }

    /** Whether the surveyor kept this sighting out of OpenStreetMap exports. */
    public static boolean isKeptOut(Sighting s) {
        return KEEP_OUT.equals(s.extraTags().get(KEY));
    }

    /** Sets or clears the choice: cleared, the tag is gone (not "yes"), as it was before it was set. */
    public static Sighting.Builder keepOut(Sighting.Builder builder, boolean keepOut) {
        return keepOut ? builder.extraTag(KEY, KEEP_OUT) : builder.withoutExtraTag(KEY);
    }
}
