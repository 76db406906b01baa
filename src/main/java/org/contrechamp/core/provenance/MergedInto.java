package org.contrechamp.core.provenance;

import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * The tag a record merged away carries on its tombstone: {@code contrechamp:merged_into=<survivor id>}
 * (the coordinator's desk decisions for issue 12). Provenance follows it: the survivor's history is
 * its own and that of every record merged into it.
 */
public final class MergedInto {

    public static final String KEY = SightingTags.LOCAL_PREFIX + "merged_into";

    private MergedInto() {
    }

    /** The survivor a record was merged into, if its tag names one that can be read. */
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
}
