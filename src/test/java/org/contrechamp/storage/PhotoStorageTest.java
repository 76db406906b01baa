package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.contrechamp.core.photo.PhotoFormat;
import org.contrechamp.core.photo.PhotoMetadata;
import org.contrechamp.core.photo.PhotoPosition;
import org.contrechamp.core.photo.PhotoTime;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.sighting.PositionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoStorageTest {

    @TempDir
    Path dir;

    static StoredPhoto photo(String sha, PhotoPosition position, UUID sighting) {
        PhotoMetadata m = new PhotoMetadata(PhotoFormat.HEIF, 4032, 3024, 6, position, 264.33, "T",
                new PhotoTime(LocalDateTime.parse("2019-10-20T18:34:30.130"), ZoneOffset.ofHours(2), PhotoTime.Source.CAMERA),
                "Apple", "iPhone 7", null, null);
        return new StoredPhoto(sha, 1234, m, position == null ? null : PositionSource.EXIF,
                Instant.parse("2019-10-20T16:34:30.130Z"), "IMG_0001.HEIC", Instant.parse("2026-01-01T00:00:00Z"),
                sighting, StoredPhoto.Preview.NONE);
    }

    @Test
    void aPhotoRowReadsBackAsItWasStored() {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            SqlitePhotoRepository repo = new SqlitePhotoRepository(db);
            StoredPhoto stored = photo("a".repeat(64), new PhotoPosition(38.0466417, 12.9944111, 1.4, 6.0), null);
            repo.insert(stored);

            assertThat(repo.find(stored.sha256())).contains(stored);
            assertThat(repo.contains(stored.sha256())).isTrue();
            assertThat(repo.waitingForPosition()).containsExactly(stored);
            UUID sighting = UUID.randomUUID();
            repo.assignSighting(stored.sha256(), sighting);
            assertThat(repo.ofSighting(sighting)).containsExactly(stored.withSighting(sighting));
            assertThat(repo.waitingForPosition()).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesHalfAPositionAndBadHashes() {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            SqlitePhotoRepository repo = new SqlitePhotoRepository(db);
            assertThatThrownBy(() -> repo.insert(photo("NOT-A-HASH".repeat(7).substring(0, 64), null, null)))
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> repo.insert(photo("b".repeat(64), new PhotoPosition(91, 0, null, null), null)))
                    .isInstanceOf(RuntimeException.class);
            repo.insert(photo("c".repeat(64), null, null));
            assertThatThrownBy(() -> repo.insert(photo("c".repeat(64), null, null))).isInstanceOf(RuntimeException.class);
            assertThat(repo.count()).isEqualTo(1);
        }
    }

    @Test
    void aVersionOneDatabaseIsBackedUpThenGainsThePhotoTableKeepingItsSightings() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(Migrations.script(1));
            s.executeUpdate("PRAGMA user_version = 1");
        }
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            int version = db.intPragma("user_version");
            assertThat(version).isEqualTo(Migrations.latestVersion());
            assertThat(new SqlitePhotoRepository(db).count()).isZero();
        }
        try (var backups = Files.list(dir.resolve(Migrator.BACKUP_FOLDER))) {
            assertThat(backups.filter(p -> p.getFileName().toString().startsWith("contrechamp-v1-"))).hasSize(1);
        }
    }
}
