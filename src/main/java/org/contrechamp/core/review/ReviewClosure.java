package org.contrechamp.core.review;

import java.time.Instant;
import java.util.List;

import org.contrechamp.core.audit.Decision;

/**
 * When an item was closed, and how: by decisions taken here (the audit log's entries about it, which
 * keep the values chosen and the reason), or by a revision from elsewhere that includes what it asked
 * about (no entry here; the record's provenance names who decided there and what was not taken).
 *
 * @param decisions the audit log's entries about this item, oldest first; empty when it was closed by
 *                  a revision that arrived
 * @param comment   the reason stored with the item when it was closed here; null otherwise
 */
public record ReviewClosure(Instant at, List<Decision> decisions, String comment) {

    public ReviewClosure {
        decisions = List.copyOf(decisions);
    }

    /** Whether this computer's own decision closed it (else a revision that arrived did). */
    public boolean decidedHere() {
        return !decisions.isEmpty();
    }
}
