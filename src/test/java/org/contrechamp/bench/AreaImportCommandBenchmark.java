package org.contrechamp.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
 * {@code contrechamp area import monaco.osm.pbf}, JVM start included (target ≤ 3 s): a fresh
 * {@code java -jar target/contrechamp.jar} per invocation, into a data directory that already holds
 * an area (the common case: re-importing a newer extract).
 */
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 7)
public class AreaImportCommandBenchmark {

    @State(Scope.Thread)
    public static class Command {
        Path data;
        String jar = System.getProperty("contrechamp.jar", "target/contrechamp.jar");
        String pbf = Path.of(System.getProperty("contrechamp.fixtures", "../shared/fixtures"),
                "osm-monaco/monaco-2021-04-21.osm.pbf").toString();

        @Setup(Level.Trial)
        public void prepare() throws IOException, InterruptedException {
            data = Files.createTempDirectory("bench-import");
            run(this);
        }

        @TearDown(Level.Trial)
        public void clean() throws IOException {
            SightingStoreBenchmark.deleteTree(data);
        }
    }

    static int run(Command c) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", c.jar, "--data", c.data.toString(), "area", "import", c.pbf)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException("area import failed with " + code);
        }
        return code;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int importMonaco(Command c) throws IOException, InterruptedException {
        return run(c);
    }
}
