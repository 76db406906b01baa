package org.contrechamp.core.duplicate;

import java.util.UUID;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;

/**
 * Writes a "distinct" decision so that it travels (docs/adr/0049): each of the two records gets a new
 * revision tagged {@code contrechamp:distinct_from:<other>=yes}, which leaves in the next bundle like
 * any edit. A coordinator's decision is applied everywhere; a volunteer's, on records of others,
 * reaches the coordinators as a proposal, as any change of someone else's record does. Called by
 * {@link DuplicateService#distinct}, which checks both records first and runs this in the transaction
 * that stores the decision.
 */
final class DistinctDecisions {

    private final SightingService sightings;

    DistinctDecisions(SightingService sightings) {
        this.sightings = sightings;
    }

    /** @return how many of the two got a new revision (0 when both already said so) */
    int tag(Sighting first, Sighting second) {
        return tag(first, second.id()) + tag(second, first.id());
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
