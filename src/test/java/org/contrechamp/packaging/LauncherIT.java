package org.contrechamp.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build puts beside the jar ({@code target/contrechamp}, from
 * {@code packaging/launcher}): it must behave exactly as {@code java -jar} does, whatever state its
 * class-data archive is in. Runs after {@code package} (failsafe), on systems with {@code /bin/sh}.
 */
class LauncherIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path LAUNCHER = TARGET.resolve("contrechamp");
    private static final Path JAR = TARGET.resolve("contrechamp.jar");

    @TempDir
    static Path work;
    static Path photos;

    @BeforeAll
    static void photosOfAWalk() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the shell launcher needs /bin/sh");
        assumeTrue(Files.isExecutable(LAUNCHER), "run after mvn package: " + LAUNCHER);
        photos = Files.createDirectories(work.resolve("walk"));
        Files.write(photos.resolve("a.jpg"), TestPhotos.jpeg().gps(43.7384, 7.4246).direction(90, "T")
                .takenAt("2026:05:01 10:00:00", "+02:00").bytes());
        Files.write(photos.resolve("b.jpg"), TestPhotos.jpeg().takenAt("2026:05:01 10:01:00", "+02:00").bytes());
        Files.writeString(photos.resolve("notes.jpg"), "not a photo");
    }

    @Test
    void aCommandPrintsWhatTheJarPrints() throws Exception {
        Run viaLauncher = run(Map.of(), LAUNCHER.toString(), "import", photos.toString(), "--dry-run", "--json");
        Run viaJar = run(Map.of(), "java", "-jar", JAR.toString(), "import", photos.toString(), "--dry-run", "--json");

        assertThat(viaLauncher.exit).isZero();
        assertThat(viaLauncher.out).isEqualTo(viaJar.out).contains("\"lat\" : 43.7384", "\"status\" : \"no-position\"");
    }

    @Test
    void exitCodesComeThrough() throws Exception {
        assertThat(run(Map.of(), LAUNCHER.toString(), "--data", work.resolve("data").toString(), "sightings",
                "list", "--format", "xml").exit).isEqualTo(2);
        assertThat(run(Map.of(), LAUNCHER.toString(), "no-such-command").exit).isEqualTo(2);
        Run badLatitude = run(Map.of(), LAUNCHER.toString(), "--data", work.resolve("data").toString(), "sightings",
                "add", "--lat", "95", "--lon", "0");
        assertThat(badLatitude.exit).isEqualTo(1);
        assertThat(badLatitude.err).contains("latitude");
    }

    @Test
    void commandsStartFromTheClassDataArchive() throws Exception {
        assumeTrue(Files.isRegularFile(TARGET.resolve("contrechamp.jsa")), "the build made no class-data archive");
        Path log = work.resolve("classes.log");

        run(Map.of("CONTRECHAMP_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), LAUNCHER.toString(), "--version");

        assertThat(Files.readAllLines(log)).anyMatch(
                line -> line.contains("org.contrechamp.cli.Cli ") && line.contains("shared objects file"));
    }

    @Test
    void aStaleArchiveIsIgnoredWithoutAWord() throws Exception {
        // Copied elsewhere, the archive no longer matches the class path: the JVM must fall back to
        // the jars and keep its complaint off the output, which scripts read as JSON.
        Path moved = Files.createDirectories(work.resolve("moved"));
        Files.copy(LAUNCHER, moved.resolve("contrechamp"));
        Files.copy(JAR, moved.resolve("contrechamp.jar"));
        Files.createSymbolicLink(moved.resolve("lib"), TARGET.resolve("lib"));
        Files.write(moved.resolve("contrechamp.jsa"), "not an archive".getBytes(StandardCharsets.US_ASCII));

        Run run;
        try {
            run = run(Map.of(), moved.resolve("contrechamp").toString(), "import", photos.toString(), "--dry-run",
                    "--json");
        } finally {
            Files.delete(moved.resolve("lib")); // the link only: JUnit would warn about it
        }

        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("{").doesNotContain("shared archive", "warning");
        assertThat(run.err).doesNotContain("shared archive");
    }

    @Test
    void aLinkToTheLauncherFindsTheJar() throws Exception {
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("contrechamp"), LAUNCHER);

        Run run;
        try {
            run = run(Map.of(), link.toString(), "--version");
        } finally {
            Files.delete(link);
        }

        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("Contrechamp ");
    }

    @Test
    void aJavaOlderThan17IsNamedWithWhatToDoAndNeverStarted() throws Exception {
        // A runtime that says it is Java 11, whose java only leaves a trace if it is ever run.
        Path old = Files.createDirectories(work.resolve("java-11/bin"));
        Files.writeString(work.resolve("java-11/release"), "JAVA_VERSION=\"11.0.2\"\n");
        Path started = work.resolve("java-11-started");
        Path java = Files.writeString(old.resolve("java"), "#!/bin/sh\ntouch '" + started + "'\n");
        assumeTrue(java.toFile().setExecutable(true), "cannot make a fake java");

        Run english = run(Map.of("JAVA_HOME", work.resolve("java-11").toString(), "LC_ALL", "", "LC_MESSAGES", "",
                "LANG", "en_GB.UTF-8"), LAUNCHER.toString(), "--version");
        Run french = run(Map.of("JAVA_HOME", work.resolve("java-11").toString(), "LC_ALL", "fr_FR.UTF-8"),
                LAUNCHER.toString(), "--version");

        assertThat(english.exit).isEqualTo(1);
        assertThat(english.err).contains("version 11.0.2", "Java 17 or newer", "JAVA_HOME");
        assertThat(french.exit).isEqualTo(1);
        assertThat(french.err).contains("version 11.0.2", "Java 17 ou plus récent");
        assertThat(started).doesNotExist();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... command) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
