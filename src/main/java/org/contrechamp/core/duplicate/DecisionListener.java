package org.contrechamp.core.duplicate;

import org.contrechamp.core.sighting.Sighting;

/**
 * Told of every duplicate decision, inside the transaction that stores it (so that an audit row
 * is written with the decision or not at all). {@code first} and {@code second} are the pair as the
 * decision found them, before any change; {@code comment} is why the person decided so (null when
 * they gave no reason), for the audit log.
 */
@FunctionalInterface
public interface DecisionListener {

    void decided(DuplicateDecision decision, Sighting first, Sighting second, String comment);

    DecisionListener NONE = (decision, first, second, comment) -> { };
}
