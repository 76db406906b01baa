package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.photo.ImportStatus;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportReport;
import org.contrechamp.core.photo.imports.PhotoImportService;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.sighting.SightingService;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo's row and its draft sighting are stored together or not at all: when storing the
 * sighting fails, no photo row is left behind, and the next import takes the photo normally.
 */
class PhotoImportAtomicityTest {

    @TempDir
    Path dir;

    /** A sighting store that breaks on every write, as a full disk or a crash would. */
    private static SightingRepository breakingWrites(SightingRepository real) {
        return new SightingRepository() {
            @Override
            public void store(Sighting s, boolean deleted, Change change) {
                throw new IllegalStateException("simulated failure while storing the sighting");
            }

            @Override
            public void storeAll(List<Sighting> s, List<Change> c) {
                throw new IllegalStateException("simulated failure");
            }

            @Override
            public java.util.Optional<Sighting> find(UUID id) {
                return real.find(id);
            }

            @Override
            public List<UUID> idsStartingWith(String start, int limit) {
                return real.idsStartingWith(start, limit);
            }

            @Override
            public java.util.Map<UUID, java.util.Set<String>> lineage(java.util.Collection<UUID> ids) {
                return real.lineage(ids);
            }

            @Override
            public void addAncestors(UUID id, java.util.Collection<String> digests) {
                throw new IllegalStateException("simulated failure");
            }

            @Override
            public java.util.Set<String> released(UUID id) {
                throw new IllegalStateException("simulated failure");
            }

            @Override
            public void release(UUID id, java.util.Collection<String> digests) {
                throw new IllegalStateException("simulated failure");
            }

            @Override
            public java.util.Set<UUID> editedHere() {
                return real.editedHere();
            }

            @Override
            public java.util.Optional<HistoryEntry> latest(UUID id) {
                return real.latest(id);
            }

            @Override
            public void forEachLive(Consumer<Sighting> action) {
                real.forEachLive(action);
            }

            @Override
            public void forEachDeleted(Consumer<Sighting> action,
                                       Consumer<org.contrechamp.core.sighting.DamagedRecord> damaged) {
                real.forEachDeleted(action, damaged);
            }

            @Override
            public List<Sighting> listLive() {
                return real.listLive();
            }

            @Override
            public java.util.Set<UUID> idsMatchingText(String text) {
                return real.idsMatchingText(text);
            }

            @Override
            public List<Sighting> inBox(BoundingBox box) {
                return real.inBox(box);
            }

            @Override
            public long countLive() {
                return real.countLive();
            }

            @Override
            public List<HistoryEntry> history(UUID id) {
                return real.history(id);
            }

            @Override
            public java.util.Optional<HistoryEntry> atRevision(UUID id, long revision) {
                return real.atRevision(id, revision);
            }

            @Override
            public List<HistoryEntry> changesAfter(long sequence) {
                return real.changesAfter(sequence);
            }

            @Override
            public long lastSequence() {
                return real.lastSequence();
            }
        };
    }

    @Test
    void aFailureWhileStoringTheDraftLeavesNoPhotoRowAndTheNextImportTakesThePhoto() throws Exception {
        Path photos = Files.createDirectories(dir.resolve("walk"));
        Files.write(photos.resolve("a.jpg"), TestPhotos.jpeg().gps(48.85, 2.35).takenAt("2024:05:01 10:00:00", null).bytes());
        Path data = dir.resolve("data");
        ImportOptions options = ImportOptions.from(Settings.DEFAULTS).withZone(ZoneId.of("UTC"));
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data); Database db = Database.open(data)) {
            SqlitePhotoRepository rows = new SqlitePhotoRepository(db);
            SqliteSightingRepository sightingRows = new SqliteSightingRepository(db);
            PhotoFileStore files = new PhotoFileStore(data);

            PhotoImportService broken = new PhotoImportService(rows, files,
                    new SightingService(breakingWrites(sightingRows), Clock.systemUTC()), db, new ThumbnailMaker(),
                    Clock.systemUTC());
            ImportReport failed = broken.importPaths(List.of(photos), options, Progress.NONE, Cancellation.NEVER);

            assertThat(failed.files().get(0).status()).isEqualTo(ImportStatus.FAILED);
            assertThat(rows.count()).isZero();
            assertThat(sightingRows.countLive()).isZero();

            PhotoImportService working = new PhotoImportService(rows, files,
                    new SightingService(sightingRows, Clock.systemUTC()), db, new ThumbnailMaker(), Clock.systemUTC());
            ImportReport again = working.importPaths(List.of(photos), options, Progress.NONE, Cancellation.NEVER);

            assertThat(again.files().get(0).status()).isEqualTo(ImportStatus.IMPORTED);
            assertThat(rows.count()).isEqualTo(1);
            assertThat(sightingRows.countLive()).isEqualTo(1);
        }
    }
}
