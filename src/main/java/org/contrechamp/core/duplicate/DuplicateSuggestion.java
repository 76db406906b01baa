package org.contrechamp.core.duplicate;

import java.util.List;

import org.contrechamp.core.sighting.Sighting;

/**
 * Two live records that are probably one camera, as they were when the pair was found (a decision
 * checks their revisions again), with a score from 0 to 1 and the reasons behind it.
 */
public record DuplicateSuggestion(Sighting first, Sighting second, double score, double distanceMeters,
                                  List<Reason> reasons) {

    public DuplicateSuggestion {
        reasons = List.copyOf(reasons);
        if (DuplicatePair.compare(first.id(), second.id()) > 0) {
            Sighting swap = first;
            first = second;
            second = swap;
        }
    }

    /** A shared photo or the same OSM node among the reasons. */
    public boolean hasStrongSignal() {
        return reasons.stream().anyMatch(r -> r.kind() == ReasonKind.SHARED_PHOTOS || r.kind() == ReasonKind.SAME_OSM_NODE);
    }

    public DuplicatePair pair() {
        return new DuplicatePair(first.id(), second.id());
    }
}
