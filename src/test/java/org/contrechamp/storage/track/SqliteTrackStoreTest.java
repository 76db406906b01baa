package org.contrechamp.storage.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.coverage.WalkedTracks;
import org.contrechamp.core.track.TrackPoints;
import org.contrechamp.core.track.TrackService;
import org.contrechamp.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept tracks on a real SQLite file: points back as they went in, one row per file hash. */
class SqliteTrackStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    private Path gpx(String name, WalkedTracks walk) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, walk.gpx());
        return file;
    }

    @Test
    void aTrackIsKeptWithItsPointsItsTimesAndItsName() throws Exception {
        Path file = gpx("samedi.gpx", WalkedTracks.startingAt(1.7e9).walk(48.8530, 2.3000, 48.8530, 2.3060));
        try (Database db = Database.open(Files.createDirectories(dir.resolve("data")))) {
            TrackService tracks = new TrackService(new SqliteTrackStore(db), clock);
            TrackService.Kept kept = tracks.keep(file);
            assertThat(kept.alreadyKept()).isFalse();
            assertThat(kept.kept().name()).isEqualTo("samedi.gpx");
            assertThat(kept.kept().importedAt()).isEqualTo(clock.instant());
            assertThat(kept.kept().pointCount()).isEqualTo(kept.track().points().size()).isGreaterThan(300);
            assertThat(kept.kept().startedAt()).isEqualTo(1.7e9);
            assertThat(kept.kept().bounds().minLon()).isLessThan(2.3001);
            TrackPoints back = new SqliteTrackStore(db).points(kept.kept().id()).orElseThrow();
            TrackPoints made = TrackPoints.of(kept.track().points());
            assertThat(back.size()).isEqualTo(made.size());
            for (int i = 0; i < made.size(); i++) {
                assertThat(back.time(i)).isEqualTo(made.time(i));
                assertThat(back.latE7(i)).isEqualTo(made.latE7(i));
                assertThat(back.lonE7(i)).isEqualTo(made.lonE7(i));
            }
        }
    }

    @Test
    void theSameFileImportedTwiceIsKeptOnceEvenUnderAnotherName() throws Exception {
        WalkedTracks walk = WalkedTracks.startingAt(1.7e9).walk(48.8530, 2.3000, 48.8530, 2.3010);
        Path first = gpx("a.gpx", walk);
        Path copy = gpx("copie de a.gpx", walk);
        Path other = gpx("b.gpx", WalkedTracks.startingAt(1.8e9).walk(48.8530, 2.3000, 48.8530, 2.3010));
        try (Database db = Database.open(Files.createDirectories(dir.resolve("data")))) {
            TrackService tracks = new TrackService(new SqliteTrackStore(db), clock);
            long id = tracks.keep(first).kept().id();
            TrackService.Kept again = tracks.keep(copy);
            assertThat(again.alreadyKept()).isTrue();
            assertThat(again.kept().id()).isEqualTo(id);
            assertThat(again.kept().name()).isEqualTo("a.gpx");
            tracks.keep(other);
            assertThat(tracks.list()).extracting(t -> t.name()).containsExactly("a.gpx", "b.gpx");
            assertThat(tracks.allPoints()).hasSize(2);
            assertThat(tracks.forget(id)).isTrue();
            assertThat(tracks.forget(id)).isFalse();
            assertThat(tracks.list()).extracting(t -> t.name()).containsExactly("b.gpx");
        }
        // and it was on disk, not in memory
        try (Database db = Database.open(Files.createDirectories(dir.resolve("data")))) {
            assertThat(new SqliteTrackStore(db).list()).hasSize(1);
        }
    }

    @Test
    void aFileThatIsNotATrackIsNamedAndNothingIsKept() throws Exception {
        Path bad = dir.resolve("courses.gpx");
        Files.writeString(bad, "this is my shopping list");
        try (Database db = Database.open(Files.createDirectories(dir.resolve("data")))) {
            TrackService tracks = new TrackService(new SqliteTrackStore(db), clock);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tracks.keep(bad))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).field()).isEqualTo(bad.toString()));
            assertThat(tracks.list()).isEmpty();
        }
    }
}
