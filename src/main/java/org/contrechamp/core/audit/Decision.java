package org.contrechamp.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit log: who decided what, when, and why. Entries are only ever appended; the
 * database refuses to change or delete them.
 *
 * @param id         the entry's number in this data directory (0 before it is stored)
 * @param actorKey   fingerprint (hex) of the key of the person who decided, null when this data
 *                   directory had no identity yet
 * @param actorName  that person's pseudonym at the time ("" without an identity)
 * @param records    the sightings the decision is about (a merge: survivor first)
 * @param key        for a decision about a key (trust, revoke): its fingerprint (hex), else null
 * @param reviewItem the review item decided, or 0
 * @param detail     how it was decided, in a machine's words (a role, the choice per field as JSON), or null
 * @param comment    why, in the decider's words, or null
 */
public record Decision(long id, Instant at, String actorKey, String actorName, DecisionKind kind,
                       List<UUID> records, String key, long reviewItem, String detail, String comment) {

    public Decision {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        actorName = actorName == null ? "" : actorName;
        records = List.copyOf(records);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The same decision under the number storage gave it. */
    public Decision withId(long value) {
        return new Decision(value, at, actorKey, actorName, kind, records, key, reviewItem, detail, comment);
    }
}
