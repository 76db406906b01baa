package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.identity.IdentityService;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.workspace.Workspace;
import org.contrechamp.testing.FolderSnapshot;
import org.contrechamp.testing.ReadOnlyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 11: a data directory that cannot be changed (read-only, or in use by another
 * Contrechamp) opens to look at; every change is refused with a sentence; nothing inside it is written
 * (checked by comparing the folder before and after, which holds even as root); and a copy of it opens
 * as any other.
 */
class LookingAtADataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void aReadOnlyDirectoryOpensToLookAndRefusesChangesWithoutWritingAnything() throws Exception {
        Path data = temp.resolve("data");
        withTwoSightings(data);
        Map<String, String> before = FolderSnapshot.of(data);
        try (ReadOnlyFolder frozen = ReadOnlyFolder.freeze(data)) {
            try (Workspace looking = DataDirectoryOpening.openOrLook(data)) {
                assertThat(looking.readOnly()).hasValueSatisfying(why -> {
                    assertThat(why.code()).isEqualTo("look-only-not-writable");
                    assertThat(why.field()).isEqualTo(data.toString());
                });
                assertThat(looking.sightings().listLive()).extracting(Sighting::operator)
                        .containsExactlyInAnyOrder("first", "second");
                assertThat(looking.area().current()).isEmpty();
                DataUnavailableException refused = catchThrowableOfType(() -> looking.sightings().create(
                        Sighting.newAt(Position.manual(48.85, 2.35)).build()), DataUnavailableException.class);
                assertThat(refused.problem().code()).isEqualTo("look-only-refused");
                // Settings changed in the view last for the session; the page shown is not remembered.
                looking.settings().save(looking.settings().load().withLanguage("fr"));
                assertThat(looking.settings().load().language()).isEqualTo("fr");
                looking.drawnZones();
            }
        }
        assertThat(FolderSnapshot.of(data)).isEqualTo(before);
    }

    @Test
    void aDirectoryInUseOpensToLookBesideItsWriterAndItsWritesStillGoThrough() {
        Path data = temp.resolve("data");
        try (LocalWorkspace writer = LocalWorkspace.open(data)) {
            writer.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).operator("first").build());
            try (Workspace looking = DataDirectoryOpening.openOrLook(data)) {
                assertThat(looking.readOnly()).hasValueSatisfying(why -> {
                    assertThat(why.code()).isEqualTo("look-only-in-use");
                    assertThat(why.args()).containsExactly(Long.toString(ProcessHandle.current().pid()));
                });
                assertThat(looking.sightings().countLive()).isEqualTo(1);
                writer.sightings().create(Sighting.newAt(Position.manual(48.86, 2.36)).operator("second").build());
                assertThat(looking.sightings().countLive()).isEqualTo(2);
                DataUnavailableException refused = catchThrowableOfType(() -> looking.sightings().delete(
                        looking.sightings().listLive().get(0).id()), DataUnavailableException.class);
                assertThat(refused.problem().code()).isEqualTo("look-only-refused");
            }
            writer.sightings().create(Sighting.newAt(Position.manual(48.87, 2.37)).operator("third").build());
            assertThat(writer.sightings().countLive()).isEqualTo(3);
        }
    }

    /** Looking leaves a damaged settings file where it is: the session uses the defaults and says so. */
    @Test
    void aDamagedSettingsFileIsLeftAsItIsWhenTheDirectoryIsOnlyLookedAt() throws Exception {
        Path data = temp.resolve("data");
        withTwoSightings(data);
        Files.writeString(data.resolve("settings.json"), "{\"language\": \"fr\", broken");
        Map<String, String> before = FolderSnapshot.of(data);
        try (Workspace looking = DataDirectoryOpening.look(data)) {
            assertThat(looking.settings().load()).isEqualTo(org.contrechamp.core.settings.Settings.DEFAULTS);
            assertThat(looking.warnings()).singleElement().satisfies(w -> {
                assertThat(w.code()).isEqualTo("settings-damaged-look-only");
                assertThat(w.args()).containsExactly(data.resolve("settings.json").toString());
            });
            assertThat(looking.sightings().countLive()).isEqualTo(2);
        }
        assertThat(FolderSnapshot.of(data)).isEqualTo(before);
    }

    @Test
    void changingIsRefusedBeforeAnythingIsWrittenWhenTheDatabaseCannotBeWritten() throws Exception {
        Path data = temp.resolve("data");
        withTwoSightings(data);
        try (ReadOnlyFolder frozen = ReadOnlyFolder.freeze(data)) {
            if (frozen.enforced()) {
                Map<String, String> before = FolderSnapshot.of(data);
                DataUnavailableException refused = catchThrowableOfType(() -> DataDirectoryOpening.openToChange(data),
                        DataUnavailableException.class);
                assertThat(refused.problem().code()).isEqualTo("data-dir-not-writable");
                assertThat(FolderSnapshot.of(data)).isEqualTo(before);
            } else {
                // Root without a read-only mount: the directory can be written, so it opens to be changed.
                DataDirectoryOpening.openToChange(data).close();
            }
        }
    }

    @Test
    void aCopyOpensAsAnyOtherAndKeepsTheKeyPrivate() throws Exception {
        Path data = temp.resolve("data");
        withTwoSightings(data);
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.identity().create("Nadia", "a long passphrase".toCharArray());
        }
        Map<String, String> before = FolderSnapshot.of(data);
        Path copy = temp.resolve("copy");
        try (Workspace looking = DataDirectoryOpening.look(data)) {
            looking.copyTo(copy, Progress.NONE, Cancellation.NEVER);
        }
        assertThat(FolderSnapshot.of(data)).isEqualTo(before);
        assertThat(copy.resolve("contrechamp.lock")).doesNotExist();
        assertThat(copy.resolve("contrechamp.log")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                copy.resolve(IdentityService.FOLDER).resolve(IdentityService.FILE_NAME)))).isEqualTo("rw-------");
        try (LocalWorkspace opened = LocalWorkspace.open(copy)) {
            assertThat(opened.readOnly()).isEmpty();
            assertThat(opened.sightings().countLive()).isEqualTo(2);
            assertThat(opened.identity().find()).hasValueSatisfying(me -> assertThat(me.name()).isEqualTo("Nadia"));
            opened.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).build());
            assertThat(opened.sightings().countLive()).isEqualTo(3);
        }
    }

    @Test
    void aCopyIntoAFolderNotEmptyIsRefusedAndACancelledOneLeavesNothing() throws Exception {
        Path data = temp.resolve("data");
        withTwoSightings(data);
        Path full = Files.createDirectories(temp.resolve("full"));
        Files.writeString(full.resolve("mine.txt"), "kept");
        Path cancelled = Files.createDirectories(temp.resolve("cancelled"));
        Files.writeString(data.resolve("notes.txt"), "a file beside the database");
        try (Workspace looking = DataDirectoryOpening.look(data)) {
            InvalidInputException notEmpty = catchThrowableOfType(() -> looking.copyTo(full, Progress.NONE,
                    Cancellation.NEVER), InvalidInputException.class);
            assertThat(notEmpty.problems()).extracting(p -> p.code()).containsExactly("copy-target-not-empty");
            InvalidInputException inside = catchThrowableOfType(() -> looking.copyTo(data.resolve("inside"),
                    Progress.NONE, Cancellation.NEVER), InvalidInputException.class);
            assertThat(inside.problems()).extracting(p -> p.code()).containsExactly("copy-target-inside");

            int[] units = new int[1];
            Cancellation afterTheDatabase = () -> ++units[0] > 1;
            catchThrowableOfType(() -> looking.copyTo(cancelled, Progress.NONE, afterTheDatabase),
                    CancellationException.class);
        }
        assertThat(Files.readString(full.resolve("mine.txt"))).isEqualTo("kept");
        assertThat(cancelled).isEmptyDirectory();
        assertThat(data.resolve("inside")).doesNotExist();
    }

    private static void withTwoSightings(Path data) {
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.sightings().create(Sighting.newAt(Position.manual(48.8570, 2.3530)).operator("first").build());
            w.sightings().create(Sighting.newAt(Position.manual(48.8560, 2.3510)).operator("second").build());
        }
    }
}
