package org.contrechamp.core.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.KeptRevisions;
import org.contrechamp.core.bundle.KeptRevisions.Kept;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.SightingField;

/**
 * The items that waited here for a decision and that someone else decided meanwhile: a sync brought
 * a version from the record's author or a coordinator that includes what the item asked, and the
 * item closed by itself (docs/adr/0069). Said after the sync, so that a volunteer whose deletion a
 * coordinator overruled, or a coordinator whose colleague settled a conflict first, learns it there
 * and then rather than finding an empty queue.
 */
public final class SettledElsewhere {

    /**
     * One item decided elsewhere.
     *
     * @param item       its number here
     * @param reason     why it waited: a conflict, a proposal, a collision
     * @param fields     the fields it asked about
     * @param deletes    whether its side deleted the record
     * @param sentBy     the key whose version waited
     * @param decidedBy  the key that signed the first version received that includes it
     */
    public record Settled(long item, UUID sightingId, BundleLedger.ConflictReason reason, Set<SightingField> fields,
                          boolean deletes, Fingerprint sentBy, Fingerprint decidedBy) {
        public Settled {
            fields = Set.copyOf(fields);
        }
    }

    private final BundleLedger ledger;
    private final KeptRevisions kept;

    public SettledElsewhere(BundleLedger ledger, KeptRevisions kept) {
        this.ledger = ledger;
        this.kept = kept;
    }

    /**
     * Of the items open before (a sync, typically), those closed now by a version from someone who
     * may change the record, in the order given. An item closed because a newer version of its own
     * sender took its place (open now) was not decided: it is left out, as is one that no version
     * received explains (the careful reading: nothing is said that cannot be shown).
     */
    public List<Settled> among(Collection<BundleLedger.Conflict> openBefore) {
        List<Settled> settled = new ArrayList<>();
        for (BundleLedger.Conflict before : openBefore) {
            Optional<BundleLedger.Conflict> now = ledger.conflict(before.id());
            if (now.isEmpty() || now.get().isOpen() || replacedBySameSender(before)) {
                continue;
            }
            decider(before).ifPresent(by -> settled.add(new Settled(before.id(), before.sightingId(), before.reason(),
                    before.fields(), before.incomingDeleted(), before.signer(), by)));
        }
        return settled;
    }

    private boolean replacedBySameSender(BundleLedger.Conflict before) {
        return ledger.openConflicts(before.sightingId()).stream().anyMatch(o -> o.signer().equals(before.signer()));
    }

    /** The signer of the first version kept that counts and includes the item's version, other than itself. */
    private Optional<Fingerprint> decider(BundleLedger.Conflict item) {
        for (Kept k : kept.about(item.sightingId())) {
            if (k.signer() != null && k.counts() && !k.digest().equals(item.incomingDigest())
                    && k.includes().contains(item.incomingDigest())) {
                return Optional.of(k.signer());
            }
        }
        return Optional.empty();
    }
}
