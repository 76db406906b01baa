package org.contrechamp.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.map.MarkerLayout;
import org.contrechamp.core.map.MarkerPoints;
import org.contrechamp.core.map.Viewport;
import org.contrechamp.core.sighting.Sighting;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5: laying out the map layer with 100,000 sightings, per frame (target ≤ 16 ms median):
 * culling and clustering over all points, as the layer does on every pan and zoom. Zoom 12 shows
 * the whole 10 km city (all points, clustered), zoom 15 a neighbourhood, zoom 18 a street (no
 * clustering). Drawing what the layout returns is measured by the UI separately.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class MapLayerBenchmark {

    @Param({"12", "15", "18"})
    int zoom;

    MarkerPoints points;
    MarkerLayout layout = new MarkerLayout();
    double panX;

    @Setup(Level.Trial)
    public void build() {
        List<Sighting> all = SightingStoreBenchmark.sightings(100_000, 5);
        points = MarkerPoints.of(all, s -> s.position().latitude(), s -> s.position().longitude());
    }

    @Benchmark
    public int layoutFrame() {
        // Pan a little each frame, as a user dragging the map does.
        panX = (panX + 0.00001) % 0.01;
        Viewport view = Viewport.centredOn(48.845, 2.347 + panX, zoom, 1366, 768);
        layout.layout(points, view, 56, 40, zoom < 17);
        return layout.singles() + layout.clusters();
    }
}
