package org.contrechamp.core.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo store's files on a real disk: temporary files left by a crash, originals checked. */
class PhotoFileStoreTest {

    @TempDir
    Path data;

    private final Instant now = Instant.now();

    private Path file(String relative, Duration age) throws Exception {
        Path file = data.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.from(now.minus(age)));
        return file;
    }

    @Test
    void temporaryFilesLeftByACrashAreRemovedOnceStaleAndNothingElseIs() throws Exception {
        Path oldWrite = file("photos/ab/write-123.tmp", Duration.ofHours(2));
        Path oldImport = file("photos/import-456.tmp", Duration.ofHours(2));
        Path oldThumbnail = file("thumbnails/cd/write-789.tmp", Duration.ofDays(3));
        Path fresh = file("photos/ab/write-000.tmp", Duration.ofMinutes(2));
        Path original = file("photos/ab/" + "c".repeat(62), Duration.ofDays(30));
        Path thumbnail = file("thumbnails/cd/" + "e".repeat(62) + ".jpg", Duration.ofDays(30));
        Path someoneElses = file("photos/ab/notes.tmp", Duration.ofDays(30));
        PhotoFileStore store = new PhotoFileStore(data);

        assertThat(store.temporaryFiles()).containsExactlyInAnyOrder(oldWrite, oldImport, oldThumbnail, fresh);
        int removed = store.removeTemporaryFiles(now.minus(Duration.ofHours(1)));

        assertThat(removed).isEqualTo(3);
        assertThat(oldWrite).doesNotExist();
        assertThat(oldImport).doesNotExist();
        assertThat(oldThumbnail).doesNotExist();
        assertThat(fresh).exists();
        assertThat(original).exists();
        assertThat(thumbnail).exists();
        assertThat(someoneElses).exists();
    }

    @Test
    void aLinkOutOfTheStoreIsNeverFollowed() throws Exception {
        Path outside = Files.createDirectories(data.resolveSibling(data.getFileName() + "-outside"));
        Path theirs = Files.write(outside.resolve("write-1.tmp"), new byte[] {1});
        Files.setLastModifiedTime(theirs, FileTime.from(now.minus(Duration.ofDays(3))));
        Files.createDirectories(data.resolve("photos"));
        Files.createSymbolicLink(data.resolve("photos/ef"), outside);
        Files.createDirectories(data.resolve("photos/ab"));
        Files.createSymbolicLink(data.resolve("photos/ab/write-2.tmp"), theirs);
        PhotoFileStore store = new PhotoFileStore(data);

        assertThat(store.temporaryFiles()).isEmpty();
        assertThat(store.removeTemporaryFiles(now)).isZero();
        assertThat(theirs).exists();
    }

    @Test
    void anOriginalIsIntactOnlyWhenItsContentStillHasItsHash() throws Exception {
        PhotoFileStore store = new PhotoFileStore(data);
        byte[] bytes = "a photo, as far as this test cares".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = PhotoFileStore.sha256Hex(bytes);
        assertThat(store.isIntact(sha, bytes.length)).isFalse();

        Path stored = store.storeOriginal(sha, bytes);
        assertThat(store.isIntact(sha, bytes.length)).isTrue();

        byte[] flipped = bytes.clone();
        flipped[3] ^= 1;
        Files.write(stored, flipped);
        assertThat(store.isIntact(sha, bytes.length)).isFalse();

        store.restoreOriginal(sha, bytes);
        assertThat(store.isIntact(sha, bytes.length)).isTrue();
    }
}
