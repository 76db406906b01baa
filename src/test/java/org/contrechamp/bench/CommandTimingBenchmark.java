package org.contrechamp.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.sighting.Sighting;
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
 * Whole commands, JVM start included, as a user runs them: {@code sightings list --format geojson}
 * over 100,000 sightings (target ≤ 3 s), and the window's start-up to shown (target ≤ 3 s warm; needs
 * a display: run under {@code xvfb-run}). Uses {@code target/contrechamp.jar} (build it first).
 */
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CommandTimingBenchmark {

    /** A data directory holding {@code count} sightings. */
    abstract static class Filled {
        Path dir;

        abstract int count();

        @Setup(Level.Trial)
        public void fill() throws IOException {
            dir = Files.createTempDirectory("bench-cli");
            try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
                List<Sighting> all = SightingStoreBenchmark.sightings(count(), 3);
                new SqliteSightingRepository(db).storeAll(all, SightingStoreBenchmark.creations(all));
            }
        }

        @TearDown(Level.Trial)
        public void clean() throws IOException {
            SightingStoreBenchmark.deleteTree(dir);
        }
    }

    @State(Scope.Benchmark)
    public static class HundredThousand extends Filled {
        @Override
        int count() {
            return 100_000;
        }
    }

    /** A volunteer's evening: 300 sightings. */
    @State(Scope.Benchmark)
    public static class Evening extends Filled {
        @Override
        int count() {
            return 300;
        }
    }

    static int run(List<String> command, File output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(output).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return p.waitFor();
    }

    static List<String> java(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(System.getProperty("contrechamp.jar", "target/contrechamp.jar"));
        command.addAll(List.of(args));
        return command;
    }

    @Benchmark
    public long geojsonList100k(HundredThousand state) throws Exception {
        File out = state.dir.resolve("out.geojson").toFile();
        if (run(java("--data", state.dir.toString(), "sightings", "list", "--format", "geojson"), out) != 0) {
            throw new IllegalStateException("the command failed");
        }
        return out.length();
    }

    @Benchmark
    public long guiStartToWindowShown(Evening state) throws Exception {
        Path probe = state.dir.resolve("startup-ms.txt");
        List<String> command = java("--data", state.dir.toString());
        command.add(1, "-Dcontrechamp.startupProbe=" + probe);
        if (run(command, state.dir.resolve("gui.log").toFile()) != 0) {
            throw new IllegalStateException("the window did not start (is there a display? use xvfb-run)");
        }
        return Long.parseLong(Files.readString(probe).trim());
    }
}
