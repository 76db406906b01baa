package org.contrechamp.core.zone;

import java.util.List;

import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.area.geom.Geometry;

/**
 * A zone the user drew on the map by clicking its corners: a name and one ring (the last corner joins
 * the first). Kept on this computer, per area; inventories, exports and the comparison with the
 * official list take it like the area's own zones.
 *
 * @param corners latitude, longitude of each corner, in the order they were clicked
 */
public record DrawnZone(String name, List<Corner> corners) {

    /** One corner of a drawn zone, in degrees. */
    public record Corner(double lat, double lon) {
    }

    public DrawnZone {
        corners = List.copyOf(corners);
    }

    /** The zone as the inventory's zone locator takes it (even-odd ring in OSM precision). */
    public Zone toZone() {
        int[] ring = new int[corners.size() * 2];
        for (int i = 0; i < corners.size(); i++) {
            ring[2 * i] = Geometry.toE7(corners.get(i).lon());
            ring[2 * i + 1] = Geometry.toE7(corners.get(i).lat());
        }
        return new Zone(ZoneKind.DRAWN, 0, name, 0, new Geometry(List.of(ring)));
    }
}
