package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.contrechamp.cli.Cli;
import org.contrechamp.cli.CliContext;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.FolderSnapshot;
import org.contrechamp.testing.ReadOnlyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a data directory that cannot be changed, wired as {@link Main} wires it: the
 * commands that only read work (stderr says why nothing can change), the ones that write are refused
 * with a sentence naming the directory, and nothing inside it is written either way.
 */
class ReadOnlyCommandLineTest {

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {
    }

    private Run run(Path data, Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLocale(locale),
                DataDirectoryOpening::openToChange, file -> {
                    throw new IllegalStateException("no tiles here");
                }, DataDirectoryOpening::openOrLook);
        String[] withData = new String[args.length + 2];
        withData[0] = "--data";
        withData[1] = data.toString();
        System.arraycopy(args, 0, withData, 2, args.length);
        int exit = Cli.run(context, withData);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void readingCommandsWorkOnAReadOnlyDirectoryAndWritingOnesAreRefused() throws Exception {
        Path data = temp.resolve("data");
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.sightings().create(Sighting.newAt(Position.manual(48.8570, 2.3530)).operator("Mairie").build());
        }
        Map<String, String> before = FolderSnapshot.of(data);
        Path export = temp.resolve("cameras.csv");
        try (ReadOnlyFolder frozen = ReadOnlyFolder.freeze(data)) {
            Run list = run(data, Locale.ENGLISH, "sightings", "list");
            assertThat(list.exit()).isZero();
            assertThat(list.out()).contains("Mairie");
            Run desk = run(data, Locale.ENGLISH, "desk", "status");
            assertThat(desk.exit()).isZero();
            Run exported = run(data, Locale.ENGLISH, "export", "--format", "csv", "--out", export.toString());
            assertThat(exported.exit()).isZero();
            assertThat(Files.readString(export)).contains("Mairie");
            assertThat(FolderSnapshot.of(data)).isEqualTo(before);

            Run add = run(data, Locale.FRENCH, "sightings", "add", "--lat", "48.85", "--lon", "2.35");
            if (frozen.enforced()) {
                assertThat(list.err()).contains(data.toString()).contains("read-only: you can look, not change");
                assertThat(add.exit()).isEqualTo(Cli.BAD_INPUT);
                assertThat(add.err()).contains(data.toString()).contains("impossible d’écrire dans ce dossier de données");
                assertThat(add.out()).isEmpty();
                assertThat(FolderSnapshot.of(data)).isEqualTo(before);
            } else {
                // Root without a read-only mount: the directory can be written, so the command writes.
                assertThat(add.exit()).isZero();
            }
        }
    }

    @Test
    void readingCommandsWorkWhileAnotherContrechampHoldsTheDirectory() {
        Path data = temp.resolve("data");
        try (LocalWorkspace window = LocalWorkspace.open(data)) {
            window.sightings().create(Sighting.newAt(Position.manual(48.8570, 2.3530)).operator("Mairie").build());
            Run list = run(data, Locale.ENGLISH, "sightings", "list");
            assertThat(list.exit()).isZero();
            assertThat(list.out()).contains("Mairie");
            assertThat(list.err()).contains("is using this data directory: you can look, not change");
            Run add = run(data, Locale.ENGLISH, "sightings", "add", "--lat", "48.85", "--lon", "2.35");
            assertThat(add.exit()).isEqualTo(Cli.BAD_INPUT);
            assertThat(add.err()).contains(data.toString()).contains("is using this data directory. Close it first");
            assertThat(window.sightings().countLive()).isEqualTo(1);
        }
    }
}
