package org.contrechamp.core.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * A street-level inventory: zone, then street, then cameras, in the reading order of its locale;
 * the removed cameras apart; the totals. Only reviewed sightings count (drafts are left out), each
 * camera once (merged records are one record).
 *
 * @param scope      what it covers: the zone asked for, or the area's name
 * @param zoneSource what its zones are
 * @param zoneLevel  the administrative level of its zones (0 when they are not administrative)
 */
public record Inventory(String scope, LocalDate date, ZoneSource zoneSource, int zoneLevel, List<InventoryZone> zones,
        List<RemovedCamera> removed, InventoryCounts counts) {

    public Inventory {
        zones = List.copyOf(zones);
        removed = List.copyOf(removed);
    }
}
