package org.contrechamp.core.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a street's cameras on its map and in its table: along the longer extent of the
 * cameras (west to east for a street that runs east-west, north to south for one that runs
 * north-south), so that the numbers follow a walk down the street. Ties by id: the order never
 * changes between runs.
 */
final class AlongStreet {

    private AlongStreet() {
    }

    static List<InventoryCamera> sort(List<InventoryCamera> cameras) {
        if (cameras.size() < 2) {
            return cameras;
        }
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (InventoryCamera c : cameras) {
            minLat = Math.min(minLat, c.sighting().position().latitude());
            maxLat = Math.max(maxLat, c.sighting().position().latitude());
            minLon = Math.min(minLon, c.sighting().position().longitude());
            maxLon = Math.max(maxLon, c.sighting().position().longitude());
        }
        double eastWest = (maxLon - minLon) * Math.cos(Math.toRadians((minLat + maxLat) / 2));
        boolean byLongitude = eastWest >= maxLat - minLat;
        Comparator<InventoryCamera> order = byLongitude
                ? Comparator.comparingDouble(c -> c.sighting().position().longitude())
                : Comparator.comparingDouble(c -> -c.sighting().position().latitude());
        List<InventoryCamera> sorted = new ArrayList<>(cameras);
        sorted.sort(order.thenComparing(c -> c.sighting().id()));
        return sorted;
    }
}
