package org.contrechamp.core.sighting;

/**
 * The street a sighting belongs to in street-level inventories: the nearest named street of the
 * offline area (with its distance, in metres), or a name the volunteer typed (manual), which an
 * automatic assignment never overwrites. Local to Contrechamp: not an OSM tag.
 *
 * @param distanceMeters distance to the street's centre line when assigned automatically; null when manual
 */
public record StreetAssignment(String name, Double distanceMeters, boolean manual) {

    public StreetAssignment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a street has a name");
        }
    }

    public static StreetAssignment manual(String name) {
        return new StreetAssignment(name.strip(), null, true);
    }

    public static StreetAssignment nearest(String name, double distanceMeters) {
        return new StreetAssignment(name, distanceMeters, false);
    }
}
