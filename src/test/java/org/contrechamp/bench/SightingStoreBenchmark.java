package org.contrechamp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.storage.DataDirectoryLock;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.SqliteSightingRepository;
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
 * Issue 2's storage targets: inserting 100,000 sightings (≤ 5 s) and a bounding-box query that
 * returns about 1,000 of 100,000 (≤ 10 ms median).
 */
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SightingStoreBenchmark {

    /** Sightings spread over a 10 km square of Paris, reproducibly. */
    public static List<Sighting> sightings(int count, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        List<Sighting> list = new ArrayList<>(count);
        CameraType[] types = CameraType.values();
        for (int i = 0; i < count; i++) {
            double lat = 48.80 + random.nextDouble() * 0.09;
            double lon = 2.28 + random.nextDouble() * 0.135;
            list.add(Sighting.newAt(Position.manual(lat, lon)).revision(1)
                    .cameraType(types[random.nextInt(types.length)])
                    .directions(List.of(Direction.bearing(random.nextInt(360))))
                    .operator("Préfecture de police").createdAt(now).updatedAt(now).build());
        }
        return list;
    }

    public static List<Change> creations(List<Sighting> sightings) {
        List<Change> changes = new ArrayList<>(sightings.size());
        for (Sighting s : sightings) {
            changes.add(new Change(s.id(), 1, 0, ChangeKind.CREATE, s.createdAt(), EnumSet.allOf(SightingField.class),
                    Change.LOCAL));
        }
        return changes;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Each invocation inserts 100,000 new sightings into a fresh database. */
    @State(Scope.Thread)
    public static class Empty {
        Path dir;
        DataDirectoryLock lock;
        Database db;
        List<Sighting> batch = sightings(100_000, 1);
        List<Change> changes = creations(batch);

        @Setup(Level.Invocation)
        public void open() throws IOException {
            dir = Files.createTempDirectory("bench-insert");
            lock = DataDirectoryLock.acquire(dir);
            db = Database.open(dir);
        }

        @TearDown(Level.Invocation)
        public void close() throws IOException {
            db.close();
            lock.close();
            deleteTree(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 5)
    public void insert100k(Empty state) {
        new SqliteSightingRepository(state.db).storeAll(state.batch, state.changes);
    }

    /** A database of 100,000 sightings, queried with boxes holding about 1,000 each. */
    @State(Scope.Benchmark)
    public static class Full {
        Path dir;
        DataDirectoryLock lock;
        Database db;
        SqliteSightingRepository repository;
        Random random = new Random(7);

        @Setup(Level.Trial)
        public void fill() throws IOException {
            dir = Files.createTempDirectory("bench-box");
            lock = DataDirectoryLock.acquire(dir);
            db = Database.open(dir);
            repository = new SqliteSightingRepository(db);
            List<Sighting> all = sightings(100_000, 2);
            repository.storeAll(all, creations(all));
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            db.close();
            lock.close();
            deleteTree(dir);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int boxOf1000(Full state) {
        // The area is 0.09° x 0.135°; a box of 0.009° x 0.0135° holds 1/100 of it: ~1,000 sightings.
        double lat = 48.80 + state.random.nextDouble() * 0.081;
        double lon = 2.28 + state.random.nextDouble() * 0.1215;
        return state.repository.inBox(new BoundingBox(lon, lat, lon + 0.0135, lat + 0.009)).size();
    }

}
