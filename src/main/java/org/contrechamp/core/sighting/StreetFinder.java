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
}
