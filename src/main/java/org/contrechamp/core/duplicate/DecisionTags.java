package org.contrechamp.core.duplicate;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.contrechamp.core.sighting.Sighting;

/**
 * How a coordinator's decisions about two records travel: as extra tags of the records themselves
 * (docs/adr/0049). A record merged away is a tombstone tagged {@link MergedInto#KEY}{@code =<survivor>};
 * two records decided distinct each carry {@code contrechamp:distinct_from:<other>=yes}. Being values
 * of signed revisions, the decisions reach everyone through the bundles that already carry the
 * records, with their authority, ordering and revocation rules, and merge key by key (two decisions
 * about one record never conflict). Exports leave {@code contrechamp:} tags out.
 */
public final class DecisionTags {

    public static final String DISTINCT_FROM = "contrechamp:distinct_from:";
    public static final String YES = "yes";

    private DecisionTags() {
    }

    /**
     * The text of the "merged into" tag of a tombstone; empty for a live record (a restored record
     * keeps the tag but is merged into nothing) or a tombstone without the tag. Whether the text names
     * a record id is {@link MergeChain}'s to say.
     */
    public static Optional<String> mergedInto(Sighting values, boolean deleted) {
        return deleted ? Optional.ofNullable(values.extraTags().get(MergedInto.KEY)) : Optional.empty();
    }

    /** The records this one was decided distinct from (tags whose key names no id are ignored). */
    public static Set<UUID> distinctFrom(Sighting values) {
        return keySuffixes(values, DISTINCT_FROM, DecisionTags::parse);
    }

    /** What the keys that start with {@code prefix} name after it, where {@code parse} reads a value. */
    static <T> Set<T> keySuffixes(Sighting values, String prefix, Function<String, Optional<T>> parse) {
        Set<T> named = new LinkedHashSet<>();
        for (String key : values.extraTags().keySet()) {
            if (key.startsWith(prefix)) {
                parse.apply(key.substring(prefix.length())).ifPresent(named::add);
            }
        }
        return named;
    }

    /** The key that says "distinct from {@code other}". */
    public static String distinctKey(UUID other) {
        return DISTINCT_FROM + other;
    }

    static Optional<UUID> parse(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
