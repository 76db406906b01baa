package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.core.repository.SyncResult;
import org.contrechamp.testing.DatabaseSnapshot;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in a repository that try to be more than bundles: sizes, links and names from outside. */
class RepositoryHostileFilesTest {

    @TempDir
    Path root;

    Party alice;
    Party coord;
    Path repo;
    Path signerDir;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        coord.trusts(alice);
        String photo = alice.photos.add(root.resolve("p"), TestJpegs.jpeg(200, 100), 1);
        alice.add(48.85, 2.35, photo);
        alice.sync(repo);
        signerDir = repo.resolve(RepositoryLayout.BUNDLES).resolve(alice.identity().fingerprint().hex());
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    @Test
    void aHugeBundleFileIsRefusedBeforeBeingRead() throws IOException {
        Path huge = signerDir.resolve("2-" + "a".repeat(64) + ".json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024); // sparse: no disk used, no memory either if we do not read it
        }
        SyncResult r = coord.sync(repo).result();
        assertThat(r.rejected()).anyMatch(x -> x.code().equals("bundle-too-large"));
        assertThat(r.imported()).hasSize(1);
    }

    @Test
    void aPhotoThatIsASymbolicLinkIsNotFollowed() throws IOException {
        Path blob;
        try (Stream<Path> files = Files.walk(repo.resolve(RepositoryLayout.BLOBS))) {
            blob = files.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
        }
        Path real = root.resolve("elsewhere.jpg");
        Files.move(blob, real);
        Files.createSymbolicLink(blob, real);
        coord.reopen();
        String before = DatabaseSnapshot.of(coord.dir);
        SyncResult r = coord.sync(repo).result();
        assertThat(r.rejected()).singleElement().matches(x -> x.code().equals("bundle-blob-missing"));
        assertThat(DatabaseSnapshot.of(coord.dir)).isEqualTo(before);
    }

    @Test
    void aBundleFiledUnderAnotherNameIsRefused() throws IOException {
        Path bundle;
        try (Stream<Path> files = Files.list(signerDir)) {
            bundle = files.findFirst().orElseThrow();
        }
        Files.move(bundle, signerDir.resolve(bundle.getFileName().toString().replaceFirst("^1-", "7-")));
        SyncResult r = coord.sync(repo).result();
        assertThat(r.rejected()).singleElement().matches(x -> x.code().equals("bundle-misfiled"));
        assertThat(coord.workspace.sightings().countLive()).isZero();
    }

    @Test
    void namesThatAreNotBundlesAreIgnored() throws IOException {
        Files.writeString(signerDir.resolve("../../evil.json"), "{}");
        Files.writeString(signerDir.resolve("notes.txt"), "hello");
        Files.createDirectories(repo.resolve(RepositoryLayout.BUNDLES).resolve("..."));
        Files.writeString(repo.resolve(RepositoryLayout.BUNDLES).resolve("not-a-fingerprint.json"), "{}");
        Files.createSymbolicLink(repo.resolve(RepositoryLayout.BUNDLES).resolve("not-a-fingerprint"), Path.of("/etc"));
        SyncResult r = coord.sync(repo).result();
        assertThat(r.rejected()).isEmpty();
        assertThat(r.imported()).hasSize(1);
    }

    @Test
    void aBundleNamedThroughALinkedFolderIsNeitherVerifiedNorImported() throws IOException {
        Path moved = root.resolve("elsewhere");
        Files.move(signerDir, moved);
        Files.createSymbolicLink(signerDir, moved);
        Path bundle;
        try (Stream<Path> files = Files.list(moved)) {
            bundle = signerDir.resolve(files.findFirst().orElseThrow().getFileName().toString());
        }
        for (Throwable thrown : List.of(
                org.assertj.core.api.Assertions.catchThrowable(() -> coord.workspace.sharing().verify(bundle, null)),
                org.assertj.core.api.Assertions.catchThrowable(() ->
                        coord.workspace.sharing().importFile(bundle, Cancellation.NEVER)))) {
            assertThat(thrown).isInstanceOfSatisfying(org.contrechamp.core.common.DataUnavailableException.class,
                    e -> assertThat(e.problem().code()).isEqualTo("repository-link"));
        }
        assertThat(coord.workspace.sightings().countLive()).isZero();
    }

    /** More links in the layout, leading outside or inside: the hostile repository corpus (core/repository/corpus). */
    @Test
    void aLinkWhereAnotherSignersFolderBelongsIsRefusedAloneNamingIt() throws IOException {
        Path link = repo.resolve(RepositoryLayout.BUNDLES).resolve("b".repeat(64));
        Files.createSymbolicLink(link, Path.of("/etc"));
        var result = coord.sync(repo).result();
        assertThat(result.rejected()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("repository-link");
            assertThat(r.problems().get(0).field()).isEqualTo(link.toString());
            assertThat(r.problems().get(0).args()).containsExactly("/etc");
        });
        assertThat(coord.workspace.sightings().countLive()).as("the rest of the sync went on").isEqualTo(1);
        assertThat(coord.workspace.sharing().alerts()).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo("rejected"));
    }
}
