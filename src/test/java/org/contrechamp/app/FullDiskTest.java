package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.contrechamp.cli.Cli;
import org.contrechamp.cli.CliContext;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.testing.SmallDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory on a disk that fills up, for real: a small tmpfs (skipped where it cannot be
 * mounted). Every command says which disk is full instead of an "unexpected error", what is stored
 * can still be read, and photo import stops at the first photo it cannot write.
 */
class FullDiskTest {

    @TempDir
    Path temp;
    SmallDisk disk;
    Path data;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void mount() throws Exception {
        disk = SmallDisk.mount(temp.resolve("disk"), 3L * 1024 * 1024);
        data = disk.root().resolve("data");
    }

    @AfterEach
    void unmount() {
        if (disk != null) {
            disk.close();
        }
    }

    private Run run(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(locale),
                explicit -> LocalWorkspace.open(DataDirectories.resolve(explicit)));
        String[] withData = Stream.concat(Stream.of("--data", data.toString()), Stream.of(args)).toArray(String[]::new);
        int exit = Cli.run(context, withData);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    @Test
    void onAFullDiskWritingSaysWhichDiskIsFullAndReadingStillWorks() throws Exception {
        Run added = run("sightings", "add", "--lat", "48.85", "--lon", "2.35");
        assertThat(added.exit()).as(added.err()).isZero();
        String id = added.out().strip();

        disk.fill(0);

        Run listed = run("sightings", "list");
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(id);
        assertThat(listed.err()).doesNotContain("unexpected").contains("is full").contains(disk.root().toString());

        Run refused = run("sightings", "add", "--lat", "48.86", "--lon", "2.36");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).doesNotContain("unexpected").contains(data.toString()).contains("is full")
                .contains(disk.root().toString());

        Run refusedFr = run(Locale.FRENCH, "sightings", "add", "--lat", "48.86", "--lon", "2.36");
        assertThat(refusedFr.exit()).isEqualTo(1);
        assertThat(refusedFr.err()).doesNotContain("inattendue").contains("est plein").contains(disk.root().toString());

        disk.free();
        Run again = run("sightings", "add", "--lat", "48.86", "--lon", "2.36");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(run("sightings", "list").out()).contains(id).contains(again.out().strip());
    }
}
