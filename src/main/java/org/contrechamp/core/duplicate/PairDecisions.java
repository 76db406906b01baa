package org.contrechamp.core.duplicate;

/**
 * What the finder asks before suggesting a pair: has someone already decided it (distinct, or
 * merged)? Backed by this computer's own decisions; decisions received from others can join through
 * one more implementation of this interface.
 */
@FunctionalInterface
public interface PairDecisions {

    boolean isDecided(DuplicatePair pair);

    PairDecisions NONE = pair -> false;

    /** Decided here or there. */
    default PairDecisions or(PairDecisions other) {
        return pair -> isDecided(pair) || other.isDecided(pair);
    }
}
