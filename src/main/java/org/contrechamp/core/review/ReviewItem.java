package org.contrechamp.core.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.provenance.Person;

/**
 * One entry of the review queue: a conflict, a proposal or a collision, still open.
 *
 * @param id         the number a person and a script name it by ({@code conflicts show 12})
 * @param signer     who sent the other side
 * @param decisions  the fields a person must decide (for a proposal: every field it changes)
 * @param author     who created the record, as the one deciding needs to know (a proposal waits for
 *                   them or a coordinator); null when not known here
 */
public record ReviewItem(long id, UUID sightingId, ReviewKind kind, Fingerprint signer, String signerName,
                         Instant detectedAt, List<MergeField> decisions, Person author) {

    public ReviewItem {
        decisions = List.copyOf(decisions);
    }

    /** An item whose record's author is not known here. */
    public ReviewItem(long id, UUID sightingId, ReviewKind kind, Fingerprint signer, String signerName,
                      Instant detectedAt, List<MergeField> decisions) {
        this(id, sightingId, kind, signer, signerName, detectedAt, decisions, null);
    }
}
