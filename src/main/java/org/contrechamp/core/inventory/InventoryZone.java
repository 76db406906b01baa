package org.contrechamp.core.inventory;

import java.util.List;

/**
 * A zone of the inventory: its streets in reading order, and the cameras near no named street,
 * listed apart (never dropped).
 *
 * @param name the zone's name; null for the cameras outside every zone of the level used
 */
public record InventoryZone(String name, List<InventoryStreet> streets, List<InventoryCamera> withoutStreet) {

    public InventoryZone {
        streets = List.copyOf(streets);
        withoutStreet = List.copyOf(withoutStreet);
    }

    public int cameraCount() {
        return streets.stream().mapToInt(s -> s.cameras().size()).sum() + withoutStreet.size();
    }
}
