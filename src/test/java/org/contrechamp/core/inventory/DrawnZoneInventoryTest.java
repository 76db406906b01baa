package org.contrechamp.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.contrechamp.core.inventory.InventoryBuilderTest.build;
import static org.contrechamp.core.inventory.InventoryBuilderTest.camera;
import static org.contrechamp.core.inventory.InventoryBuilderTest.square;
import static org.contrechamp.core.inventory.InventoryBuilderTest.zoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.contrechamp.core.area.Zone;
import org.contrechamp.core.zone.DrawnZone;
import org.junit.jupiter.api.Test;

/** An inventory of a zone the user drew: a scope, listed by the area's finer zones when it has some. */
class DrawnZoneInventoryTest {

    /** A triangle over the north-west of the town, drawn by clicking three corners. */
    static Zone triangle() {
        return new DrawnZone("Mon quartier", List.of(new DrawnZone.Corner(48.10, 2.10), new DrawnZone.Corner(48.12, 2.10),
                new DrawnZone.Corner(48.10, 2.12))).toZone();
    }

    @Test
    void aDrawnZoneInAnAreaWithoutBoundariesIsTheInventorysOneZone() {
        List<Zone> zones = List.of(triangle());
        Inventory inventory = build(zoning(zones, "mon quartier"), Locale.FRENCH, camera(48.101, 2.101, "Rue A"),
                camera(48.115, 2.115, "Rue B"), camera(48.09, 2.101, "Rue C"));
        assertThat(inventory.scope()).isEqualTo("Mon quartier");
        assertThat(inventory.zoneSource()).isEqualTo(ZoneSource.DRAWN);
        assertThat(inventory.counts().cameras()).as("only the corner inside the triangle").isEqualTo(1);
        assertThat(inventory.zones()).extracting(InventoryZone::name).containsExactly("Mon quartier");
    }

    @Test
    void aDrawnZoneIsListedByTheQuartiersInsideIt() {
        List<Zone> zones = new ArrayList<>(List.of(square("Nord", 10, 48.10, 2.10, 0.005),
                square("Sud", 10, 48.105, 2.10, 0.005)));
        zones.add(triangle());
        Inventory inventory = build(zoning(zones, "Mon quartier"), Locale.FRENCH, camera(48.101, 2.101, "Rue A"),
                camera(48.107, 2.101, "Rue B"), camera(48.09, 2.09, "Rue C"));
        assertThat(inventory.zoneSource()).isEqualTo(ZoneSource.ADMINISTRATIVE);
        assertThat(inventory.zones()).extracting(InventoryZone::name).containsExactly("Nord", "Sud");
    }

    @Test
    void drawnZonesAreNeverALevelTheWholeAreaIsListedBy() {
        List<Zone> zones = List.of(triangle());
        Inventory inventory = build(zoning(zones, null), Locale.FRENCH, camera(48.101, 2.101, "Rue A"));
        assertThat(inventory.zoneSource()).isEqualTo(ZoneSource.AREA_ONLY);
    }
}
