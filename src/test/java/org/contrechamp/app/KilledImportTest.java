package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.storage.Database;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real photo import, in a process of its own, killed (SIGKILL) at random moments: the data
 * directory stays sound after each kill, and running the import again ends where an import that
 * was never interrupted ends. The moments come from a seed ({@code -Dcontrechamp.faults.seed=N}
 * replays a run); a failure names it.
 */
class KilledImportTest {

    static final long SEED = Long.getLong("contrechamp.faults.seed", 20261201L);

    private static final int KILLS = 3;
    private static final int PHOTOS = 48;

    @TempDir
    Path dir;

    @Test
    void anImportKilledAtRandomLeavesASoundLibraryAndFinishesLikeAnUninterruptedOne() throws Exception {
        Random random = new Random(SEED);
        Path walk = photos(dir.resolve("walk"));
        ChildProcess child = new ChildProcess(dir.resolve("logs"));
        String[] command = {"import", "--zone", "UTC", walk.toString()};

        Path reference = dir.resolve("reference");
        long started = System.nanoTime();
        child.run(reference, command);
        // Kills land anywhere from the JVM's start to the end of the import, as long as it lasts here.
        long lasts = Math.max(500, (System.nanoTime() - started) / 1_000_000);

        Path killed = dir.resolve("killed");
        List<String> moments = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            long delay = lasts / 5 + (long) (random.nextDouble() * lasts * 0.8);
            boolean finished = child.killAfter(delay, killed, command);
            boolean opened = Files.exists(killed.resolve(Database.FILE_NAME));
            moments.add(delay + " ms" + (finished ? " (had finished)" : "") + " with "
                    + (opened ? LibraryState.of(killed).photos().size() : 0) + " photos stored");
            if (opened) {
                assertSound(killed, false, "seed " + SEED + ", kills at " + moments);
            }
        }
        child.run(killed, command);

        String context = "seed " + SEED + ", kills at " + moments;
        assertSound(killed, true, context);
        assertThat(LibraryState.of(killed)).as(context).isEqualTo(LibraryState.of(reference));
    }

    /** 48 photos: cameras of three shots each, some shots without position, in two folders. */
    private static Path photos(Path walk) throws Exception {
        Files.createDirectories(walk.resolve("evening"));
        for (int i = 0; i < PHOTOS; i++) {
            int camera = i / 3;
            TestPhotos photo = TestPhotos.jpeg().size(640, 480).colour(0x204060 + i * 7919)
                    .takenAt(String.format("2026:05:01 %02d:%02d:%02d", 18 + camera / 6, (camera * 7) % 60, (i % 3) * 20),
                            null);
            if (i % 5 != 4) {
                photo.gps(48.85 + camera * 0.002, 2.35 + (i % 3) * 0.00001).direction(i * 15 % 360, "T");
            }
            Path folder = i < PHOTOS / 2 ? walk : walk.resolve("evening");
            Files.write(folder.resolve(String.format("IMG_%04d.jpg", i)), photo.bytes());
        }
        return walk;
    }

    /**
     * The database opens and is intact; every photo row has its original with the right hash; a
     * photo with a position has its draft and a draft has its photos; a file under photos/ is either
     * a whole original named by its hash or a temporary file. After a complete import, every
     * original has its row and no temporary file is left.
     */
    static void assertSound(Path data, boolean complete, String context) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
             Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as(context).isEqualTo("ok");
            }
            PhotoFileStore store = new PhotoFileStore(data);
            Set<String> rows = new TreeSet<>();
            try (ResultSet rs = st.executeQuery("SELECT p.sha256, p.byte_size, p.lat, p.sighting_id, p.preview,"
                    + " s.id FROM photo p LEFT JOIN sighting s ON s.id = p.sighting_id AND s.deleted = 0")) {
                while (rs.next()) {
                    String sha = rs.getString(1);
                    rows.add(sha);
                    Path original = store.original(sha);
                    assertThat(original).as(context + ": original of " + sha).isRegularFile();
                    assertThat(Files.size(original)).as(context).isEqualTo(rs.getLong(2));
                    assertThat(PhotoFileStore.sha256Hex(Files.readAllBytes(original))).as(context).isEqualTo(sha);
                    boolean positioned = rs.getObject(3) != null;
                    assertThat(rs.getString(4) != null).as(context + ": " + sha + " placed iff it has a position")
                            .isEqualTo(positioned);
                    assertThat(rs.getString(6) != null).as(context + ": the draft of " + sha + " exists")
                            .isEqualTo(positioned);
                    if ("ready".equals(rs.getString(5))) {
                        assertThat(store.thumbnail(sha)).as(context + ": thumbnail of " + sha).isNotEmptyFile();
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT s.id FROM sighting s WHERE s.deleted = 0 AND NOT EXISTS"
                    + " (SELECT 1 FROM photo p WHERE p.sighting_id = s.id)")) {
                assertThat(rs.next()).as(context + ": a draft without its photos").isFalse();
            }
            Path photos = data.resolve(PhotoFileStore.PHOTOS);
            if (!Files.isDirectory(photos)) {
                return;
            }
            try (Stream<Path> files = Files.walk(photos)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".tmp")) {
                        assertThat(complete).as(context + ": a temporary file left after a complete import: " + f)
                                .isFalse();
                        continue;
                    }
                    String sha = f.getParent().getFileName() + name;
                    assertThat(PhotoFileStore.sha256Hex(Files.readAllBytes(f))).as(context + ": whole " + f)
                            .isEqualTo(sha);
                    if (complete) {
                        assertThat(rows).as(context + ": a file without its row").contains(sha);
                    }
                }
            }
        }
    }

    /** What an import made, without what differs between two runs (ids, times of the run). */
    record LibraryState(Map<String, String> photos, Set<String> drafts) {

        static LibraryState of(Path data) throws SQLException {
            Map<String, String> photos = new TreeMap<>();
            Map<String, TreeSet<String>> bySighting = new TreeMap<>();
            Map<String, String> sightings = new TreeMap<>();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
                 Statement st = db.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT sha256, lat, lon, direction, position_source, preview,"
                        + " sighting_id, original_name FROM photo")) {
                    while (rs.next()) {
                        photos.put(rs.getString(1), rs.getObject(2) + "," + rs.getObject(3) + " dir " + rs.getObject(4)
                                + " " + rs.getString(5) + " preview " + rs.getString(6) + " " + rs.getString(8));
                        if (rs.getString(7) != null) {
                            bySighting.computeIfAbsent(rs.getString(7), k -> new TreeSet<>()).add(rs.getString(1));
                        }
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT id, revision, deleted, lat, lon, draft, status FROM sighting")) {
                    while (rs.next()) {
                        sightings.put(rs.getString(1), "rev " + rs.getLong(2) + " deleted " + rs.getInt(3) + " at "
                                + rs.getDouble(4) + "," + rs.getDouble(5) + " draft " + rs.getInt(6) + " " + rs.getString(7));
                    }
                }
            }
            Set<String> drafts = new TreeSet<>();
            sightings.forEach((id, text) -> drafts.add(bySighting.getOrDefault(id, new TreeSet<>()) + " " + text));
            return new LibraryState(photos, drafts);
        }
    }
}
