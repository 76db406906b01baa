package org.contrechamp.core.duplicate;

import java.util.Objects;
import java.util.UUID;

/**
 * Two records, in a canonical order (the smaller id first, compared as text, which is how the
 * decision table and every other computer order them), so that "A and B" and "B and A" are one
 * pair everywhere: in suggestions, decisions and the decision table.
 */
public record DuplicatePair(UUID first, UUID second) {

    public DuplicatePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (compare(first, second) > 0) {
            throw new IllegalArgumentException("a pair is written smaller id first");
        }
    }

    public static DuplicatePair of(UUID a, UUID b) {
        return compare(a, b) <= 0 ? new DuplicatePair(a, b) : new DuplicatePair(b, a);
    }

    /** Ids in the order of their canonical text (UUID's own order compares signed numbers). */
    public static int compare(UUID a, UUID b) {
        return a.toString().compareTo(b.toString());
    }

    public boolean contains(UUID id) {
        return first.equals(id) || second.equals(id);
    }
}
