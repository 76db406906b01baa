package org.contrechamp.core.coverage;

import java.util.List;

import org.contrechamp.core.inventory.ZoneSource;

/**
 * Which streets of the area (or of one zone of it) were walked, which have cameras, which are left.
 *
 * @param scope      the zone asked for, else the area's name
 * @param zoneSource what the zones are (as in the inventory)
 * @param tracks     how many kept tracks were used
 * @param streets    by zone, then name
 * @param zones      one line per zone, in name order; the streets outside every zone last (zone null)
 * @param total      every street in scope
 */
public record Coverage(String scope, ZoneSource zoneSource, int tracks, List<StreetCoverage> streets,
                       List<ZoneCoverage> zones, ZoneCoverage total) {

    public Coverage {
        streets = List.copyOf(streets);
        zones = List.copyOf(zones);
    }
}
