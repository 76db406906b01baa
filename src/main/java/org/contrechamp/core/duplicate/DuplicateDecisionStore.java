package org.contrechamp.core.duplicate;

import java.util.List;
import java.util.Optional;

/** Where this computer keeps its duplicate decisions (SQLite table {@code duplicate_decision}, V009). */
public interface DuplicateDecisionStore extends PairDecisions {

    /** Stores a decision, replacing an earlier one of the same pair. */
    void record(DuplicateDecision decision);

    Optional<DuplicateDecision> find(DuplicatePair pair);

    /** Every decision, oldest first. */
    List<DuplicateDecision> all();

    /** The decided pairs at once, for a finder that asks about many pairs. */
    default PairDecisions snapshot() {
        java.util.Set<DuplicatePair> decided = new java.util.HashSet<>();
        all().forEach(d -> decided.add(d.pair()));
        return decided::contains;
    }

    @Override
    default boolean isDecided(DuplicatePair pair) {
        return find(pair).isPresent();
    }
}
