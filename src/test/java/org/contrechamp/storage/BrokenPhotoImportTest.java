package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.imports.ImportLineText;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.testing.Fixtures;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo whose picture is cut off or damaged is reported as failed, saying what is wrong with it:
 * never "no position", never a draft with a black preview, and nothing of it is stored.
 */
class BrokenPhotoImportTest {

    @TempDir
    Path dir;

    private ImportReport importFolder(Path folder) throws Exception {
        Path data = dir.resolve("data");
        ImportOptions options = ImportOptions.from(Settings.DEFAULTS).withZone(ZoneId.of("UTC"));
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data); Database db = Database.open(data)) {
            SqlitePhotoRepository rows = new SqlitePhotoRepository(db);
            SqliteSightingRepository sightingRows = new SqliteSightingRepository(db);
            PhotoImportService service = new PhotoImportService(rows, new PhotoFileStore(data),
                    new SightingService(sightingRows, Clock.systemUTC()), db, new ThumbnailMaker(), Clock.systemUTC());
            ImportReport report = service.importPaths(List.of(folder), options, Progress.NONE, Cancellation.NEVER);
            storedPhotos = rows.count();
            storedSightings = sightingRows.countLive();
            return report;
        }
    }

    private long storedPhotos;
    private long storedSightings;

    private static ImportedFile line(ImportReport report, String name) {
        return report.files().stream().filter(f -> f.path().getFileName().toString().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void aTruncatedGeotaggedPhotoFailsSayingItIsCutOffAndMakesNoDraft() throws Exception {
        Path walk = Files.createDirectories(dir.resolve("walk"));
        byte[] whole = TestPhotos.jpeg().size(1600, 1200).gps(43.7384, 7.4246).takenAt("2024:05:01 10:00:00", null).bytes();
        Files.write(walk.resolve("cut.jpg"), Arrays.copyOf(whole, whole.length * 2 / 3));
        Files.write(walk.resolve("whole.jpg"), TestPhotos.jpeg().size(1600, 1200).gps(43.75, 7.43)
                .takenAt("2024:05:01 11:00:00", null).bytes());

        ImportReport report = importFolder(walk);

        ImportedFile cut = line(report, "cut.jpg");
        assertThat(cut.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(cut.reason()).isEqualTo("picture-ends-early");
        assertThat(ImportLineText.of(cut, Messages.forLocale(java.util.Locale.ENGLISH))).contains("ends before");
        assertThat(ImportLineText.of(cut, Messages.forLocale(java.util.Locale.FRENCH))).contains("s’arrête avant");
        assertThat(line(report, "whole.jpg").status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(storedPhotos).isEqualTo(1);
        assertThat(storedSightings).isEqualTo(1);
    }

    @Test
    void theCorruptedFixtureFailsAsDamagedInsteadOfWaitingToBePlaced() throws Exception {
        Path corrupted = Fixtures.require("photos/exif-samples/jpg/corrupted.jpg");
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(corrupted, folder.resolve("corrupted.jpg"));

        ImportReport report = importFolder(folder);

        ImportedFile line = line(report, "corrupted.jpg");
        assertThat(line.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(line.reason()).isEqualTo("picture-damaged");
        assertThat(storedPhotos).isZero();
    }

    @Test
    void everyDecodableFixtureThatIsNotDamagedStillImports() throws Exception {
        Path folder = Fixtures.require("photos/exif-samples/jpg/gps");
        ImportReport report = importFolder(folder);
        assertThat(report.files()).filteredOn(f -> f.status() == ImportStatus.FAILED).isEmpty();
        assertThat(report.counts().get(ImportStatus.IMPORTED)).isEqualTo(9);
    }
}
