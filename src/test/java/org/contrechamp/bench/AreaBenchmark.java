package org.contrechamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.Gazetteer;
import org.contrechamp.core.area.render.AreaRenderer;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.storage.area.SqliteAreaStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's targets on the Monaco extract: nearest street ≤ 1 ms median over random points (10,000
 * per measurement iteration), and a 256 px tile at zoom 17 ≤ 50 ms median (rendered, not cached).
 * The whole-command import is in {@link AreaImportCommandBenchmark}.
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class AreaBenchmark {

    /** Monaco imported once into a temporary data directory. */
    @State(Scope.Benchmark)
    public static class Monaco {
        Path dir;
        SqliteAreaStore store;
        Gazetteer gazetteer;
        AreaRenderer renderer;
        AreaSummary summary;
        final Random random = new Random(4);
        /** Tiles of the built-up town at zoom 17: a street within 60 m of their centre. */
        final java.util.List<long[]> townTiles = new java.util.ArrayList<>();

        @Setup(Level.Trial)
        public void importMonaco() throws IOException {
            Path pbf = Path.of(System.getProperty("contrechamp.fixtures", "../shared/fixtures"),
                    "osm-monaco/monaco-2021-04-21.osm.pbf");
            dir = Files.createTempDirectory("bench-area");
            store = SqliteAreaStore.open(dir);
            summary = new AreaImporter(store, Clock.systemUTC()).importFile(pbf, Progress.NONE, Cancellation.NEVER);
            gazetteer = new Gazetteer(store);
            renderer = new AreaRenderer(store);
            int z = 17;
            long n = 1L << z;
            for (long x = 0; x < n; x++) {
                double lon = (x + 0.5) / n * 360 - 180;
                if (lon < summary.bounds().minLon() || lon > summary.bounds().maxLon()) {
                    continue;
                }
                for (long y = (long) (n * 0.35); y < (long) (n * 0.37); y++) {
                    double lat = Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * (y + 0.5) / n))));
                    if (summary.bounds().contains(lat, lon) && gazetteer.nearestStreet(lat, lon, 60).isPresent()) {
                        townTiles.add(new long[] {x, y});
                    }
                }
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
            SightingStoreBenchmark.deleteTree(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object nearestStreet(Monaco m) {
        BoundingBox b = m.summary.bounds();
        double lat = b.minLat() + m.random.nextDouble() * (b.maxLat() - b.minLat());
        double lon = b.minLon() + m.random.nextDouble() * (b.maxLon() - b.minLon());
        return m.gazetteer.nearestStreet(lat, lon);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object tileAtZoom17(Monaco m) {
        long[] tile = m.townTiles.get(m.random.nextInt(m.townTiles.size()));
        return m.renderer.tile(17, tile[0], tile[1], 1);
    }
}
