package org.contrechamp.core.inventory;

import java.util.Map;

/**
 * The totals of an inventory. Every map runs from the most frequent value to the least (ties by
 * value); the key {@code ""} counts cameras where the value is not known.
 *
 * @param byKind     by OSM value of the kind ({@code camera}, {@code ALPR}...)
 * @param byType     by OSM value of the camera type
 * @param byOperator by operator as written
 * @param byZone     by zone name ({@code ""}: outside every zone)
 */
public record InventoryCounts(int cameras, int streets, int withoutStreet, int removed, Map<String, Integer> byKind,
        Map<String, Integer> byType, Map<String, Integer> byOperator, Map<String, Integer> byZone) {

    public InventoryCounts {
        byKind = Map.copyOf(byKind);
        byType = Map.copyOf(byType);
        byOperator = Map.copyOf(byOperator);
        byZone = Map.copyOf(byZone);
    }
}
