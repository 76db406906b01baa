package org.contrechamp.core.area;

/** A camera already in OpenStreetMap near a point, and how far it is in metres. */
public record OsmCameraMatch(OsmCamera camera, double distanceMeters) {
}
