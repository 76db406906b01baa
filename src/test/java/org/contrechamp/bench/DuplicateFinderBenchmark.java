package org.contrechamp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.duplicate.DuplicateFinder;
import org.contrechamp.core.duplicate.DuplicateRules;
import org.contrechamp.core.duplicate.DuplicateSuggestion;
import org.contrechamp.core.duplicate.PairDecisions;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.PositionSource;
import org.contrechamp.core.sighting.Sighting;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12: "duplicate suggestions over 100,000 sightings ≤ 5 s, and incrementally for a new bundle
 * of 1,000 in ≤ 200 ms". 50,000 cameras over a city of 10 × 10 km, each logged about twice with GPS
 * noise of 3 m and compass noise of 10°, a third of them on poles of two to four cameras: 100,000
 * records and about 50,000 true pairs. {@code all} searches them all from a new finder (building its
 * grid included); {@code newBundle} adds 1,000 more records to a finder holding the 100,000 and
 * searches their pairs only.
 */
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DuplicateFinderBenchmark {

    private static final double M_PER_DEG = 111_195;

    List<Sighting> workspace;
    List<Sighting> bundle;
    DuplicateFinder held;

    @Setup(Level.Trial)
    public void survey() {
        Random random = new Random(12);
        workspace = records(random, 50_000, 2);
        bundle = records(random, 500, 2);
    }

    @Setup(Level.Invocation)
    public void holdWorkspace() {
        held = DuplicateFinder.over(workspace, DuplicateRules.DEFAULTS, PairDecisions.NONE);
    }

    @Benchmark
    public List<DuplicateSuggestion> all() {
        return DuplicateFinder.over(workspace, DuplicateRules.DEFAULTS, PairDecisions.NONE)
                .all(Progress.NONE, Cancellation.NEVER);
    }

    @Benchmark
    public List<DuplicateSuggestion> newBundle() {
        List<UUID> ids = new ArrayList<>(bundle.size());
        for (Sighting s : bundle) {
            held.put(s);
            ids.add(s.id());
        }
        return held.forRecords(ids);
    }

    private static List<Sighting> records(Random random, int cameras, int logsEach) {
        List<Sighting> out = new ArrayList<>(cameras * logsEach);
        int made = 0;
        while (made < cameras) {
            double lat = 46.2 + random.nextDouble() * 10_000 / M_PER_DEG;
            double lon = 6.1 + random.nextDouble() * 10_000 / (M_PER_DEG * Math.cos(Math.toRadians(46.2)));
            int onPole = random.nextDouble() < 0.33 ? 2 + random.nextInt(3) : 1;
            double first = random.nextDouble() * 360;
            for (int c = 0; c < onPole && made < cameras; c++, made++) {
                double direction = (first + c * 360.0 / Math.max(2, onPole)) % 360;
                double camLat = lat + 0.5 * c / M_PER_DEG;
                for (int l = 0; l < logsEach; l++) {
                    double nLat = camLat + random.nextGaussian() * 3 / M_PER_DEG;
                    double nLon = lon + random.nextGaussian() * 3 / (M_PER_DEG * Math.cos(Math.toRadians(lat)));
                    double d = ((direction + random.nextGaussian() * 10) % 360 + 360) % 360;
                    out.add(new Sighting.Builder(new UUID(random.nextLong(), random.nextLong()),
                            new Position(nLat, nLon, PositionSource.EXIF, 3.0)).cameraType(CameraType.DOME)
                            .directions(List.of(Direction.bearing(Math.floor(d)))).build());
                }
            }
        }
        return out;
    }
}
