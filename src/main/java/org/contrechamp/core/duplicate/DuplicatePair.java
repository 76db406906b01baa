package org.contrechamp.core.duplicate;

import java.util.Objects;
import java.util.UUID;

/**
 * Two records, in a canonical order (the smaller id first), so that "A and B" and "B and A" are one
 * pair everywhere: in suggestions, decisions and the decision table.
 */
public record DuplicatePair(UUID first, UUID second) {

    public DuplicatePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) > 0) {
            throw new IllegalArgumentException("a pair is written smaller id first");
        }
    }

    public static DuplicatePair of(UUID a, UUID b) {
        return a.compareTo(b) <= 0 ? new DuplicatePair(a, b) : new DuplicatePair(b, a);
    }

    public boolean contains(UUID id) {
        return first.equals(id) || second.equals(id);
    }
}
