package org.contrechamp.core.area;

/** The street found near a point: its name, how far it is (metres), and the way that was nearest. */
public record StreetMatch(String name, double distanceMeters, long wayId, String highway) {
}
