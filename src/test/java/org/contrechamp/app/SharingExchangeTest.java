package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.SharedPhotoStore;
import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.core.repository.SyncResult;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.DatabaseSnapshot;
import org.contrechamp.testing.Exiftool;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two volunteers and a coordinator, each with their own data directory, exchange work through a
 * folder repository: what must hold end to end.
 */
class SharingExchangeTest {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Party coord;
    Path repo;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        coord = new Party("Coord", root);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        coord.trusts(alice);
        coord.trusts(bob);
        alice.trusts(coord);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        coord.close();
    }

    @Test
    void volunteersWorkReachesTheCoordinatorWithProvenanceAndCleanPhotos() throws IOException {
        byte[] photo = TestJpegs.withSegment(TestJpegs.jpeg(800, 600), 0xfe, "owner: Alice Martin".getBytes());
        String original = alice.photos.add(root.resolve("alice-photos"), photo, 6);
        Sighting a1 = alice.add(48.85, 2.35, original);
        alice.add(48.86, 2.36);
        Sighting b1 = bob.add(48.87, 2.37);

        assertThat(alice.sync(repo).result().exported().bundles()).hasSize(1);
        assertThat(bob.sync(repo).result().exported().bundles()).hasSize(1);
        SyncResult atCoord = coord.sync(repo).result();

        assertThat(atCoord.imported()).hasSize(2);
        assertThat(atCoord.rejected()).isEmpty();
        assertThat(coord.workspace.sightings().countLive()).isEqualTo(3);
        BundleLedger.Provenance fromBob = coord.workspace.sharing().provenance(b1.id()).orElseThrow();
        assertThat(fromBob.signer()).isEqualTo(bob.identity().fingerprint());
        assertThat(fromBob.signerName()).isEqualTo("Bob");

        Sighting received = coord.workspace.sightings().find(a1.id()).orElseThrow();
        assertThat(received.photos()).hasSize(1).doesNotContain(original);
        Path shared = new SharedPhotoStore(coord.dir).find(received.photos().get(0)).orElseThrow();
        assertThat(new String(Files.readAllBytes(shared), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Alice Martin");
        javax.imageio.ImageReader reader = javax.imageio.ImageIO.getImageReadersByFormatName("jpeg").next();
        try (var in = javax.imageio.ImageIO.createImageInputStream(shared.toFile())) {
            reader.setInput(in);
            // orientation 6 applied: 800 x 600 becomes 600 x 800
            assertThat(reader.getWidth(0)).isEqualTo(600);
            assertThat(reader.getHeight(0)).isEqualTo(800);
        }
        if (Exiftool.available()) {
            assertThat(Exiftool.metadata(shared)).isEmpty();
        }
        try (Stream<Path> files = Files.walk(repo)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .doesNotContain(original);
        }
    }

    @Test
    void syncingAgainChangesNothingAnywhere() {
        alice.add(48.85, 2.35);
        bob.add(48.87, 2.37);
        alice.sync(repo);
        bob.sync(repo);
        coord.sync(repo);
        alice.sync(repo);
        String coordBefore = DatabaseSnapshot.of(coord.dir);
        String aliceBefore = DatabaseSnapshot.of(alice.dir);
        List<Path> repoBefore = listing(repo);

        for (Party p : List.of(alice, bob, coord, alice, coord)) {
            assertThat(p.sync(repo).result().changedNothing()).as(p.name).isTrue();
        }

        assertThat(DatabaseSnapshot.of(coord.dir)).isEqualTo(coordBefore);
        assertThat(DatabaseSnapshot.of(alice.dir)).isEqualTo(aliceBefore);
        assertThat(listing(repo)).isEqualTo(repoBefore);
    }

    @Test
    void editsAndDeletionsTravelAndConcurrentEditsMergeFieldByField() {
        Sighting a = alice.add(48.85, 2.35);
        Sighting gone = alice.add(48.86, 2.36);
        alice.sync(repo);
        coord.sync(repo);

        Sighting edited = alice.workspace.sightings().update(a.toBuilder().note("two cameras").build());
        alice.workspace.sightings().delete(gone.id());
        SyncResult aliceSync = alice.sync(repo).result();
        assertThat(aliceSync.exported().records()).isEqualTo(2);
        coord.sync(repo);

        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().note()).isEqualTo("two cameras");
        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().revision()).isEqualTo(edited.revision());
        assertThat(coord.workspace.sightings().find(gone.id())).isEmpty();
        assertThat(coord.workspace.sightings().history(gone.id())).last().matches(h -> h.deleted());

        // Alice takes the coordinator's changes of her records as a coordinator's.
        alice.trusts(coord, org.contrechamp.core.trust.TrustedKey.Role.COORDINATOR);
        // Both sides now edit the same record from revision 2, each a field of its own: both merge,
        // and both computers end with the same revision (same digest), whoever received first.
        coord.workspace.sightings().update(coord.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .operator("Mairie").build());
        Sighting aliceModel = alice.workspace.sightings().update(edited.toBuilder().model("X200").build());
        alice.sync(repo);
        SyncResult atCoord = coord.sync(repo).result();

        assertThat(atCoord.imported()).singleElement().matches(o -> o.conflicts() == 0 && o.applied() == 1);
        Sighting merged = coord.workspace.sightings().find(a.id()).orElseThrow();
        assertThat(merged.operator()).isEqualTo("Mairie");
        assertThat(merged.model()).isEqualTo("X200");
        assertThat(coord.workspace.sharing().conflicts()).isEmpty();
        alice.sync(repo);
        assertThat(alice.workspace.sightings().find(a.id()).orElseThrow())
                .matches(s -> "Mairie".equals(s.operator()) && "X200".equals(s.model()));
        assertThat(alice.workspace.sharing().conflicts()).isEmpty();
        assertThat(headDigest(alice, a.id())).isEqualTo(headDigest(coord, a.id()));

        // The same field changed to different values on both sides: a conflict on that field alone,
        // on both computers; each keeps its own value until a person decides.
        coord.workspace.sightings().update(coord.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .model("X300").note("checked").build());
        alice.workspace.sightings().update(alice.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .model("X250").build());
        alice.sync(repo);
        coord.sync(repo);
        alice.sync(repo);
        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().model()).isEqualTo("X300");
        assertThat(alice.workspace.sightings().find(a.id()).orElseThrow().model()).isEqualTo("X250");
        assertThat(coord.workspace.sharing().conflicts()).singleElement()
                .satisfies(c -> assertThat(c.incoming().model()).isEqualTo("X250"));
        assertThat(alice.workspace.sharing().conflicts()).singleElement()
                .satisfies(c -> assertThat(c.incoming().model()).isEqualTo("X300"));
        assertThat(coord.workspace.review().show(coord.workspace.review().open().get(0).id()).orElseThrow()
                .merge().conflicts()).extracting(c -> c.field().path()).containsExactly("model");
        assertThat(aliceModel.model()).isEqualTo("X200");
    }

    private static String headDigest(Party party, UUID id) {
        return party.workspace.sightings().history(id).get(party.workspace.sightings().history(id).size() - 1)
                .change().digest();
    }

    @Test
    void theSameEditMadeOnBothSidesIsNoConflict() {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        coord.sync(repo);
        coord.workspace.sightings().update(coord.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .note("same").build());
        alice.workspace.sightings().update(a.toBuilder().note("same").build());
        alice.sync(repo);
        assertThat(coord.sync(repo).result().imported()).singleElement().matches(o -> o.conflicts() == 0);
        assertThat(coord.workspace.sharing().conflicts()).isEmpty();
        alice.sync(repo);
        assertThat(alice.workspace.sharing().conflicts()).isEmpty();
        // Both keep the later of the two times: the same revision, named alike.
        assertThat(headDigest(alice, a.id())).isEqualTo(headDigest(coord, a.id()));
    }

    @Test
    void anUnknownSignerWaitsForADecisionThenImportsOnTheNextSync() {
        try (Party carol = new Party("Carol", root)) {
            UUID id = carol.add(48.80, 2.30).id();
            carol.sync(repo);
            SyncResult first = coord.sync(repo).result();
            assertThat(first.imported()).isEmpty();
            assertThat(first.pending()).singleElement().matches(p -> p.signer().equals(carol.identity().fingerprint()));
            assertThat(first.newlyPending()).isEqualTo(first.pending());
            assertThat(coord.workspace.sightings().find(id)).isEmpty();
            // Told once: the next sync still keeps it aside, and no longer calls it news.
            SyncResult again = coord.sync(repo).result();
            assertThat(again.pending()).hasSize(1);
            assertThat(again.newlyPending()).isEmpty();

            coord.trusts(carol);
            SyncResult second = coord.sync(repo).result();
            assertThat(second.imported()).hasSize(1);
            assertThat(second.pending()).isEmpty();
            assertThat(coord.workspace.sightings().find(id)).isPresent();
        }
    }

    @Test
    void aChangedByteOrACorruptedPhotoImportsNothingOfThatBundle() throws IOException {
        String photo = alice.photos.add(root.resolve("p"), TestJpegs.jpeg(320, 240), 1);
        alice.add(48.85, 2.35, photo);
        alice.sync(repo);
        bob.add(48.87, 2.37);
        bob.sync(repo);
        coord.reopen();
        String before = DatabaseSnapshot.of(coord.dir);

        Path aliceBundle = bundlesOf(alice).get(0);
        byte[] original = Files.readAllBytes(aliceBundle);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 0x01;
        Files.write(aliceBundle, changed);
        SyncResult result = coord.sync(repo).result();
        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.code()).startsWith("bundle-"));
        assertThat(result.imported()).singleElement().matches(o -> o.signerName().equals("Bob"));
        assertThat(coord.workspace.sharing().provenance(
                coord.workspace.sightings().listLive().get(0).id()).orElseThrow().signerName()).isEqualTo("Bob");
        assertThat(coord.workspace.sightings().countLive()).isEqualTo(1);

        Files.write(aliceBundle, original);
        Path blob;
        try (Stream<Path> blobs = Files.walk(repo.resolve(RepositoryLayout.BLOBS))) {
            blob = blobs.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
        }
        byte[] jpeg = Files.readAllBytes(blob);
        jpeg[jpeg.length / 2] ^= 0x40;
        Files.write(blob, jpeg);
        SyncResult again = coord.sync(repo).result();
        assertThat(again.rejected()).singleElement().matches(r -> r.code().equals("bundle-blob-mismatch"));
        assertThat(coord.workspace.sightings().countLive()).isEqualTo(1);
        assertThat(before).isNotEqualTo(DatabaseSnapshot.of(coord.dir)); // Bob's bundle did land
    }

    @Test
    void aSecondBundleWithTheSameNumberIsAForkRefusedWithAnAlert() throws IOException {
        // Alice's data directory is copied before she signs anything (a backup, a second laptop)...
        Path repoCopy = root.resolve("usb-stick");
        copyTree(repo, repoCopy);
        alice.close();
        Path aliceCopy = root.resolve("alice-copy");
        copyTree(alice.dir, aliceCopy);
        alice.workspace = LocalWorkspace.open(alice.dir, alice.photos);
        alice.add(48.85, 2.35);
        alice.sync(repo);
        coord.sync(repo);
        // ...and the copy signs a different bundle 1 with the same key into another copy of the repository.
        try (LocalWorkspace copy = LocalWorkspace.open(aliceCopy)) {
            copy.sightings().create(Sighting.newAt(org.contrechamp.core.sighting.Position.manual(1, 1)).build());
            copy.sharing().sync(repoCopy.toString(), null, org.contrechamp.core.common.Progress.NONE,
                    org.contrechamp.core.common.Cancellation.NEVER);
        }
        coord.reopen();
        String before = DatabaseSnapshot.of(coord.dir);

        SyncResult result = coord.sync(repoCopy).result();

        assertThat(result.rejected()).singleElement().matches(r -> r.code().equals("bundle-fork"));
        assertThat(coord.workspace.sharing().alerts()).anyMatch(a -> a.kind().equals("fork")
                && a.signer().equals(alice.identity().fingerprint()) && a.seq() == 1);
        assertThat(DatabaseSnapshot.of(coord.dir)).isEqualTo(before);
    }

    @Test
    void aMissingBundleIsReportedAsAGapAndAcceptedWhenItArrives() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        Sighting b = alice.add(48.86, 2.36);
        alice.sync(repo);
        Sighting c = alice.add(48.87, 2.37);
        alice.sync(repo);
        List<Path> bundles = bundlesOf(alice);
        assertThat(bundles).hasSize(3);
        Path second = bundles.stream().filter(p -> p.getFileName().toString().startsWith("2-")).findFirst().orElseThrow();
        Path aside = root.resolve(second.getFileName().toString());
        Files.move(second, aside);

        SyncResult withGap = coord.sync(repo).result();
        assertThat(withGap.imported()).extracting(o -> o.seq()).containsExactly(1L, 3L);
        assertThat(withGap.imported().get(1).missingBefore()).isEqualTo(1);
        assertThat(coord.workspace.sharing().alerts()).anyMatch(x -> x.kind().equals("gap") && x.seq() == 3);
        assertThat(coord.workspace.sharing().alerts()).filteredOn(x -> x.kind().equals("gap"))
                .extracting(x -> coord.workspace.sharing().stillMissing(x)).containsExactly(1L);
        assertThat(coord.workspace.sightings().find(b.id())).isEmpty();

        Files.move(aside, second);
        SyncResult filled = coord.sync(repo).result();
        assertThat(filled.rejected()).isEmpty();
        assertThat(filled.imported()).singleElement().matches(o -> o.seq() == 2);
        assertThat(coord.workspace.sharing().alerts()).filteredOn(x -> x.kind().equals("gap"))
                .as("the gap stays in the log, filled").extracting(x -> coord.workspace.sharing().stillMissing(x))
                .containsExactly(0L);
        for (Sighting s : List.of(a, b, c)) {
            assertThat(coord.workspace.sightings().find(s.id())).isPresent();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("contrechamp.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private List<Path> bundlesOf(Party p) throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve(RepositoryLayout.BUNDLES).resolve(p.identity().fingerprint().hex()))) {
            return files.sorted().toList();
        }
    }

    private static List<Path> listing(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void draftsStayHomeUntilReviewedAndRecordsDeletedBeforeSharingLeaveNoTrace() {
        Sighting draft = alice.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).draft(true).build());
        Sighting regretted = alice.add(48.80, 2.30);
        alice.workspace.sightings().delete(regretted.id());
        Sighting confirmed = alice.add(48.86, 2.36);

        assertThat(alice.sync(repo).result().exported().records()).isEqualTo(1);
        coord.sync(repo);
        assertThat(coord.workspace.sightings().listLive()).extracting(Sighting::id).containsExactly(confirmed.id());
        assertThat(coord.workspace.sightings().find(regretted.id())).isEmpty();

        // Reviewed later: it travels as a new record, which the coordinator can apply.
        Sighting reviewed = alice.workspace.sightings().find(draft.id()).orElseThrow();
        alice.workspace.sightings().update(reviewed.toBuilder().draft(false).operator("Mairie").build());
        assertThat(alice.sync(repo).result().exported().records()).isEqualTo(1);
        SyncResult atCoord = coord.sync(repo).result();
        assertThat(atCoord.rejected()).isEmpty();
        assertThat(coord.workspace.sightings().find(draft.id())).get()
                .satisfies(s -> assertThat(s.operator()).isEqualTo("Mairie"))
                .satisfies(s -> assertThat(s.draft()).isFalse());
        assertThat(atCoord.imported()).singleElement().satisfies(in -> assertThat(in.conflicts()).isZero());
    }
}
