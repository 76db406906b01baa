package org.contrechamp.storage.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.AreaWriter;
import org.contrechamp.core.area.FeatureKind;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAreaStoreTest {

    @TempDir
    Path dir;

    private SqliteAreaStore store;
    private AreaImporter importer;

    @BeforeEach
    void open() {
        store = SqliteAreaStore.open(dir);
        importer = new AreaImporter(store, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static OsmXml street(String name, double lat) {
        return OsmXml.create().node(1, lat, 7.42).node(2, lat, 7.421).node(3, lat + 0.0005, 7.421)
                .way(10, new long[] {1, 2, 3}, "highway", "residential", "name", name);
    }

    private AreaSummary importXml(OsmXml xml, String name) throws IOException {
        return importer.importFile(xml.write(dir.resolve(name)), Progress.NONE, Cancellation.NEVER);
    }

    private List<String> streetNames() {
        return store.streets(new BoundingBox(-180, -90, 180, 90)).stream().map(s -> s.name()).distinct().toList();
    }

    @Test
    void noAreaIsNotAnError() {
        assertThat(store.summary()).isEmpty();
        assertThat(store.features(new BoundingBox(0, 0, 1, 1), 17)).isEmpty();
    }

    @Test
    void importingAgainReplacesTheWholeArea() throws IOException {
        AreaSummary first = importXml(street("Rue A", 43.73), "a.osm");
        AreaSummary second = importXml(street("Rue B", 43.74), "b.osm");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(store.summary()).contains(second);
        assertThat(streetNames()).containsExactly("Rue B");
    }

    @Test
    void aFailedImportLeavesThePreviousAreaIntact() throws IOException {
        AreaSummary first = importXml(street("Rue A", 43.73), "a.osm");
        Path broken = Files.writeString(dir.resolve("broken.osm"), street("Rue B", 43.74).text().substring(0, 200));
        assertThatThrownBy(() -> importer.importFile(broken, Progress.NONE, Cancellation.NEVER))
                .isInstanceOf(InvalidInputException.class);
        Path noStreets = OsmXml.create().node(1, 43.7, 7.4).node(2, 43.71, 7.41).way(5, new long[] {1, 2}, "highway", "service")
                .write(dir.resolve("nostreets.osm"));
        assertThatThrownBy(() -> importer.importFile(noStreets, Progress.NONE, Cancellation.NEVER))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.summary()).contains(first);
        assertThat(streetNames()).containsExactly("Rue A");
        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void aCancelledImportLeavesThePreviousAreaIntactAndNoStagingFile() throws IOException {
        AreaSummary first = importXml(street("Rue A", 43.73), "a.osm");
        OsmXml big = street("Rue B", 43.74);
        for (int i = 100; i < 3000; i++) {
            big.node(i, 43.74, 7.43);
        }
        Path file = big.write(dir.resolve("big.osm"));
        AtomicInteger asked = new AtomicInteger();
        // cancel once the writing phase has begun (progress above 90)
        Cancellation late = () -> asked.get() > 0;
        Progress watcher = (done, total, current) -> {
            if (done >= 90) {
                asked.incrementAndGet();
            }
        };
        assertThatThrownBy(() -> importer.importFile(file, watcher, late)).isInstanceOf(CancellationException.class);
        assertThat(store.summary()).contains(first);
        assertThat(streetNames()).containsExactly("Rue A");
        assertThat(stagingFiles()).isEmpty();
    }

    @Test
    void readersNeverFailWhileAnImportReplacesTheArea() throws Exception {
        importXml(street("Rue A", 43.73), "a.osm");
        org.contrechamp.core.area.render.AreaTileSource tiles = new org.contrechamp.core.area.render.AreaTileSource(store);
        org.contrechamp.core.area.Gazetteer gazetteer = new org.contrechamp.core.area.Gazetteer(store);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        long x = (long) Math.floor((7.4205 + 180) / 360 * (1 << 17));
        double lat = Math.toRadians(43.73);
        long y = (long) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * (1 << 17));
        List<Thread> readers = new java.util.ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread reader = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        tiles.clearCache();
                        tiles.tile(17, x, y, 1);
                        gazetteer.nearestStreet(43.73, 7.4205);
                        reads.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            reader.start();
            readers.add(reader);
        }
        for (int i = 0; i < 4; i++) {
            importXml(street("Rue " + i, 43.73), "r" + i + ".osm");
        }
        stop.set(true);
        for (Thread reader : readers) {
            reader.join(10_000);
        }
        assertThat(failure.get()).isNull();
        assertThat(reads.get()).isPositive();
        assertThat(streetNames()).containsExactly("Rue 3");
    }

    @Test
    void progressRisesFromZeroToOneHundred() throws IOException {
        java.util.List<Long> seen = new java.util.ArrayList<>();
        OsmXml big = street("Rue A", 43.73);
        for (int i = 100; i < 5000; i++) {
            big.node(i, 43.74, 7.43);
        }
        importer.importFile(big.write(dir.resolve("big.osm")), (done, total, current) -> {
            assertThat(total).isEqualTo(100);
            seen.add(done);
        }, Cancellation.NEVER);
        assertThat(seen).isSorted().contains(100L);
        assertThat(seen.size()).isGreaterThan(3);
    }

    @Test
    void leftoversOfACrashedImportAreRemovedAtOpening() throws IOException {
        store.close();
        Path leftover = Files.writeString(dir.resolve("area-staging-1234.db"), "half an import");
        store = SqliteAreaStore.open(dir);
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aDamagedAreaFileMeansNoAreaAndCanBeReplaced() throws IOException {
        importXml(street("Rue A", 43.73), "a.osm");
        store.close();
        Files.writeString(dir.resolve("area.db"), "garbage, not SQLite");
        store = SqliteAreaStore.open(dir);
        importer = new AreaImporter(store, Clock.systemUTC());
        assertThat(store.summary()).isEmpty();
        importXml(street("Rue B", 43.74), "b.osm");
        assertThat(streetNames()).containsExactly("Rue B");
    }

    @Test
    void oneImportAtATime() {
        try (AreaWriter first = store.beginReplace()) {
            assertThatThrownBy(store::beginReplace).isInstanceOf(DataUnavailableException.class);
        }
        store.beginReplace().close();
    }

    @Test
    void theAreaSurvivesReopening() throws IOException {
        AreaSummary first = importXml(street("Rue A", 43.73), "a.osm");
        store.close();
        store = SqliteAreaStore.open(dir);
        assertThat(store.summary()).contains(first);
        assertThat(store.features(first.dataBounds(), 17)).extracting(f -> f.kind()).contains(FeatureKind.RESIDENTIAL);
    }

    @Test
    void longStreetsAreStoredAsShortStretchesThatRebuildTheWay() throws IOException {
        OsmXml xml = OsmXml.create();
        long[] refs = new long[100];
        for (int i = 0; i < 100; i++) {
            xml.node(i + 1, 43.73 + i * 0.0001, 7.42);
            refs[i] = i + 1;
        }
        importXml(xml.way(10, refs, "highway", "primary", "name", "Long"), "long.osm");
        var stretches = store.streets(new BoundingBox(7.41, 43.72, 7.43, 43.75));
        assertThat(stretches.size()).isGreaterThan(3);
        assertThat(stretches).allSatisfy(s -> assertThat(s.geometry().pointCount(0)).isLessThanOrEqualTo(24));
        int points = stretches.stream().mapToInt(s -> s.geometry().pointCount(0) - 1).sum();
        assertThat(points).isEqualTo(99);
    }

    private List<Path> stagingFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("area-staging-")).toList();
        }
    }
}
