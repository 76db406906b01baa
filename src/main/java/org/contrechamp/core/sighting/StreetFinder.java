package org.contrechamp.core.sighting;

import java.util.Optional;

/**
 * Finds the street a point belongs to (the offline area's gazetteer does). The sighting service asks
 * it whenever a sighting gets a position, unless the volunteer typed the street by hand.
 */
@FunctionalInterface
public interface StreetFinder {

    /** No area: no automatic street. */
    StreetFinder NONE = (latitude, longitude) -> Optional.empty();

    Optional<StreetAssignment> nearest(double latitude, double longitude);

    /**
     * The street a sighting should carry: a manual one stays, so does one a new record comes with;
     * otherwise, for a new sighting or one that moved, the nearest street at its position, or none.
     * The street is each computer's own (derived from its area), so records that arrive in bundles
     * get theirs here too.
     *
     * @param before the version held before, or null for a new record
     */
    default Sighting placed(Sighting s, Sighting before) {
        if (s.street() != null && (s.street().manual() || before == null)) {
            return s; // typed by hand, or given with a new record (an import): kept as it is
        }
        boolean moved = before == null || !before.position().equals(s.position());
        if (!moved && s.street() != null) {
            return s;
        }
        if (!moved && before.street() == null && s.street() == null) {
            return s;
        }
        StreetAssignment found = nearest(s.position().latitude(), s.position().longitude()).orElse(null);
        return s.toBuilder().street(found).build();
    }
}
