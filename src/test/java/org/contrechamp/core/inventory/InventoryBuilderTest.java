package org.contrechamp.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;
import org.contrechamp.core.sighting.StreetAssignment;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InventoryBuilderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    /** A square zone from (lat0, lon0), size degrees wide. */
    static Zone square(String name, int level, double lat0, double lon0, double size) {
        int[] ring = {Geometry.toE7(lon0), Geometry.toE7(lat0), Geometry.toE7(lon0 + size), Geometry.toE7(lat0),
            Geometry.toE7(lon0 + size), Geometry.toE7(lat0 + size), Geometry.toE7(lon0), Geometry.toE7(lat0 + size)};
        return new Zone(level == 0 ? ZoneKind.POSTAL_CODE : ZoneKind.ADMINISTRATIVE, level, name, 1, new Geometry(List.of(ring)));
    }

    static Sighting camera(double lat, double lon, String street) {
        Sighting.Builder b = Sighting.newAt(new Position(lat, lon, org.contrechamp.core.sighting.PositionSource.MANUAL, null)).kind(Kind.CAMERA)
                .createdAt(Instant.parse("2026-03-02T10:00:00Z"));
        if (street != null) {
            b.street(StreetAssignment.manual(street));
        }
        return b.build();
    }

    static Inventory build(InventoryZoning zoning, Locale locale, Sighting... sightings) {
        InventoryBuilder builder = new InventoryBuilder(locale, zoning,
                s -> s.street() == null ? null : s.street().name(), s -> 1, TODAY);
        for (Sighting s : sightings) {
            builder.add(s);
        }
        return builder.build();
    }

    static InventoryZoning zoning(List<Zone> zones, String zoneName) {
        return new InventoryZoning(zones, true, Map.of(), (lat, lon) -> OptionalLong.empty(), "Bourg", zoneName);
    }

    @Test
    void streetsSortAsPeopleReadThemAccentsAndCaseIgnored() {
        Inventory inventory = build(zoning(List.of(), null), Locale.FRENCH,
                camera(48.1, 2.1, "rue du Bac"), camera(48.1, 2.1, "Rue de l’Église"), camera(48.1, 2.1, "Église Saint-Paul"),
                camera(48.1, 2.1, "Avenue Émile Zola"), camera(48.1, 2.1, "Zénith"), camera(48.1, 2.1, "éclair"));
        assertThat(inventory.zones()).singleElement().extracting(InventoryZone::streets).asList()
                .extracting(s -> ((InventoryStreet) s).name())
                .containsExactly("Avenue Émile Zola", "éclair", "Église Saint-Paul", "Rue de l’Église", "rue du Bac",
                        "Zénith");
    }

    @Test
    void draftsAreLeftOutRemovedCamerasApartWithTheirDateCamerasWithoutStreetKept() {
        Sighting draft = camera(48.1, 2.1, "Rue A").toBuilder().draft(true).build();
        Sighting removed = camera(48.1, 2.1, "Rue A").toBuilder().status(Status.REMOVED)
                .checkDate(LocalDate.of(2026, 4, 2)).build();
        Sighting nowhere = camera(48.1, 2.1, null);
        Inventory inventory = build(zoning(List.of(), null), Locale.ENGLISH, draft, removed, nowhere,
                camera(48.1, 2.1, "Rue A"));
        assertThat(inventory.counts().cameras()).isEqualTo(2);
        assertThat(inventory.counts().withoutStreet()).isEqualTo(1);
        assertThat(inventory.zones().get(0).withoutStreet()).extracting(c -> c.sighting().id()).containsExactly(nowhere.id());
        assertThat(inventory.removed()).singleElement().satisfies(r -> {
            assertThat(r.camera().sighting().id()).isEqualTo(removed.id());
            assertThat(r.removedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        });
        assertThat(inventory.zoneSource()).isEqualTo(ZoneSource.AREA_ONLY);
        assertThat(inventory.zones().get(0).name()).isEqualTo("Bourg");
    }

    @Test
    void camerasAreNumberedAlongTheirStreet() {
        Sighting east = camera(48.1000, 2.103, "Rue A");
        Sighting west = camera(48.1001, 2.101, "Rue A");
        Sighting middle = camera(48.0999, 2.102, "Rue A");
        Inventory inventory = build(zoning(List.of(), null), Locale.ENGLISH, east, west, middle);
        assertThat(inventory.zones().get(0).streets().get(0).cameras())
                .extracting(c -> c.sighting().id(), InventoryCamera::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(west.id(), 1),
                        org.assertj.core.groups.Tuple.tuple(middle.id(), 2), org.assertj.core.groups.Tuple.tuple(east.id(), 3));
    }

    @Test
    void countsByKindTypeOperatorAndZone() {
        List<Zone> zones = List.of(square("Nord", 10, 48.10, 2.10, 0.01), square("Sud", 10, 48.08, 2.10, 0.01));
        Inventory inventory = build(zoning(zones, null), Locale.ENGLISH,
                camera(48.105, 2.105, "Rue A").toBuilder().cameraType(CameraType.DOME).operator("Ville").build(),
                camera(48.105, 2.105, "Rue A").toBuilder().kind(Kind.ALPR).operator("Ville").build(),
                camera(48.085, 2.105, "Rue B").toBuilder().cameraType(CameraType.DOME).build(),
                camera(48.095, 2.105, "Rue C"));
        InventoryCounts counts = inventory.counts();
        assertThat(counts.byKind()).containsEntry("camera", 3).containsEntry("ALPR", 1);
        assertThat(counts.byType()).containsEntry("dome", 2).containsEntry("", 2);
        assertThat(counts.byOperator()).containsEntry("Ville", 2).containsEntry("", 2);
        assertThat(counts.byZone()).containsEntry("Nord", 2).containsEntry("Sud", 1).containsEntry("", 1);
        assertThat(inventory.zones()).extracting(InventoryZone::name).containsExactly("Nord", "Sud", null);
        assertThat(inventory.zoneSource()).isEqualTo(ZoneSource.ADMINISTRATIVE);
        assertThat(inventory.zoneLevel()).isEqualTo(10);
    }

    @Test
    void aFineLevelThatCoversOnlyPartOfTheCamerasGivesWayToACoarserOne() {
        List<Zone> zones = List.of(square("Ouest", 9, 48.0, 2.0, 0.1), square("Est", 9, 48.0, 2.1, 0.1),
                square("Les Halles", 10, 48.0, 2.0, 0.01));
        InventoryZoning zoning = zoning(zones, null);
        zoning.fitTo(List.of(new double[] {48.005, 2.005}, new double[] {48.05, 2.05}, new double[] {48.05, 2.15}));
        Inventory inventory = build(zoning, Locale.ENGLISH, camera(48.005, 2.005, "Rue A"), camera(48.05, 2.05, "Rue B"),
                camera(48.05, 2.15, "Rue C"));
        assertThat(inventory.zoneLevel()).isEqualTo(9);
        assertThat(inventory.zones()).extracting(InventoryZone::name).containsExactly("Est", "Ouest");
        InventoryZoning fine = zoning(zones, null);
        fine.fitTo(List.of(new double[] {48.005, 2.005}, new double[] {48.006, 2.006}));
        assertThat(fine.level()).as("every camera is in a quartier").isEqualTo(10);
    }

    @Nested
    class OneZone {

        final List<Zone> zones = List.of(square("Ville", 8, 48.0, 2.0, 0.2), square("Nord", 10, 48.10, 2.10, 0.01),
                square("Sud", 10, 48.08, 2.10, 0.01));

        @Test
        void keepsOnlyTheCamerasInsideItListedByTheFinerLevel() {
            Inventory inventory = build(zoning(zones, "nord"), Locale.ENGLISH, camera(48.105, 2.105, "Rue A"),
                    camera(48.085, 2.105, "Rue B"));
            assertThat(inventory.scope()).isEqualTo("Nord");
            assertThat(inventory.counts().cameras()).isEqualTo(1);
            assertThat(inventory.zones()).extracting(InventoryZone::name).containsExactly("Nord");
        }

        @Test
        void aCoarseZoneIsListedByTheFinestLevelInsideIt() {
            Inventory inventory = build(zoning(zones, "VILLE"), Locale.ENGLISH, camera(48.105, 2.105, "Rue A"),
                    camera(48.085, 2.105, "Rue B"), camera(48.05, 2.05, "Rue C"));
            assertThat(inventory.zones()).extracting(InventoryZone::name).containsExactly("Nord", "Sud", null);
        }

        @Test
        void aZoneTheAreaDoesNotHaveIsRefusedNamingSomeItHas() {
            assertThatThrownBy(() -> zoning(zones, "Ouest")).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).args()).asList()
                            .contains("Ouest", "Nord, Sud, Ville"));
        }
    }
}
