package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.photo.imports.ImportedFile;
import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.core.repository.RepositoryPaths;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.storage.Database;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code sync}, in a process of its own, killed (SIGKILL) at random moments while it signs,
 * writes its bundle and photos to a folder repository and imports the other party's bundle: the
 * repository never holds a partial file under its final name, the ledger agrees with the records,
 * and syncing again ends as a sync that was never interrupted ends, on both sides. The moments come
 * from {@link KilledImportTest#SEED}.
 */
class KilledSyncTest {

    private static final int KILLS = 3;
    private static final int SIGHTINGS = 400;
    private static final int PHOTOS = 16;

    @TempDir
    Path dir;

    @Test
    void aSyncKilledAtRandomLeavesNoPartialBundleAndConvergesLikeAnUninterruptedOne() throws Exception {
        Random random = new Random(KilledImportTest.SEED + 1);
        Path repo = dir.resolve("repo");
        Path alouette = dir.resolve("alouette");
        Path bergeronnette = dir.resolve("bergeronnette");
        String bergeronnetteKey = twoPartiesOneSynced(repo, alouette, bergeronnette);

        // The same start, synced without interruption: what the killed runs must end as.
        Path referenceRepo = copy(repo, dir.resolve("reference-repo"));
        Path referenceA = copy(alouette, dir.resolve("reference-alouette"));
        Path referenceB = copy(bergeronnette, dir.resolve("reference-bergeronnette"));
        ChildProcess child = new ChildProcess(dir.resolve("logs"));
        long started = System.nanoTime();
        child.run(referenceB, "sync", "--repo", referenceRepo.toString());
        long lasts = Math.max(500, (System.nanoTime() - started) / 1_000_000);

        List<String> moments = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            // The JVM's start takes much of a short sync: the kills aim at its second half.
            long delay = (long) (lasts * (0.35 + 0.7 * random.nextDouble()));
            boolean finished = child.killAfter(delay, bergeronnette, "sync", "--repo", repo.toString());
            moments.add(delay + " ms" + (finished ? " (had finished)" : "") + ": " + progress(bergeronnette, repo,
                    bergeronnetteKey));
            String context = "seed " + KilledImportTest.SEED + ", sync kills at " + moments;
            assertRepositorySound(repo, bergeronnette, bergeronnetteKey, context);
            assertLedgerAgreesWithRecords(bergeronnette, alouette, context);
        }
        child.run(bergeronnette, "sync", "--repo", repo.toString());
        String context = "seed " + KilledImportTest.SEED + ", sync kills at " + moments;
        assertRepositorySound(repo, bergeronnette, bergeronnetteKey, context);
        assertLedgerAgreesWithRecords(bergeronnette, alouette, context);
        assertThat(records(bergeronnette)).as(context).isEqualTo(records(referenceB));
        assertThat(bundleCounts(repo)).as(context).isEqualTo(bundleCounts(referenceRepo));

        // The other side takes what was published, killed or not, and ends the same.
        syncInProcess(alouette, repo);
        syncInProcess(referenceA, referenceRepo);
        assertThat(records(alouette)).as(context).isEqualTo(records(referenceA));
        assertThat(records(alouette)).as(context).isEqualTo(records(bergeronnette));
    }

    /**
     * Two volunteers who trust each other; Alouette has published her sightings, Bergeronnette has
     * as many of her own, some with a photo, not yet shared. Returns Bergeronnette's key fingerprint.
     */
    private String twoPartiesOneSynced(Path repo, Path a, Path b) throws Exception {
        Path walk = Files.createDirectories(dir.resolve("walk"));
        for (int i = 0; i < PHOTOS; i++) {
            Files.write(walk.resolve("IMG_" + i + ".jpg"), TestPhotos.jpeg().size(1600, 1200).colour(0x305070 + i * 104729)
                    .takenAt(String.format("2026:05:01 10:%02d:00", i), null).bytes());
        }
        try (LocalWorkspace alouette = LocalWorkspace.open(a); LocalWorkspace bergeronnette = LocalWorkspace.open(b)) {
            alouette.identity().create("Alouette", null);
            bergeronnette.identity().create("Bergeronnette", null);
            alouette.trust().trust(KeyCard.read("card", KeyCard.toJson(bergeronnette.identity().show()).toString(), null));
            bergeronnette.trust().trust(KeyCard.read("card", KeyCard.toJson(alouette.identity().show()).toString(), null));
            alouette.sharing().initRepository(repo.toString(), "quartier");
            for (int i = 0; i < SIGHTINGS; i++) {
                alouette.sightings().create(Sighting.newAt(Position.manual(48.85 + i * 1e-4, 2.35))
                        .operator("Mairie " + i).build());
            }
            alouette.sharing().sync(repo.toString(), null, Progress.NONE, Cancellation.NEVER);

            List<String> shas = bergeronnette.photoImport().importPaths(List.of(walk), ImportOptions.from(Settings.DEFAULTS),
                    Progress.NONE, Cancellation.NEVER).files().stream().map(ImportedFile::sha256).toList();
            for (int i = 0; i < SIGHTINGS; i++) {
                bergeronnette.sightings().create(Sighting.newAt(Position.manual(48.86 + i * 1e-4, 2.36))
                        .note("vue " + i).photos(i < shas.size() ? List.of(shas.get(i)) : List.of()).build());
            }
            return bergeronnette.identity().show().fingerprint().hex();
        }
    }

    /**
     * Every file under its final name in the repository is whole: a bundle of the killed party is
     * byte for byte the envelope its ledger signed, a photo's bytes hash to its name. Temporary
     * {@code .tmp-*.part} files may stay: nothing reads them.
     */
    private static void assertRepositorySound(Path repo, Path party, String partyKey, String context) throws Exception {
        Map<Long, byte[]> envelopes = new TreeMap<>();
        try (Connection db = open(party); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.next() ? rs.getString(1) : null).as(context).isEqualTo("ok");
            }
            try (ResultSet rs = st.executeQuery("SELECT seq, envelope FROM exported_bundle")) {
                while (rs.next()) {
                    envelopes.put(rs.getLong(1), rs.getBytes(2));
                }
            }
        }
        for (RepositoryLayout.BundleFile f : RepositoryLayout.listBundles(RepositoryPaths.open(repo))) {
            if (f.signer().hex().equals(partyKey)) {
                assertThat(envelopes).as(context + ": " + f.fileName() + " is in the ledger").containsKey(f.seq());
                assertThat(Files.readAllBytes(repo.resolve(f.path()))).as(context + ": " + f.fileName() + " is whole")
                        .isEqualTo(envelopes.get(f.seq()));
            }
        }
        Path blobs = repo.resolve(RepositoryLayout.BLOBS);
        if (Files.isDirectory(blobs)) {
            try (Stream<Path> files = Files.walk(blobs)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (f.getFileName().toString().matches("[0-9a-f]{64}")) { // a photo's final name
                        assertThat(PhotoFileStore.sha256Hex(Files.readAllBytes(f))).as(context + ": whole " + f)
                                .isEqualTo(f.getFileName().toString());
                    }
                }
            }
        }
    }

    /**
     * The ledger and the records agree: the other party's bundle is recorded as imported exactly when
     * its sightings are here (all of them, or none); our bundles are numbered 1, 2... without a gap.
     */
    private static void assertLedgerAgreesWithRecords(Path party, Path other, String context) throws Exception {
        Set<String> theirs = records(other).keySet();
        try (Connection db = open(party); Statement st = db.createStatement()) {
            boolean imported;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM imported_bundle")) {
                imported = rs.next() && rs.getInt(1) > 0;
            }
            Set<String> here = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM sighting")) {
                while (rs.next()) {
                    here.add(rs.getString(1));
                }
            }
            Set<String> present = new HashSet<>(theirs);
            present.retainAll(here);
            assertThat(present).as(context + ": the other party's sightings, imported " + imported)
                    .hasSize(imported ? theirs.size() : 0);
            List<Long> seqs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT seq FROM exported_bundle ORDER BY seq")) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
            for (int i = 0; i < seqs.size(); i++) {
                assertThat(seqs.get(i)).as(context + ": bundles numbered without a gap").isEqualTo(i + 1L);
            }
        }
    }

    /** Each sighting as the records hold it (what a sync exchanges), by id. */
    private static Map<String, String> records(Path data) throws SQLException {
        Map<String, String> records = new TreeMap<>();
        try (Connection db = open(data);
             PreparedStatement st = db.prepareStatement("SELECT id, revision, deleted, lat, lon, draft, status FROM sighting");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                records.put(rs.getString(1), "rev " + rs.getLong(2) + " deleted " + rs.getInt(3) + " at " + rs.getDouble(4)
                        + "," + rs.getDouble(5) + " draft " + rs.getInt(6) + " " + rs.getString(7));
            }
        }
        return records;
    }

    /** How many bundles each party has in the repository, and of which numbers. */
    private static Map<String, List<Long>> bundleCounts(Path repo) throws IOException {
        Map<String, List<Long>> counts = new TreeMap<>();
        for (RepositoryLayout.BundleFile f : RepositoryLayout.listBundles(RepositoryPaths.open(repo))) {
            counts.computeIfAbsent(f.signer().hex(), k -> new ArrayList<>()).add(f.seq());
        }
        return counts;
    }

    /** Where a killed sync had got to: signed, published, imported; temporary files left. */
    private static String progress(Path party, Path repo, String partyKey) throws Exception {
        int signed = 0;
        int imported = 0;
        if (Files.exists(party.resolve(Database.FILE_NAME))) {
            try (Connection db = open(party); Statement st = db.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM exported_bundle),"
                        + " (SELECT count(*) FROM imported_bundle)")) {
                    rs.next();
                    signed = rs.getInt(1);
                    imported = rs.getInt(2);
                }
            }
        }
        long published = RepositoryLayout.listBundles(RepositoryPaths.open(repo)).stream().filter(f -> f.signer().hex().equals(partyKey)).count();
        long parts;
        try (Stream<Path> files = Files.walk(repo)) {
            parts = files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        }
        return "signed " + signed + ", published " + published + ", imported " + imported + ", " + parts + " .part files";
    }

    private static void syncInProcess(Path data, Path repo) {
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.sharing().sync(repo.toString(), null, Progress.NONE, Cancellation.NEVER);
        }
    }

    private static Connection open(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("contrechamp.lock")) {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
