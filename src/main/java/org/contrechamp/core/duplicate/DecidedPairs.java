package org.contrechamp.core.duplicate;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the duplicates finder asks before it suggests a pair: has anyone with the right to decide
 * already decided about these two records? A decision is held when the current revision of one of
 * them says so (docs/adr/0049): a tombstone merged into the other, or a "distinct from" tag naming
 * the other. Decisions made here and decisions received in bundles (a coordinator's, or a
 * consolidated inventory) are the same data, so the answer is the same on every computer that holds
 * the same revisions. Implemented by storage, kept up to date with every stored revision.
 */
public interface DecidedPairs {

    enum Decision { MERGED, DISTINCT }

    /** Whether the pair was decided, in either order of the two. */
    default boolean isDecided(UUID a, UUID b) {
        return decision(a, b).isPresent();
    }

    /** The decision about a pair, in either order of the two; a merge wins over a distinct tag left behind. */
    Optional<Decision> decision(UUID a, UUID b);

    /** Every record that a decision pairs with this one. */
    Set<UUID> decidedWith(UUID id);

    /** Every decided pair at once (a tag naming the record itself, or no id, is left out). */
    Set<DuplicatePair> all();

    /**
     * These decisions as the finder asks them, read once: a search asks about thousands of pairs, and
     * one read of the index costs less than a query for each.
     */
    default PairDecisions snapshot() {
        Set<DuplicatePair> decided = all();
        return decided::contains;
    }
}
