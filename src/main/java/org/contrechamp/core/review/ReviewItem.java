package org.contrechamp.core.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.MergeField;

/**
 * One entry of the review queue: a conflict, a proposal or a collision, still open.
 *
 * @param id         the number a person and a script name it by ({@code conflicts show 12})
 * @param signer     who sent the other side
 * @param decisions  the fields a person must decide (for a proposal: every field it changes)
 */
public record ReviewItem(long id, UUID sightingId, ReviewKind kind, Fingerprint signer, String signerName,
                         Instant detectedAt, List<MergeField> decisions) {

    public ReviewItem {
        decisions = List.copyOf(decisions);
    }
}
