package org.contrechamp.core.area;

/** The address found near a point and how far it is, in metres (0 inside its building). */
public record AddressMatch(Address address, double distanceMeters) {
}
