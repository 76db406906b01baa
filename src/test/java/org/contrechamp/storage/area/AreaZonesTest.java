package org.contrechamp.storage.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.area.Zone;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.area.ZoneLocator;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Administrative boundaries and postal codes, from the OSM file to the point-in-polygon lookup. */
class AreaZonesTest {

    @TempDir
    Path dir;

    private SqliteAreaStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private SqliteAreaStore imported(OsmXml xml) throws IOException {
        store = SqliteAreaStore.open(dir);
        new AreaImporter(store, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .importFile(xml.write(dir.resolve("town.osm")), Progress.NONE, Cancellation.NEVER);
        return store;
    }

    @Test
    void boundariesAreAssembledFromTheirWaysAndStoredWithTheArea() throws IOException {
        List<Zone> zones = imported(ZonedTown.create()).zones();
        assertThat(zones).extracting(Zone::name)
                .containsExactlyInAnyOrder("Saint-Œuf", "1er", "2e", "Les Halles", "75001");
        assertThat(zones).filteredOn(z -> z.name().equals("Saint-Œuf")).singleElement()
                .satisfies(z -> {
                    assertThat(z.kind()).isEqualTo(ZoneKind.ADMINISTRATIVE);
                    assertThat(z.adminLevel()).isEqualTo(8);
                    assertThat(z.geometry().partCount()).as("outer ring and the lake").isEqualTo(2);
                    assertThat(z.osmId()).isEqualTo(-500);
                });
        assertThat(zones).filteredOn(z -> z.kind() == ZoneKind.POSTAL_CODE).extracting(Zone::adminLevel)
                .containsExactly(0);
        assertThat(store.zonesRead()).isTrue();
        assertThat(store.streetPostcodes()).containsEntry(200L, "75001").hasSize(1);
    }

    @Test
    void aPointFindsItsZonesAtEveryLevelAndAHoleBelongsToNone() throws IOException {
        ZoneLocator locator = new ZoneLocator(imported(ZonedTown.create()).zones());
        assertThat(locator.levels()).containsExactly(8, 9, 10);
        assertThat(locator.containing(48.853, 2.303)).extracting(Zone::name)
                .containsExactly("Saint-Œuf", "1er", "Les Halles", "75001");
        assertThat(locator.containing(48.858, 2.315)).extracting(Zone::name).containsExactly("Saint-Œuf", "2e");
        assertThat(locator.at(48.855, 2.315, ZoneKind.ADMINISTRATIVE, 8)).as("in the lake").isEmpty();
        assertThat(locator.at(48.855, 2.315, ZoneKind.ADMINISTRATIVE, 9)).map(Zone::name).contains("2e");
        assertThat(locator.containing(48.865, 2.303)).as("outside the town").isEmpty();
    }

    @Test
    void anAreaWithoutBoundariesHasNoZones() throws IOException {
        OsmXml plain = OsmXml.create().node(1, 48.85, 2.30).node(2, 48.85, 2.31)
                .way(10, OsmXml.refs(1, 2), "highway", "residential", "name", "Rue Seule");
        assertThat(imported(plain).zones()).isEmpty();
        assertThat(store.zonesRead()).isTrue();
    }

    @Test
    void anAreaFileOfTheFirstSchemaIsUpgradedAndSaysItsZonesWereNeverRead() throws Exception {
        imported(ZonedTown.create());
        store.close();
        Path file = dir.resolve(AreaFiles.FILE_NAME);
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE zone");
            s.executeUpdate("DROP TABLE street_postcode");
            s.executeUpdate("DELETE FROM area_meta WHERE key = 'zones-read'");
            s.executeUpdate("PRAGMA user_version = 1");
        }
        store = SqliteAreaStore.open(dir);
        assertThat(store.summary()).as("the area stays usable").isPresent();
        assertThat(store.zones()).isEmpty();
        assertThat(store.zonesRead()).isFalse();
        assertThat(store.streets(store.summary().orElseThrow().bounds())).isNotEmpty();
    }
}
