package org.contrechamp.core.duplicate;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * The tag a record merged away carries on its tombstone: {@value #KEY}{@code =<survivor id>}. Every
 * party follows it to the record that lives on (provenance, counts, links, {@link MergeChain}). This
 * is the one name of the tag in the code; migration V011's triggers spell it in SQL.
 */
public final class MergedInto {

    public static final String KEY = SightingTags.LOCAL_PREFIX + "merged_into";
    /** A chain longer than this is taken as broken: no real campaign merges a camera this many times. */
    static final int MAX_CHAIN = 1000;

    private MergedInto() {
    }

    /** The survivor this record names, if it carries the tag and the tag holds an id. */
    public static Optional<UUID> of(Sighting s) {
        String value = s.extraTags().get(KEY);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * Whether following {@code merged_into} from {@code start} reaches {@code target} (or goes round in
     * a loop, which is as bad): merging {@code target} into {@code start} would then close a loop.
     *
     * @param lookup the latest version of a record (live or tombstone), if held
     */
    public static boolean leadsTo(UUID start, UUID target, Function<UUID, Optional<Sighting>> lookup) {
        Set<UUID> seen = new HashSet<>();
        UUID at = start;
        while (at != null) {
            if (at.equals(target) || !seen.add(at) || seen.size() > MAX_CHAIN) {
                return true;
            }
            at = lookup.apply(at).flatMap(MergedInto::of).orElse(null);
        }
        return false;
    }
}
