package org.contrechamp.core.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.sighting.SightingService;

/**
 * Records that two sightings are distinct cameras so that the decision travels (docs/adr/0049): each
 * gets a new revision tagged {@code contrechamp:distinct_from:<other>=yes}, which leaves in the next
 * bundle like any edit. A coordinator's decision is applied everywhere; a volunteer's, on records of
 * others, reaches the coordinators as a proposal, as any change of someone else's record does. Both
 * records are checked before either is changed: nothing is half-decided.
 */
public final class DistinctDecisions {

    private final SightingService sightings;
    private final SightingRepository repository;
    private final Transactions transactions;

    public DistinctDecisions(SightingService sightings, SightingRepository repository, Transactions transactions) {
        this.sightings = sightings;
        this.repository = repository;
        this.transactions = transactions;
    }

    /**
     * @return how many records got a new revision (0 when both already said so)
     * @throws InvalidInputException {@code decision-same-record}, {@code merge-chain-unknown} for a
     *         record not held, {@code decision-on-tombstone} for a deleted one (naming the record it
     *         was merged into, if any)
     */
    public int decide(UUID a, UUID b) {
        if (a.equals(b)) {
            throw new InvalidInputException(Problem.of(a.toString(), "decision-same-record", a.toString()));
        }
        return transactions.inTransaction(() -> {
            List<Problem> problems = new ArrayList<>();
            Sighting first = live(a, problems);
            Sighting second = live(b, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return tag(first, b) + tag(second, a);
        });
    }

    private Sighting live(UUID id, List<Problem> problems) {
        HistoryEntry head = repository.latest(id).orElse(null);
        if (head == null) {
            problems.add(Problem.of(id.toString(), "merge-chain-unknown", id.toString()));
            return null;
        }
        if (head.deleted()) {
            MergeChain.Followed chain = MergeChain.follow(id, repository::latest);
            problems.add(chain.live().map(s -> Problem.of(id.toString(), "decision-on-merged", id.toString(), s.toString()))
                    .orElse(Problem.of(id.toString(), "decision-on-tombstone", id.toString())));
            return null;
        }
        return head.after();
    }

    private int tag(Sighting s, UUID other) {
        String key = DecisionTags.distinctKey(other);
        if (DecisionTags.YES.equals(s.extraTags().get(key))) {
            return 0;
        }
        sightings.update(s.toBuilder().extraTag(key, DecisionTags.YES).build());
        return 1;
    }
}
