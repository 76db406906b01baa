package org.contrechamp.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code export --format F --out FILE} of 100,000 reviewed sightings, JVM start included, as a
 * coordinator runs it (target ≤ 3 s per format, issue 14). Runs the launcher beside the jar
 * ({@code target/contrechamp}, class-data archive and quick compiler, as installed) when it is there,
 * else {@code java -jar target/contrechamp.jar}. Build first: {@code mvn -Pbench package -DskipTests}.
 */
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExportCommandBenchmark {

    @State(Scope.Benchmark)
    public static class Formats {
        @Param({"geojson", "osm", "csv", "kml"})
        String format;
    }

    static List<String> command(String... args) {
        File launcher = new File("target/contrechamp");
        if (launcher.canExecute()) {
            List<String> command = new ArrayList<>(List.of(launcher.getPath()));
            command.addAll(List.of(args));
            return command;
        }
        return CommandTimingBenchmark.java(args);
    }

    @Benchmark
    public long export100k(CommandTimingBenchmark.HundredThousand data, Formats formats) throws Exception {
        Path out = data.dir.resolve("export." + formats.format);
        File log = data.dir.resolve("export.log").toFile();
        if (CommandTimingBenchmark.run(command("--data", data.dir.toString(), "export", "--format", formats.format,
                "--out", out.toString()), log) != 0) {
            throw new IllegalStateException("the export failed: see " + log);
        }
        return out.toFile().length();
    }
}
