package org.contrechamp.core.inventory;

import java.util.List;

/** A street of a zone and its cameras, numbered in the order along the street. */
public record InventoryStreet(String name, List<InventoryCamera> cameras) {

    public InventoryStreet {
        cameras = List.copyOf(cameras);
    }
}
