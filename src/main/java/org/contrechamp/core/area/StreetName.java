package org.contrechamp.core.area;

import org.contrechamp.core.geo.BoundingBox;

/** A street name of the area, with how many ways carry it and the box around them. */
public record StreetName(String name, int ways, BoundingBox bounds) {
}
