package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of a photo already imported (same place and time, other bytes: a resized copy, one sent
 * through a messenger) joins the sighting its original shows, in a later import too, instead of
 * making a second draft of the same camera.
 */
class PhotoCopyImportTest {

    @TempDir
    Path dir;

    private ImportReport[] importTwice(Path first, Path second) throws Exception {
        Path data = dir.resolve("data");
        ImportOptions options = ImportOptions.from(Settings.DEFAULTS).withZone(ZoneId.of("UTC"));
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data); Database db = Database.open(data)) {
            SqliteSightingRepository sightingRows = new SqliteSightingRepository(db);
            SightingService sightings = new SightingService(sightingRows, Clock.systemUTC());
            PhotoImportService service = new PhotoImportService(new SqlitePhotoRepository(db), new PhotoFileStore(data),
                    sightings, db, new ThumbnailMaker(), Clock.systemUTC());
            ImportReport a = service.importPaths(List.of(first), options, Progress.NONE, Cancellation.NEVER);
            ImportReport b = service.importPaths(List.of(second), options, Progress.NONE, Cancellation.NEVER);
            live = sightingRows.listLive();
            return new ImportReport[] {a, b};
        }
    }

    private List<Sighting> live;

    @Test
    void aResizedCopyImportedLaterJoinsTheDraftOfItsOriginal() throws Exception {
        Path walk = Files.createDirectories(dir.resolve("walk"));
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Files.write(walk.resolve("IMG_1.jpg"), TestPhotos.jpeg().size(1600, 1200).gps(43.7384, 7.4246)
                .takenAt("2024:05:01 10:00:00", null).bytes());
        Files.write(walk.resolve("IMG_2.jpg"), TestPhotos.jpeg().size(1600, 1200).gps(43.7420, 7.4300)
                .takenAt("2024:05:01 10:20:00", null).bytes());
        // The copy: other pixels and size, the same EXIF place and time.
        Files.write(copies.resolve("IMG_1-small.jpg"), TestPhotos.jpeg().size(800, 600).colour(0x336699)
                .gps(43.7384, 7.4246).takenAt("2024:05:01 10:00:00", null).bytes());

        ImportReport[] reports = importTwice(walk, copies);

        assertThat(reports[0].sightingsCreated()).isEqualTo(2);
        ImportedFile copy = reports[1].files().get(0);
        assertThat(copy.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(copy.reason()).isEqualTo("copy-joined");
        assertThat(reports[1].sightingsCreated()).isZero();
        assertThat(reports[1].sightingsJoined()).isEqualTo(1);
        assertThat(live).hasSize(2);
        ImportedFile original = reports[0].files().stream()
                .filter(f -> f.path().getFileName().toString().equals("IMG_1.jpg")).findFirst().orElseThrow();
        assertThat(copy.sightingId()).isEqualTo(original.sightingId());
        Sighting joined = live.stream().filter(s -> s.id().equals(original.sightingId())).findFirst().orElseThrow();
        assertThat(joined.photos()).containsExactly(original.sha256(), copy.sha256());
    }

    @Test
    void aPhotoOfTheSameMomentFarAwayIsNotACopy() throws Exception {
        Path walk = Files.createDirectories(dir.resolve("walk"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.write(walk.resolve("a.jpg"), TestPhotos.jpeg().gps(43.7384, 7.4246).takenAt("2024:05:01 10:00:00", null).bytes());
        Files.write(other.resolve("b.jpg"), TestPhotos.jpeg().colour(0x993311).gps(43.7500, 7.4400)
                .takenAt("2024:05:01 10:00:00", null).bytes());

        ImportReport[] reports = importTwice(walk, other);

        assertThat(reports[1].sightingsCreated()).isEqualTo(1);
        assertThat(live).hasSize(2);
    }
}
