package org.contrechamp.core.review;

import java.time.Instant;

/**
 * When an item was closed, and the reason given: by a decision here, or by a revision from elsewhere
 * that includes what it asked about (then the reason, if any, is the one that came with it).
 *
 * @param decidedHere whether this computer's own decision closed it (else a revision that arrived did)
 * @param comment     the reason written with the decision here; null when there was none or it came
 *                    from elsewhere (the provenance shows those)
 */
public record ReviewClosure(Instant at, boolean decidedHere, String comment) {
}
