package org.contrechamp.core.sighting;

/**
 * Where a sighting is: WGS84 latitude and longitude in degrees, where that came from, and how
 * precise it is believed to be. Range checks live in {@link SightingValidator} so that a wrong value
 * can be reported with the others instead of failing on construction.
 *
 * @param accuracyMeters estimated horizontal error in metres, or {@code null} when unknown
 */
public record Position(double latitude, double longitude, PositionSource source, Double accuracyMeters) {

    public static Position manual(double latitude, double longitude) {
        return new Position(latitude, longitude, PositionSource.MANUAL, null);
    }

    public Position withCoordinates(double newLatitude, double newLongitude, PositionSource newSource) {
        return new Position(newLatitude, newLongitude, newSource, newSource == source ? accuracyMeters : null);
    }
}
