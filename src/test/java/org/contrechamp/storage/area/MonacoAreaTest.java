package org.contrechamp.storage.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.Gazetteer;
import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.area.OsmCameras;
import org.contrechamp.core.area.StreetMatch;
import org.contrechamp.core.area.render.AreaTileSource;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of issue 4 on the real Monaco extracts (skipped when the fixtures are absent). */
class MonacoAreaTest {

    private static final String PBF = "osm-monaco/monaco-2021-04-21.osm.pbf";

    @TempDir
    static Path dir;

    private static Path pbf;
    private static SqliteAreaStore store;
    private static AreaSummary summary;
    private static BruteForceStreets bruteForce;

    @BeforeAll
    static void importMonaco() {
        pbf = Fixtures.require(PBF);
        store = SqliteAreaStore.open(dir);
        summary = new AreaImporter(store, Clock.systemUTC()).importFile(pbf, Progress.NONE, Cancellation.NEVER);
        bruteForce = BruteForceStreets.of(pbf);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theExtractHasItsTenCameraNodesWithTheirTags() {
        assertThat(summary.cameras()).isEqualTo(10);
        List<OsmCamera> cameras = new OsmCameras(store).inBox(summary.dataBounds());
        assertThat(cameras).hasSize(10);
        assertThat(cameras).allSatisfy(c -> assertThat(c.tags()).containsEntry("man_made", "surveillance"));
        assertThat(cameras.stream().map(c -> c.toSighting().cameraType()))
                .contains(CameraType.FIXED, CameraType.PANNING, CameraType.DOME);
    }

    @Test
    void aSightingWithinTenMetresOfAnOsmCameraIsProbablyIt() {
        OsmCamera camera = new OsmCameras(store).inBox(summary.dataBounds()).get(0);
        OsmCameras cameras = new OsmCameras(store);
        double fiveMetresNorth = camera.lat() + 5 / 111_195.0;
        assertThat(cameras.nearest(fiveMetresNorth, camera.lon(), OsmCameras.ALREADY_MAPPED_M))
                .hasValueSatisfying(m -> {
                    assertThat(m.camera().nodeId()).isEqualTo(camera.nodeId());
                    assertThat(m.distanceMeters()).isCloseTo(5, within(0.05));
                });
        double twentyMetresNorth = camera.lat() + 20 / 111_195.0;
        assertThat(cameras.nearest(twentyMetresNorth, camera.lon(), OsmCameras.ALREADY_MAPPED_M)).isEmpty();
        Sighting near = Sighting.newAt(Position.manual(fiveMetresNorth, camera.lon())).build();
        Sighting far = Sighting.newAt(Position.manual(twentyMetresNorth, camera.lon())).build();
        assertThat(cameras.alreadyMapped(List.of(near, far), s -> java.util.Set.of())).containsOnlyKeys(near.id());
    }

    @Test
    void theCountsAgreeWithTheFileAndTheSourceDescription() {
        assertThat(summary.ways()).isEqualTo(4106);
        assertThat(summary.nodes()).isEqualTo(25423);
        assertThat(summary.streetNames()).isEqualTo(bruteForce.names().size());
        // The source counts 247 names on highway ways; one of them is only on a bus platform, which is not a street.
        assertThat(new HashSet<>(bruteForce.namesWithPlatforms)).hasSize(247);
        assertThat(summary.streetNames()).isEqualTo(246);
        assertThat(summary.bounds().contains(43.7384, 7.4246)).isTrue();
    }

    @Test
    void nearestStreetAgreesWithBruteForceOverRandomPoints() {
        Gazetteer gazetteer = new Gazetteer(store);
        Random random = new Random(42);
        BoundingBox b = summary.bounds();
        int withStreet = 0;
        for (int i = 0; i < 600; i++) {
            double lat = b.minLat() + random.nextDouble() * (b.maxLat() - b.minLat());
            double lon = b.minLon() + random.nextDouble() * (b.maxLon() - b.minLon());
            BruteForceStreets.Answer expected = bruteForce.nearest(lat, lon, Gazetteer.DEFAULT_MAX_DISTANCE_M);
            Optional<StreetMatch> actual = gazetteer.nearestStreet(lat, lon);
            if (expected != null && Math.abs(expected.distance() - 40) < 0.05) {
                continue; // on the limit either answer is right
            }
            if (expected == null) {
                assertThat(actual).as("no street near %s,%s", lat, lon).isEmpty();
                continue;
            }
            withStreet++;
            assertThat(actual).as("a street near %s,%s", lat, lon).isPresent();
            assertThat(actual.get().distanceMeters()).as("distance at %s,%s", lat, lon)
                    .isCloseTo(expected.distance(), within(0.05));
            if (!actual.get().name().equals(expected.name())) {
                // two streets at the same distance (a point on a crossing): both answers are right
                BruteForceStreets.Answer other = bruteForce.nearest(lat, lon, expected.distance() + 0.05);
                assertThat(other).isNotNull();
            }
        }
        assertThat(withStreet).as("enough points near streets to mean something").isGreaterThan(100);
    }

    @Test
    void atCrossingsTheNearestStreetIsOneOfThoseThatCross() {
        Gazetteer gazetteer = new Gazetteer(store);
        Random random = new Random(7);
        List<double[]> crossings = bruteForce.crossings();
        assertThat(crossings.size()).isGreaterThan(100);
        for (double[] crossing : crossings) {
            // a camera a few metres from the crossing, in any direction
            double bearing = random.nextDouble() * 2 * Math.PI;
            double metres = random.nextDouble() * 12;
            double lat = crossing[0] + Math.cos(bearing) * metres / 111_195.0;
            double lon = crossing[1] + Math.sin(bearing) * metres / (111_195.0 * Math.cos(Math.toRadians(crossing[0])));
            BruteForceStreets.Answer expected = bruteForce.nearest(lat, lon, 40);
            StreetMatch actual = gazetteer.nearestStreet(lat, lon).orElseThrow();
            assertThat(actual.distanceMeters()).isCloseTo(expected.distance(), within(0.05));
            if (!actual.name().equals(expected.name())) {
                assertThat(Math.abs(actual.distanceMeters() - expected.distance())).isLessThan(0.05);
            }
            assertThat(actual.distanceMeters()).isLessThanOrEqualTo(metres + 0.01);
        }
    }

    @Test
    void pointsAtSeaGetNoStreet() {
        Gazetteer gazetteer = new Gazetteer(store);
        double[][] sea = {{43.7250, 7.4350}, {43.7300, 7.4450}, {43.7400, 7.4480}, {43.7330, 7.4400}};
        for (double[] p : sea) {
            assertThat(bruteForce.nearest(p[0], p[1], 40)).as("the test point %s,%s is at sea", p[0], p[1]).isNull();
            assertThat(gazetteer.nearestStreet(p[0], p[1])).isEmpty();
        }
    }

    @Test
    void streetNamesAreFoundWithoutAccentsOrCase() {
        Gazetteer gazetteer = new Gazetteer(store);
        assertThat(gazetteer.search("EGLISE", 10)).extracting(s -> s.name()).anyMatch(n -> n.contains("glise"));
        assertThat(gazetteer.search("boulevard princesse charlotte", 5)).first()
                .satisfies(s -> assertThat(s.name()).isEqualTo("Boulevard Princesse Charlotte"));
        assertThat(gazetteer.search("zzzz", 5)).isEmpty();
    }

    @Test
    void theOldXmlExtractImportsToo() throws IOException {
        Path gz = Fixtures.require("osm-monaco/monaco-2012.osm.gz");
        Path otherDir = Files.createDirectories(dir.resolve("old-extract"));
        try (SqliteAreaStore old = SqliteAreaStore.open(otherDir)) {
            AreaSummary s = new AreaImporter(old, Clock.systemUTC()).importFile(gz, Progress.NONE, Cancellation.NEVER);
            assertThat(s.ways()).isEqualTo(1944);
            assertThat(s.streetNames()).isEqualTo(137);
            assertThat(new Gazetteer(old).nearestStreet(43.7384, 7.4246)).isPresent();
        }
    }

    @Test
    void aTileOfMonacoAtZoom17IsDrawnWithStreetsBuildingsAndSea() {
        AreaTileSource tiles = new AreaTileSource(store);
        // the tile holding the Prince's Palace and the harbour
        int z = 17;
        long x = (long) Math.floor((7.4215 + 180) / 360 * (1 << z));
        double lat = Math.toRadians(43.7325);
        long y = (long) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * (1 << z));
        BufferedImage tile = tiles.tile(z, x, y, 1).orElseThrow();
        assertThat(tile.getWidth()).isEqualTo(256);
        Set<Integer> colours = new HashSet<>();
        for (int i = 0; i < 256; i += 4) {
            for (int j = 0; j < 256; j += 4) {
                colours.add(tile.getRGB(i, j) & 0xFFFFFF);
            }
        }
        assertThat(colours).contains(0xFFFFFF, 0xDCD3CA); // local streets, buildings
        assertThat(colours.size()).isGreaterThan(20);
        assertThat(tiles.tile(z, x, y, 1).orElseThrow()).isSameAs(tile);
        assertThat(tiles.tile(z, x, y, 2).orElseThrow().getWidth()).isEqualTo(512);
        assertThat(tiles.tile(z, x + 3000, y, 1)).as("far outside the area").isEmpty();
    }
}
