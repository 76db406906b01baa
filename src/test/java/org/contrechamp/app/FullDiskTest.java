package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.contrechamp.cli.Cli;
import org.contrechamp.cli.CliContext;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.testing.SmallDisk;
import org.contrechamp.testing.TestJpegs;
import org.contrechamp.testing.TestPhotos;
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

    @Test
    void aNewDataDirectoryOnAFullDiskSaysTheDiskIsFull() throws Exception {
        disk.fill(0);

        Run refused = run("sightings", "list");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).doesNotContain("unexpected").contains("is full").contains(disk.root().toString());
    }

    @Test
    void anImportOnAFullDiskStopsAtTheFirstPhotoItCannotWriteAndLeavesNothingHalfWritten() throws Exception {
        Path walk = Files.createDirectories(temp.resolve("walk"));
        for (int i = 0; i < 3; i++) {
            Files.write(walk.resolve("p" + i + ".jpg"), TestPhotos.jpeg().size(900, 700).colour(0x203040 + 0x111111 * i)
                    .gps(48.85 + i * 0.01, 2.35).takenAt("2024:05:01 10:0" + i + ":00", "+02:00").bytes());
        }
        assertThat(run("sightings", "list").exit()).isZero();
        disk.fill(0);

        Run stopped = run("import", walk.toString());
        assertThat(stopped.exit()).isEqualTo(1);
        assertThat(stopped.out()).doesNotContain("could not be read");
        assertThat(stopped.out().lines().filter(l -> l.contains(".jpg"))).hasSize(1);
        assertThat(stopped.out()).contains("could not be written").contains("is full").contains(disk.root().toString());
        assertThat(stopped.out()).contains("2 files were not tried");
        assertThat(stopped.err()).contains("is full").contains(disk.root().toString());
        if (Files.exists(data.resolve("photos"))) {
            try (Stream<Path> left = Files.walk(data.resolve("photos"))) {
                assertThat(left.filter(Files::isRegularFile)).isEmpty();
            }
        }

        disk.free();
        Run resumed = run("import", walk.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("3 files: 3 imported");
    }

    @Test
    void aSyncThatReceivesPhotosOnAFullDiskSaysWhichDiskIsFullAndImportsNothingOfThatBundle() throws Exception {
        Path repo = temp.resolve("repo");
        try (Party alice = new Party("Alice", temp); Party coord = new Party("Coord", disk.root())) {
            alice.workspace.sharing().initRepository(repo.toString(), "Campagne");
            coord.trusts(alice);
            for (int i = 0; i < 6; i++) {
                String photo = alice.photos.add(temp.resolve("photos"), TestJpegs.noise(800, 600, i), 1);
                alice.add(48.85 + i / 1000.0, 2.35, photo);
            }
            alice.sync(repo);
            // Room for the database's writes, not for the photos received (several hundred kB).
            disk.fill(160 * 1024);

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> coord.sync(repo));
            assertThat(thrown).isInstanceOfSatisfying(org.contrechamp.core.common.DataUnavailableException.class,
                    e -> assertThat(e.problem().code()).isEqualTo("disk-full"));
            assertThat(coord.workspace.sightings().countLive()).isZero();

            disk.free();
            assertThat(coord.sync(repo).result().imported()).singleElement().satisfies(o -> assertThat(o.applied()).isEqualTo(6));
        }
    }

    /**
     * A sync commits several bundles at once (docs/adr/0043): a disk that fills up in the middle of
     * them must still leave every bundle whole or absent, and the ledger saying so.
     */
    @Test
    void aDiskThatFillsUpInTheMiddleOfASyncLeavesEveryBundleWholeOrAbsent() throws Exception {
        Path repo = temp.resolve("repo");
        int bundles = 5;
        int perBundle = 150;
        try (Party alice = new Party("Alice", temp); Party coord = new Party("Coord", disk.root())) {
            alice.workspace.sharing().initRepository(repo.toString(), "Campagne");
            coord.trusts(alice);
            java.util.List<java.util.List<java.util.UUID>> made = new java.util.ArrayList<>();
            for (int b = 0; b < bundles; b++) {
                java.util.List<java.util.UUID> ids = new java.util.ArrayList<>();
                for (int i = 0; i < perBundle; i++) {
                    ids.add(alice.add(48.80 + b / 100.0 + i / 100_000.0, 2.30 + i / 100_000.0).id());
                }
                made.add(ids);
                alice.sync(repo);
            }
            // Room for a bundle or two, not for five.
            disk.fill(384 * 1024);

            java.util.concurrent.atomic.AtomicInteger reached = new java.util.concurrent.atomic.AtomicInteger();
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> coord.workspace.sharing().sync(
                    repo.toString(), null, (done, total, file) -> reached.set((int) done), Cancellation.NEVER));

            assertThat(thrown).isInstanceOfSatisfying(org.contrechamp.core.common.DataUnavailableException.class,
                    e -> assertThat(e.problem().code()).isEqualTo("disk-full"));
            assertThat(reached.get()).as("the bundle the disk filled up at").isBetween(1, bundles - 1);
            disk.free();
            coord.reopen();
            int whole = 0;
            for (java.util.List<java.util.UUID> ids : made) {
                long held = ids.stream().filter(id -> coord.workspace.sightings().find(id).isPresent()).count();
                assertThat(held).as("records of one bundle held").isIn(0L, (long) perBundle);
                whole += held == perBundle ? 1 : 0;
            }
            assertThat(coord.workspace.sightings().countLive()).isEqualTo((long) whole * perBundle);
            // The ledger agrees: the bundles it holds for imported are exactly the whole ones.
            SharingService.SyncReport again = coord.sync(repo);
            assertThat(again.result().imported()).hasSize(bundles - whole)
                    .allSatisfy(o -> assertThat(o.applied()).isEqualTo(perBundle));
            assertThat(coord.workspace.sightings().countLive()).isEqualTo((long) bundles * perBundle);
        }
    }
}
