package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Sighting;

/**
 * The revisions a merge starts from (docs/adr/0041, 0055): the newest ones both sides include whose
 * values this computer knows (usually one), from its history, the versions it kept, or a version a
 * bundle brought for review (a proposal decided since is such a version: included by both sides, and
 * the newest they share). What each of them includes is what it said when it came
 * ({@link KnownRevisions}), so every computer that has seen the same versions picks the same bases,
 * and makes the same merge.
 */
public final class MergeBase {

    /** A base: its digest and its values. */
    public record Base(String digest, Version version) {
    }

    private MergeBase() {
    }

    /**
     * The versions to merge one side with another from: {@link KnownRevisions#newestCommon}'s, each
     * made field by field where the first side took part of an open conflict's other side
     * ({@link PendingSideBase}).
     *
     * @param side     the first side's values
     * @param sideAll  every revision the first side includes, itself among them
     * @param theirs   every revision the other side includes, itself among them
     * @param except   an open item not to count among those (the one being merged or shown), or 0
     */
    public static List<Version> versions(UUID id, Version side, Set<String> sideAll, Set<String> theirs, long except,
                                         KnownRevisions known, BundleLedger ledger, PhotoSharingStore photoNames) {
        List<PendingSideBase.PendingSide> open = new ArrayList<>();
        for (BundleLedger.Conflict item : ledger.openConflicts(id)) {
            if (item.reason() == BundleLedger.ConflictReason.DIVERGED && item.id() != except) {
                open.add(new PendingSideBase.PendingSide(item.incomingDigest(), Set.copyOf(item.ancestors()),
                        inLocalNames(item, photoNames)));
            }
        }
        return versions(side, sideAll, theirs, known, open);
    }

    /** As {@link #versions(UUID, Version, Set, Set, long, KnownRevisions, BundleLedger, PhotoSharingStore)}. */
    static List<Version> versions(Version side, Set<String> sideAll, Set<String> theirs, KnownRevisions known,
                                  List<PendingSideBase.PendingSide> open) {
        return known.newestCommon(sideAll, theirs).stream()
                .map(base -> PendingSideBase.of(base.version(), side, sideAll, theirs, open))
                .distinct()
                .toList();
    }

    /** An item's version with its photos as this computer names them. */
    static Version inLocalNames(BundleLedger.Conflict item, PhotoSharingStore photoNames) {
        Sighting values = item.incoming().toBuilder()
                .photos(item.incoming().photos().stream().map(photoNames::localName).toList()).build();
        return new Version(values, item.incomingDeleted());
    }
}
