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
 * The revision a merge starts from (docs/adr/0041): the newest one both sides include whose values
 * this computer knows, from its history or from a version a bundle brought for review (a proposal
 * decided since is such a version: included by both sides, and the newest they share). Every
 * computer that knows the same versions picks the same base, so that they all make the same merge.
 */
public final class MergeBase {

    /** A base: its digest and its values. */
    public record Base(String digest, Version version) {
    }

    private record Candidate(String digest, Version version, Set<String> ancestry, long order) {
    }

    private MergeBase() {
    }

    /**
     * @param theirs every revision the other side includes
     * @param ours   every revision the held one includes ({@link SightingRepository#lineage})
     * @param parents the revisions the other side was made from, preferred as base among the newest
     *                when several are (a resolution names the version it decided on)
     */
    public static Optional<Base> find(UUID id, Set<String> theirs, Set<String> ours, List<String> parents,
                                      SightingRepository repository, BundleLedger ledger,
                                      PhotoSharingStore photoNames) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> before = new HashSet<>();
        long order = 0;
        for (HistoryEntry row : repository.history(id)) {
            String digest = row.change().digest();
            // The history here is a line: each row includes the rows before it.
            if (theirs.contains(digest)) {
                candidates.add(new Candidate(digest, new Version(row.after(), row.deleted()), Set.copyOf(before), order));
            }
            before.add(digest);
            order++;
        }
        for (BundleLedger.Conflict item : ledger.conflictsAbout(id)) {
            String digest = item.incomingDigest();
            // Only a version included whole: the other side of an open conflict is not, since taking
            // it as base would pass its fields in conflict for decided.
            if (theirs.contains(digest) && ours.contains(digest) && !before.contains(digest)) {
                Sighting values = item.incoming().toBuilder()
                        .photos(item.incoming().photos().stream().map(photoNames::localName).toList()).build();
                candidates.add(new Candidate(digest, new Version(values, item.incomingDeleted()),
                        Set.copyOf(item.ancestors()), order++));
            }
        }
        // The newest: a candidate no other one includes; of several, one the other side was made from
        // (a decision names the version it decided on), then the same one on every computer.
        return candidates.stream()
                .filter(c -> candidates.stream().noneMatch(other -> other.ancestry().contains(c.digest())))
                .min(Comparator.comparing((Candidate c) -> !parents.contains(c.digest())).thenComparing(Candidate::digest))
                .map(c -> new Base(c.digest(), c.version()));
    }
}
