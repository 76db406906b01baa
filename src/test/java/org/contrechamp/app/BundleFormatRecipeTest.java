package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.contrechamp.core.bundle.BundleRejectedException;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.repository.RepositoryInfo;
import org.contrechamp.core.repository.RepositoryLayout;
import org.contrechamp.core.repository.SyncResult;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.Commands;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/bundle-format.md is enough to make and check bundles without Contrechamp: its hand-verification
 * recipe (base64, sha256sum, openssl) passes on real bundles and fails once a byte changed, and bundles
 * of version 2 and of version 1 written by hand from its sections import.
 */
class BundleFormatRecipeTest {

    @TempDir
    Path root;

    /** Runs the recipe of section 8 on {@code bundle} with the signer's raw public key {@code key}. */
    String[] recipe(Path bundle, String key) throws IOException, InterruptedException {
        assumeTrue(Commands.works("openssl", "version") && Commands.works("bash", "--version"), "openssl or bash missing");
        String doc = Files.readString(Path.of("docs/bundle-format.md"));
        int marker = doc.indexOf("<!-- recipe:verify -->");
        int start = doc.indexOf("```sh\n", marker) + 6;
        String script = doc.substring(start, doc.indexOf("```", start));
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).directory(root.toFile());
        pb.environment().put("BUNDLE", bundle.toString());
        pb.environment().put("KEY", key);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {Integer.toString(p.exitValue()), out};
    }

    // --- The recipe on a bundle Contrechamp made.

    private Path bundle;
    private Path blob;
    private String key;

    private void contrechampMadeABundle() throws IOException {
        try (Party alice = new Party("Alice", root); Party owner = new Party("Owner", root)) {
            Path repo = root.resolve("repo");
            owner.workspace.sharing().initRepository(repo.toString(), "Campagne");
            String photo = alice.photos.add(root.resolve("p"), TestJpegs.jpeg(400, 300), 1);
            alice.add(48.85, 2.35, photo);
            alice.add(48.86, 2.36);
            alice.sync(repo);
            key = Base64.getEncoder().encodeToString(alice.identity().publicKey());
            try (Stream<Path> files = Files.walk(repo)) {
                var all = files.filter(Files::isRegularFile).toList();
                bundle = all.stream().filter(p -> p.toString().endsWith(".json")
                        && p.getParent().getParent().getFileName().toString().equals(RepositoryLayout.BUNDLES))
                        .findFirst().orElseThrow();
                blob = all.stream().filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
                        .findFirst().orElseThrow();
            }
        }
    }

    @Test
    void theRecipeVerifiesAGenuineBundle() throws Exception {
        contrechampMadeABundle();
        String[] result = recipe(bundle, key);
        assertThat(result[0]).as(result[1]).isEqualTo("0");
        assertThat(result[1]).contains("Signature Verified Successfully").contains("verified: signer");
    }

    @Test
    void theRecipeFailsWhenOneByteOfTheManifestChanged() throws Exception {
        contrechampMadeABundle();
        String envelope = Files.readString(bundle);
        String payload = envelope.replaceAll(".*\"payload\":\"([^\"]*)\".*\\s*", "$1");
        byte[] bytes = Base64.getDecoder().decode(payload);
        bytes[bytes.length / 3] ^= 0x01;
        Files.writeString(bundle, envelope.replace(payload, Base64.getEncoder().encodeToString(bytes)));
        assertThat(recipe(bundle, key)[0]).isNotEqualTo("0");
    }

    @Test
    void theRecipeFailsWhenAPhotoChanged() throws Exception {
        contrechampMadeABundle();
        byte[] jpeg = Files.readAllBytes(blob);
        jpeg[jpeg.length / 2] ^= 0x10;
        Files.write(blob, jpeg);
        assertThat(recipe(bundle, key)[0]).isNotEqualTo("0");
    }

    @Test
    void theRecipeFailsUnderAnotherKey() throws Exception {
        contrechampMadeABundle();
        try (Party mallory = new Party("Mallory", root)) {
            key = Base64.getEncoder().encodeToString(mallory.identity().publicKey());
        }
        assertThat(recipe(bundle, key)[0]).isNotEqualTo("0");
    }

    // --- Bundles written from the specification alone: the manifest as text, the digests over the
    // shared documents of section 4.1, signed and filed by HandSignedBundles (sections 1 to 3).

    private Party coord;
    private Path repo;
    private String audience;

    private void aCoordinatorWithARepository() {
        coord = new Party("Coord", root);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        audience = RepositoryInfo.read(repo).id();
    }

    @AfterEach
    void close() {
        if (coord != null) {
            coord.close();
        }
    }

    @Test
    void aVersion2CreationAndEditWithAPhotoImportUnderTheDigestsTheSpecificationGives() throws Exception {
        aCoordinatorWithARepository();
        HandSignedBundles hand = enrolled("Hand");
        String photo = HandSignedBundles.putBlob(repo, TestJpegs.jpeg(64, 48));
        String blobs = HandMadeRecords.blobs(repo, photo);
        UUID id = UUID.randomUUID();
        String created = HandMadeRecords.sharedDocument(id, photo, null, HandMadeRecords.CREATED);
        String d1 = HandSignedBundles.sha256Hex("live\n" + created);
        String edited = HandMadeRecords.sharedDocument(id, photo, "two cameras", HandMadeRecords.EDITED);
        String d2 = HandSignedBundles.sha256Hex("live\n" + edited);

        Path first = hand.publish(repo, HandMadeRecords.manifest(2, audience, hand, List.of(
                HandMadeRecords.version2(id, 1, 0, null, "create", HandMadeRecords.ALL_FIELDS, d1, List.of(),
                        List.of(), hand.fingerprint(), HandMadeRecords.asSentElsewise(id, photo))), blobs));
        hand.publish(repo, HandMadeRecords.manifest(2, audience, hand, List.of(
                HandMadeRecords.version2(id, 2, 1, d1, "update", "[\"note\"]", d2, List.of(d1), List.of(d1),
                        hand.fingerprint(), withRevision(edited, 2))), blobs));
        SyncResult sync = coord.sync(repo).result();

        assertThat(sync.rejected()).isEmpty();
        assertThat(sync.imported()).hasSize(2);
        Sighting held = coord.workspace.sightings().find(id).orElseThrow();
        assertThat(held.note()).isEqualTo("two cameras");
        assertThat(held.photos()).containsExactly(photo);
        assertThat(held.street()).as("a street is each computer's own").isNull();
        assertThat(held.draft()).isFalse();
        assertThat(coord.workspace.sightings().history(id)).extracting(h -> h.change().digest())
                .containsExactly(d1, d2);
        assertThat(head(id).change().parents()).containsExactly(d1);
        assertThat(recipe(first, hand.publicKeyBase64())[0]).isEqualTo("0");
    }

    @Test
    void aVersion1CreationAndEditImportAndAreNamedByTheDigestsOfVersion2() throws Exception {
        aCoordinatorWithARepository();
        HandSignedBundles old = enrolled("Old");
        UUID id = UUID.randomUUID();
        String created = HandMadeRecords.sharedDocument(id, null, null, HandMadeRecords.CREATED);
        String edited = HandMadeRecords.sharedDocument(id, null, "two cameras", HandMadeRecords.EDITED);
        // Version 1 names its base by the SHA-256 of the base's sighting as its signer held it, no prefix.
        String oldBaseDigest = HandSignedBundles.sha256Hex(created);

        old.publish(repo, HandMadeRecords.manifest(1, audience, old, List.of(
                HandMadeRecords.version1(id, 1, 0, null, "create", HandMadeRecords.ALL_FIELDS, created)), "[]"));
        old.publish(repo, HandMadeRecords.manifest(1, audience, old, List.of(
                HandMadeRecords.version1(id, 2, 1, oldBaseDigest, "update", "[\"note\"]",
                        withRevision(edited, 2))), "[]"));
        SyncResult sync = coord.sync(repo).result();

        assertThat(sync.rejected()).isEmpty();
        assertThat(coord.workspace.sightings().find(id).orElseThrow().note()).isEqualTo("two cameras");
        assertThat(coord.workspace.sightings().history(id)).extracting(h -> h.change().digest()).containsExactly(
                HandSignedBundles.sha256Hex("live\n" + created), HandSignedBundles.sha256Hex("live\n" + edited));
    }

    @Test
    void aDigestThatIsNotThatOfTheValuesRefusesTheBundle() throws Exception {
        aCoordinatorWithARepository();
        HandSignedBundles hand = enrolled("Hand");
        UUID id = UUID.randomUUID();
        String created = HandMadeRecords.sharedDocument(id, null, null, HandMadeRecords.CREATED);
        // The prefix forgotten: the digest names no version of these values.
        Path file = hand.publish(repo, HandMadeRecords.manifest(2, audience, hand, List.of(
                HandMadeRecords.version2(id, 1, 0, null, "create", HandMadeRecords.ALL_FIELDS,
                        HandSignedBundles.sha256Hex(created), List.of(), List.of(), hand.fingerprint(), created)),
                "[]"));

        assertThatThrownBy(() -> coord.workspace.sharing().importFile(file, Cancellation.NEVER))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("bundle-bad-record");
                    assertThat(e.problems()).extracting(p -> p.code()).containsExactly("digest-mismatch");
                });
        assertThat(coord.workspace.sightings().find(id)).isEmpty();
    }

    @Test
    void anEditWhoseValuesChangeAFieldItsListOmitsRefusesTheBundle() throws Exception {
        aCoordinatorWithARepository();
        HandSignedBundles hand = enrolled("Hand");
        UUID id = UUID.randomUUID();
        String created = HandMadeRecords.sharedDocument(id, null, null, HandMadeRecords.CREATED);
        String d1 = HandSignedBundles.sha256Hex("live\n" + created);
        String edited = HandMadeRecords.sharedDocument(id, null, "two cameras", HandMadeRecords.EDITED)
                .replace("\"operator\":\"Mairie\"", "\"operator\":\"Mairie\",\"model\":\"X200\"");
        hand.publish(repo, HandMadeRecords.manifest(2, audience, hand, List.of(HandMadeRecords.version2(id, 1, 0,
                null, "create", HandMadeRecords.ALL_FIELDS, d1, List.of(), List.of(), hand.fingerprint(), created)),
                "[]"));
        coord.sync(repo);
        Path file = hand.publish(repo, HandMadeRecords.manifest(2, audience, hand, List.of(
                HandMadeRecords.version2(id, 2, 1, d1, "update", "[\"note\"]",
                        HandSignedBundles.sha256Hex("live\n" + edited), List.of(d1), List.of(d1), hand.fingerprint(),
                        withRevision(edited, 2))), "[]"));

        assertThatThrownBy(() -> coord.workspace.sharing().importFile(file, Cancellation.NEVER))
                .isInstanceOfSatisfying(BundleRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("bundle-record-fields"));
        assertThat(coord.workspace.sightings().find(id).orElseThrow().model()).isNull();
    }

    private HandSignedBundles enrolled(String name) throws Exception {
        HandSignedBundles signer = new HandSignedBundles(name);
        coord.workspace.trust().trust(KeyCard.read("card", signer.keyCard(), null));
        return signer;
    }

    private HistoryEntry head(UUID id) {
        List<HistoryEntry> history = coord.workspace.sightings().history(id);
        return history.get(history.size() - 1);
    }

    /** The shared document with the record's own number, as Contrechamp writes a record's sighting. */
    private String withRevision(String sharedDocument, int revision) {
        return sharedDocument.replaceFirst("\"revision\":1,", "\"revision\":" + revision + ",");
    }
}
