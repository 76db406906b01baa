package org.contrechamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.coverage.Coverage;
import org.contrechamp.core.coverage.WalkedTracks;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
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
 * Issue 14's target: coverage over an area of 5,000 streets and 50 GPS tracks ≤ 2 s. A made town: a
 * grid of 71 × 71 crossings 80 m apart (5.6 km square), each street two blocks long (3 nodes, 160 m):
 * 4,970 named streets. 50 tracks kept through the data directory's track store, each an hour's walk
 * at one fix a second (3,600 fixes, 180,000 in all) turning at random crossings; 1,000 sightings.
 * Each measured call is the whole {@code coverage} of the data directory: streets read from the area
 * file, tracks and sightings from the database, then measured.
 */
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CoverageBenchmark {

    static final int CROSSINGS = 71;
    static final double SPACING_M = 80;
    static final double LAT0 = 48.85;
    static final double LON0 = 2.33;
    static final double M_LAT = 1 / 111_195.0;
    static final double M_LON = 1 / (111_195.0 * Math.cos(Math.toRadians(LAT0)));

    @State(Scope.Benchmark)
    public static class Town {
        Path dir;
        Workspace workspace;
        int streets;

        @Setup(Level.Trial)
        public void build() throws IOException {
            dir = Files.createTempDirectory("bench-coverage");
            OsmXml xml = OsmXml.create();
            for (int i = 0; i < CROSSINGS; i++) {
                for (int j = 0; j < CROSSINGS; j++) {
                    xml.node(id(i, j), lat(j), lon(i));
                }
            }
            long way = 1;
            for (int line = 0; line < CROSSINGS; line++) {
                for (int k = 0; k + 2 < CROSSINGS; k += 2) {
                    xml.way(way++, new long[] {id(line, k), id(line, k + 1), id(line, k + 2)}, "highway", "residential",
                            "name", "Rue " + way);
                    xml.way(way++, new long[] {id(k, line), id(k + 1, line), id(k + 2, line)}, "highway", "residential",
                            "name", "Avenue " + way);
                }
            }
            streets = (int) way - 1;
            workspace = LocalWorkspace.open(dir.resolve("data"));
            workspace.area().importFile(xml.write(dir.resolve("grid.osm")), Progress.NONE, Cancellation.NEVER);
            Random random = new Random(14);
            for (int t = 0; t < 50; t++) {
                WalkedTracks walk = WalkedTracks.startingAt(1.7e9 + t * 86_400.0).side(5);
                int i = random.nextInt(CROSSINGS);
                int j = random.nextInt(CROSSINGS);
                // an hour at 1.4 m/s is about 63 blocks of 80 m
                for (int block = 0; block < 63; block++) {
                    int ni = i;
                    int nj = j;
                    switch (random.nextInt(4)) {
                        case 0 -> ni = Math.min(CROSSINGS - 1, i + 1);
                        case 1 -> ni = Math.max(0, i - 1);
                        case 2 -> nj = Math.min(CROSSINGS - 1, j + 1);
                        default -> nj = Math.max(0, j - 1);
                    }
                    if (ni == i && nj == j) {
                        continue;
                    }
                    walk.walk(lat(j), lon(i), lat(nj), lon(ni));
                    i = ni;
                    j = nj;
                }
                Path gpx = dir.resolve("walk-" + t + ".gpx");
                Files.writeString(gpx, walk.gpx());
                workspace.tracks().keep(gpx);
            }
            for (int s = 0; s < 1000; s++) {
                workspace.sightings().create(Sighting.newAt(Position.manual(lat(random.nextInt(CROSSINGS)) + 8 * M_LAT,
                        lon(random.nextInt(CROSSINGS)) + 30 * M_LON)).kind(Kind.CAMERA).build());
            }
        }

        @TearDown(Level.Trial)
        public void remove() throws IOException {
            workspace.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static long id(int i, int j) {
        return 1 + i * (long) CROSSINGS + j;
    }

    static double lat(int j) {
        return LAT0 + j * SPACING_M * M_LAT;
    }

    static double lon(int i) {
        return LON0 + i * SPACING_M * M_LON;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Coverage coverageOf5000StreetsAnd50Tracks(Town town) {
        Coverage c = town.workspace.coverage().compute(null, Cancellation.NEVER);
        if (c.total().streets() != town.streets || c.tracks() != 50 || c.total().walked() == 0) {
            throw new IllegalStateException("coverage of " + c.total().streets() + " streets, " + c.tracks() + " tracks");
        }
        return c;
    }
}
