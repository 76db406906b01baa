package org.contrechamp.storage.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.contrechamp.core.area.AreaService;
import org.contrechamp.core.area.ZonedTown;
import org.contrechamp.core.area.ZoneKind;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.export.AreaZones;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.zone.DrawnZone;
import org.contrechamp.core.zone.DrawnZones;
import org.contrechamp.storage.area.SqliteAreaStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zones drawn on the map, kept in {@code drawn-zones.json} per area, beside the town's own zones. */
class DrawnZonesTest {

    @TempDir
    Path dir;

    private SqliteAreaStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private AreaService area(boolean imported) throws IOException {
        store = SqliteAreaStore.open(dir);
        AreaService area = new AreaService(store, dir, Clock.systemUTC(), "test");
        if (imported) {
            area.importFile(ZonedTown.create().write(dir.resolve("town.osm")), Progress.NONE, Cancellation.NEVER);
        }
        return area;
    }

    /** The east half of the commune, north of the lake. */
    static final List<DrawnZone.Corner> EAST = List.of(new DrawnZone.Corner(48.857, 2.311),
            new DrawnZone.Corner(48.857, 2.319), new DrawnZone.Corner(48.859, 2.319), new DrawnZone.Corner(48.859, 2.311));

    @Test
    void aDrawnZoneIsKeptOnDiskAndOfferedAfterTheAreasZones() throws IOException {
        AreaService area = area(true);
        DrawnZones zones = new DrawnZones(new JsonDrawnZoneStore(dir), area);
        zones.add("  Zola nord ", EAST);
        assertThat(Files.readString(dir.resolve(JsonDrawnZoneStore.FILE_NAME))).contains("\"town.osm\"").contains("Zola nord");

        DrawnZones again = new DrawnZones(new JsonDrawnZoneStore(dir), area);
        assertThat(again.list()).extracting(DrawnZone::name).containsExactly("Zola nord");
        assertThat(again.list().get(0).corners()).isEqualTo(EAST);
        assertThat(again.allZones()).last().satisfies(z -> {
            assertThat(z.kind()).isEqualTo(ZoneKind.DRAWN);
            assertThat(z.name()).isEqualTo("Zola nord");
        });
        assertThat(again.allZones()).hasSize(area.zones().size() + 1);

        // export --zone takes it, by the even-odd test of the area's zones
        var inZone = new AreaZones(again::allZones).named("ZOLA NORD");
        assertThat(inZone.test(Sighting.newAt(Position.manual(48.858, 2.315)).build())).isTrue();
        assertThat(inZone.test(Sighting.newAt(Position.manual(48.852, 2.315)).build())).isFalse();

        assertThat(again.delete("zola Nord")).isTrue();
        assertThat(again.delete("zola Nord")).isFalse();
        assertThat(new DrawnZones(new JsonDrawnZoneStore(dir), area).list()).isEmpty();
    }

    @Test
    void badZonesAreRefusedSayingWhatIsWrongAndNothingIsWritten() throws IOException {
        DrawnZones zones = new DrawnZones(new JsonDrawnZoneStore(dir), area(true));
        assertThat(codes(() -> zones.add(" ", EAST.subList(0, 2)))).containsExactly("zone-drawn-name-blank",
                "zone-drawn-corners");
        assertThat(codes(() -> zones.add("Les halles", EAST))).containsExactly("zone-drawn-name-area");
        assertThat(codes(() -> zones.add("x".repeat(81), EAST))).containsExactly("zone-drawn-name-long");
        assertThat(codes(() -> zones.add("Ligne", List.of(new DrawnZone.Corner(48.85, 2.30),
                new DrawnZone.Corner(48.86, 2.31), new DrawnZone.Corner(48.87, 2.32))))).containsExactly("zone-drawn-flat");
        assertThat(codes(() -> zones.add("Loin", List.of(new DrawnZone.Corner(91, 2.30),
                new DrawnZone.Corner(48.86, 2.31), new DrawnZone.Corner(48.87, 2.30))))).containsExactly("zone-drawn-off-globe");
        assertThat(dir.resolve(JsonDrawnZoneStore.FILE_NAME)).doesNotExist();
        zones.add("Est", EAST);
        assertThat(codes(() -> zones.add("EST", EAST))).containsExactly("zone-drawn-name-taken");
    }

    @Test
    void withoutAnAreaThereAreNoneAndNoneCanBeDrawn() throws IOException {
        DrawnZones zones = new DrawnZones(new JsonDrawnZoneStore(dir), area(false));
        assertThat(zones.list()).isEmpty();
        assertThatThrownBy(() -> zones.add("Est", EAST)).isInstanceOf(DataUnavailableException.class);
    }

    @Test
    void aDamagedFileIsSetAsideNotLostAndADamagedEntryIsSkipped() throws IOException {
        AreaService area = area(true);
        Path file = dir.resolve(JsonDrawnZoneStore.FILE_NAME);
        Files.writeString(file, "{\"format\":1,\"areas\":{\"town.osm\":[{\"name\":\"Bon\",\"corners\":"
                + "[[48.85,2.30],[48.86,2.30],[48.86,2.31]]},{\"name\":\"\",\"corners\":[]},{\"name\":\"Deux\","
                + "\"corners\":[[48.85,2.30],[48.86,2.30]]}]}}");
        DrawnZones zones = new DrawnZones(new JsonDrawnZoneStore(dir), area);
        assertThat(zones.list()).extracting(DrawnZone::name).containsExactly("Bon");

        Files.writeString(file, "{\"areas\": [");
        assertThat(zones.list()).isEmpty();
        assertThat(dir.resolve(JsonDrawnZoneStore.FILE_NAME + ".damaged")).hasContent("{\"areas\": [");
        zones.add("Est", EAST);
        assertThat(zones.list()).extracting(DrawnZone::name).containsExactly("Est");
    }

    private static List<String> codes(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::code).toList();
        }
        throw new AssertionError("not refused");
    }
}
