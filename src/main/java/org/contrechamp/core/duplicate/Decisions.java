package org.contrechamp.core.duplicate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.sighting.SightingService;

/**
 * The decisions about pairs of records that travel with the records (docs/adr/0049), as one
 * workspace service: what is decided, where a merged record lives on, deciding two records distinct,
 * and what others did to someone's work.
 */
public final class Decisions {

    private final DecidedPairs pairs;
    private final SightingRepository repository;
    private final DistinctDecisions distinct;
    private final WorkOutcomes outcomes;

    public Decisions(DecidedPairs pairs, SightingService sightings, SightingRepository repository,
            AuthorshipLedger authorship, Transactions transactions) {
        this.pairs = pairs;
        this.repository = repository;
        this.distinct = new DistinctDecisions(sightings, repository, transactions);
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

    /** See {@link DistinctDecisions#decide}. */
    public int decideDistinct(UUID a, UUID b) {
        return distinct.decide(a, b);
    }

    /** What others did to the records of {@code author} (empty: the records made here). */
    public List<WorkOutcomes.Outcome> outcomes(Optional<Fingerprint> author) {
        return outcomes.of(author);
    }
}
