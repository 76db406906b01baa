package org.contrechamp.core.area;

import org.contrechamp.core.area.geom.Geometry;

/**
 * A street of the gazetteer: a named {@code highway=*} way (or a stretch of one), with its geometry.
 *
 * @param area     a pedestrian square drawn as an area ({@code area=yes}): inside it, the distance is 0
 */
public record StreetWay(long wayId, String name, String highway, boolean area, Geometry geometry) {
}
