package org.contrechamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.area.AreaImporter;
import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.declared.Certainty;
import org.contrechamp.core.declared.Geocode;
import org.contrechamp.core.declared.SiteGeocoder;
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
 * Issue 13's target: geocoding 1,500 declared sites ≤ 2 s. A made town of 60 streets north-south and
 * 60 east-west, 80 m apart, each street a way of 61 nodes in two stretches (3,600 crossings, 7,320
 * nodes), imported once; each measured call makes a new geocoder (street names read again, no way
 * cached) and places 1,500 crossings written as lists write them ("R. BACO / AV. DUFI", capitals,
 * abbreviations), then checks every one was found at a crossing.
 */
@Fork(value = 1, jvmArgs = "-Xmx512m")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DeclaredGeocodingBenchmark {

    private static final int STREETS = 60;
    private static final double SPACING_M = 80;
    private static final String[] SYLLABLES = {"ba", "co", "di", "fu", "ga", "lo", "mi", "nu", "pe", "ri", "so", "ta"};

    @State(Scope.Benchmark)
    public static class Town {
        Path dir;
        SqliteAreaStore store;
        final List<String> sites = new ArrayList<>();

        @Setup(Level.Trial)
        public void build() throws IOException {
            dir = Files.createTempDirectory("bench-declared");
            double lat0 = 48.85;
            double lon0 = 2.33;
            double mLat = 1 / 111_195.0;
            double mLon = 1 / (111_195.0 * Math.cos(Math.toRadians(lat0)));
            OsmXml xml = OsmXml.create();
            for (int i = 0; i < STREETS + 1; i++) {
                for (int j = 0; j < STREETS + 1; j++) {
                    xml.node(id(i, j), lat0 + j * SPACING_M * mLat, lon0 + i * SPACING_M * mLon);
                }
            }
            long way = 1;
            for (int i = 0; i < STREETS; i++) {
                long[] northSouth = new long[STREETS + 1];
                long[] eastWest = new long[STREETS + 1];
                for (int k = 0; k <= STREETS; k++) {
                    northSouth[k] = id(i, k);
                    eastWest[k] = id(k, i);
                }
                for (long[] stretch : halves(northSouth)) {
                    xml.way(way++, stretch, "highway", "residential", "name", "Rue " + name(i));
                }
                for (long[] stretch : halves(eastWest)) {
                    xml.way(way++, stretch, "highway", "tertiary", "name", "Avenue de la " + name(i + STREETS));
                }
            }
            Path file = xml.write(dir.resolve("town.osm"));
            store = SqliteAreaStore.open(dir);
            new AreaImporter(store, Clock.systemUTC()).importFile(file, Progress.NONE, Cancellation.NEVER);
            for (int n = 0; n < 1500; n++) {
                int i = (n * 7) % STREETS;
                int j = (n * 13 + n / STREETS) % STREETS;
                sites.add(("R. " + name(i) + " / Av. " + name(j + STREETS)).toUpperCase(Locale.ROOT));
            }
        }

        private static long id(int i, int j) {
            return 1 + i * (STREETS + 1L) + j;
        }

        private static List<long[]> halves(long[] nodes) {
            int middle = nodes.length / 2;
            return List.of(java.util.Arrays.copyOfRange(nodes, 0, middle + 1),
                    java.util.Arrays.copyOfRange(nodes, middle, nodes.length));
        }

        private static String name(int n) {
            String word = SYLLABLES[n % SYLLABLES.length] + SYLLABLES[(n / SYLLABLES.length) % SYLLABLES.length]
                    + SYLLABLES[(n / 7) % SYLLABLES.length];
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            store.close();
            SightingStoreBenchmark.deleteTree(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int geocode1500Sites(Town town) {
        SiteGeocoder geocoder = new SiteGeocoder(town.store);
        int crossings = 0;
        for (String site : town.sites) {
            Geocode g = geocoder.geocode(site, "croisement");
            crossings += g.certainty() == Certainty.EXACT_CROSSING ? 1 : 0;
        }
        if (crossings != town.sites.size()) {
            throw new IllegalStateException("only " + crossings + " of " + town.sites.size() + " sites found at a crossing");
        }
        return crossings;
    }
}
