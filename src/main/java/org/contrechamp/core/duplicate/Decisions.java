package org.contrechamp.core.duplicate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * The decisions about pairs of records that travel with the records (docs/adr/0049), as one
 * workspace service: what is decided, where a merged record lives on, deciding two records distinct,
 * and what others did to someone's work.
 */
public final class Decisions {

    private final DecidedPairs pairs;
    private final SightingRepository repository;
    private final DuplicateService duplicates;
    private final WorkOutcomes outcomes;

    /** @param duplicates where a distinct decision is made (one path with {@code duplicates resolve}) */
    public Decisions(DecidedPairs pairs, SightingRepository repository, AuthorshipLedger authorship,
            DuplicateService duplicates) {
        this.pairs = pairs;
        this.repository = repository;
        this.duplicates = duplicates;
        this.outcomes = new WorkOutcomes(repository, authorship);
    }

    /** What the duplicates finder asks. */
    public DecidedPairs pairs() {
        return pairs;
    }

    /** Follows "merged into" tombstones from a record to the one it lives on in. */
    public MergeChain.Followed follow(UUID id) {
        return MergeChain.follow(id, repository::latest);
    }

    /**
     * The two records are two cameras: the duplicates' own decision ({@link DuplicateService#distinct}),
     * so that it is remembered, audited and travels the same way from every command.
     *
     * @return how many of the two got a new revision (0 when both already said so)
     */
    public int decideDistinct(UUID a, UUID b) {
        return decideDistinct(a, b, null);
    }

    /** As {@link #decideDistinct(UUID, UUID)}, with why, kept in the audit log. */
    public int decideDistinct(UUID a, UUID b, String comment) {
        return duplicates.distinctCountingChanges(a, b, comment);
    }

    /** What others did to the records of {@code author} (empty: the records made here). */
    public List<WorkOutcomes.Outcome> outcomes(Optional<Fingerprint> author) {
        return outcomes.of(author);
    }
}
