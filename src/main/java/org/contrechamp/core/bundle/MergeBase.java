package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * The revisions a merge starts from (docs/adr/0041): the newest ones both sides include whose values
 * this computer knows (usually one), from its history or from a version a bundle brought for review (a proposal
 * decided since is such a version: included by both sides, and the newest they share). Every
 * computer that knows the same versions picks the same bases, so that they all make the same merge.
 */
public final class MergeBase {

    /** A base: its digest and its values. */
    public record Base(String digest, Version version) {
    }

    private record Candidate(String digest, Version version, Set<String> ancestry) {
    }

    private MergeBase() {
    }

    /**
     * The newest revisions both sides include whose values are known here: those no other one
     * includes, ordered by digest so that every computer lists them alike. Usually one; several when
     * both sides were made from different revisions that neither includes the other of (two
     * decisions of one proposal made apart); none when the sides share nothing known.
     *
     * @param theirs every revision the other side includes
     * @param ours   every revision the held one includes ({@link SightingRepository#lineage})
     */
    public static List<Base> find(UUID id, Set<String> theirs, Set<String> ours, SightingRepository repository,
                                  BundleLedger ledger, PhotoSharingStore photoNames) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> before = new HashSet<>();
        for (HistoryEntry row : repository.history(id)) {
            String digest = row.change().digest();
            // The history here is a line: each row includes the rows before it.
            if (theirs.contains(digest)) {
                candidates.add(new Candidate(digest, new Version(row.after(), row.deleted()), Set.copyOf(before)));
            }
            before.add(digest);
        }
        for (BundleLedger.Conflict item : ledger.conflictsAbout(id)) {
            String digest = item.incomingDigest();
            // Only a version included whole: the other side of an open conflict is not, since taking
            // it as base would pass its fields in conflict for decided.
            if (theirs.contains(digest) && ours.contains(digest) && !before.contains(digest)) {
                candidates.add(new Candidate(digest, inLocalNames(item, photoNames), Set.copyOf(item.ancestors())));
            }
        }
        return candidates.stream()
                .filter(c -> candidates.stream().noneMatch(other -> other.ancestry().contains(c.digest())))
                .map(c -> new Base(c.digest(), c.version()))
                .distinct()
                .sorted(Comparator.comparing(Base::digest))
                .toList();
    }

    /**
     * The versions to merge the held one with another from: {@link #find}'s, each made field by field
     * where the held version took part of an open conflict's other side ({@link PendingSideBase}).
     *
     * @param except an open item not to count among those (the one being merged or shown), or 0
     */
    public static List<Version> versions(UUID id, Version held, Set<String> theirs, Set<String> ours, long except,
                                         SightingRepository repository, BundleLedger ledger,
                                         PhotoSharingStore photoNames) {
        List<PendingSideBase.PendingSide> open = new ArrayList<>();
        for (BundleLedger.Conflict item : ledger.openConflicts(id)) {
            if (item.reason() == BundleLedger.ConflictReason.DIVERGED && item.id() != except) {
                open.add(new PendingSideBase.PendingSide(item.incomingDigest(), Set.copyOf(item.ancestors()),
                        inLocalNames(item, photoNames)));
            }
        }
        return find(id, theirs, ours, repository, ledger, photoNames).stream()
                .map(base -> PendingSideBase.of(base.version(), held, ours, theirs, open))
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
