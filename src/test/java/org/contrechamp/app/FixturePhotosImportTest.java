package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoFormat;
import org.contrechamp.core.photo.StoredPhoto;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.ImportedFile;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real import of every fixture photo, broken ones included (skipped when the fixtures are absent). */
class FixturePhotosImportTest {

    @TempDir
    Path temp;

    @Test
    void everyFixtureImportsWithoutACrashAndPreviewsWhereJavaCanDecode() throws Exception {
        Path photos = Fixtures.require("photos");
        try (LocalWorkspace w = LocalWorkspace.open(temp.resolve("data"))) {
            ImportReport report = w.photoImport().importPaths(List.of(photos),
                    ImportOptions.from(Settings.DEFAULTS).withZone(ZoneId.of("UTC")), Progress.NONE, Cancellation.NEVER);

            Map<ImportStatus, Integer> counts = report.counts();
            assertThat(counts.get(ImportStatus.IMPORTED)).isEqualTo(27);
            // corrupted.jpg, whose picture data is broken inside, is the one fixture photo refused.
            assertThat(report.files()).filteredOn(f -> f.status() == ImportStatus.FAILED)
                    .extracting(f -> f.path().getFileName().toString(), ImportedFile::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("corrupted.jpg", "picture-damaged"));
            assertThat(counts.get(ImportStatus.IMPORTED) + counts.get(ImportStatus.NO_POSITION)
                    + counts.get(ImportStatus.DUPLICATE)).isEqualTo(107);
            assertThat(report.files()).filteredOn(f -> f.status() == ImportStatus.UNSUPPORTED)
                    .extracting(f -> f.path().getFileName().toString())
                    .allMatch(name -> !name.matches("(?i).*\\.(jpe?g|heic|heif|png|tiff?|webp|avif)"));
            assertThat(w.photos().count()).isEqualTo(107 - counts.get(ImportStatus.DUPLICATE));

            int previews = 0;
            for (ImportedFile f : report.files()) {
                if (f.sha256() == null || f.status() == ImportStatus.DUPLICATE) {
                    continue;
                }
                StoredPhoto stored = w.photos().find(f.sha256()).orElseThrow();
                PhotoFormat format = stored.metadata().format();
                if (format == PhotoFormat.HEIF || format == PhotoFormat.AVIF) {
                    assertThat(stored.preview()).as(f.path().toString()).isEqualTo(StoredPhoto.Preview.NONE);
                    assertThat(w.photos().noPreviewReason(stored)).isEqualTo("photo.preview.not-decodable");
                } else if (stored.preview() == StoredPhoto.Preview.READY) {
                    previews++;
                    assertThat(Files.size(w.photos().thumbnail(f.sha256()).orElseThrow())).isPositive();
                }
            }
            // Every JPEG, PNG and TIFF of the fixtures that is imported can be previewed, odd ones included.
            assertThat(previews).isGreaterThanOrEqualTo(95);
            // The 9 photos of the Arezzo walk are minutes and tens of metres apart: 9 drafts.
            assertThat(w.sightings().countLive()).isBetween(20L, 27L);
        }
    }
}
