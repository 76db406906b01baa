package org.contrechamp.core.duplicate;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A coordinator's decision on a pair: two distinct cameras, or one camera whose {@code loser} was
 * merged into the {@code survivor}.
 *
 * @param survivor null for {@link Kind#DISTINCT}
 */
public record DuplicateDecision(DuplicatePair pair, Kind kind, UUID survivor, Instant decidedAt) {

    public enum Kind {
        DISTINCT("distinct"), MERGED("merged");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind fromCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no duplicate decision " + code);
        }
    }

    public DuplicateDecision {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if ((kind == Kind.MERGED) != (survivor != null) || (survivor != null && !pair.contains(survivor))) {
            throw new IllegalArgumentException("a merge names its survivor, one of the pair; a distinct decision none");
        }
    }

    /** The record merged away, for a merge. */
    public UUID loser() {
        return survivor == null ? null : survivor.equals(pair.first()) ? pair.second() : pair.first();
    }
}
