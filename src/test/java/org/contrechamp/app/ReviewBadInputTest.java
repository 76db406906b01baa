package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.bundle.Dsse;
import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the review and the merge do with input made to break them: a decision on an item that does
 * not exist or was decided; a proposal from a key revoked since; a format-1 bundle that meets
 * format-2 revisions of the same record; a record whose values change a field its list omits. Each
 * is named, and nothing is half-applied.
 */
class ReviewBadInputTest {

    @TempDir
    Path root;

    private Party alice;
    private Party bob;
    private Party coord;
    private Path repo;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        coord = new Party("Coord", root);
        for (Party p : List.of(alice, bob)) {
            coord.trusts(p);
            p.trusts(coord, TrustedKey.Role.COORDINATOR);
        }
        alice.trusts(bob);
        bob.trusts(alice);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        coord.close();
    }

    @Test
    void anItemThatDoesNotExistOrWasDecidedIsNamedAndNothingChanges() {
        Sighting a = bobProposesAnOperatorForAlicesCamera();

        assertThatThrownBy(() -> coord.workspace.review().accept(4242, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("review-unknown");
        assertThat(coord.workspace.review().show(4242)).isEmpty();
        ReviewItem item = coord.workspace.review().open().get(0);
        long revision = coord.workspace.sightings().find(a.id()).orElseThrow().revision();
        coord.workspace.review().reject(item.id(), "no sign of it");
        assertThatThrownBy(() -> coord.workspace.review().accept(item.id(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("review-closed");
        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().revision()).isEqualTo(revision + 1);
    }

    @Test
    void aProposalFromAKeyRevokedSinceCanOnlyBeDeclined() {
        Sighting a = bobProposesAnOperatorForAlicesCamera();
        ReviewItem item = coord.workspace.review().open().get(0);
        coord.workspace.trust().revoke(bob.identity().fingerprint().hex());

        assertThatThrownBy(() -> coord.workspace.review().accept(item.id(), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("review-signer-revoked");
        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().operator()).isNull();
        coord.workspace.review().reject(item.id(), "key revoked");
        assertThat(coord.workspace.review().open()).isEmpty();
        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().operator()).isNull();
    }

    @Test
    void aRecordWhoseValuesChangeAFieldItsListOmitsIsRefusedWhole() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        Sighting other = alice.add(48.86, 2.36);
        alice.sync(repo);
        coord.sync(repo);
        alice.workspace.sightings().update(alice.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .note("seen twice").build());
        alice.workspace.sightings().update(alice.workspace.sightings().find(other.id()).orElseThrow().toBuilder()
                .note("fine").build());
        alice.sync(repo);
        Path second = last(alice);
        // The same bundle, its first record also changing the operator without saying so.
        resign(alice, second, manifest -> {
            ObjectNode record = (ObjectNode) manifest.get("records").get(0);
            ((ObjectNode) record.get("sighting")).put("operator", "Mairie");
        });

        var report = coord.sync(repo);
        assertThat(report.result().rejected()).singleElement().satisfies(r ->
                assertThat(r.code()).isEqualTo("bundle-record-fields"));
        // Nothing of that bundle applied, the honest record included.
        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().note()).isNull();
        assertThat(coord.workspace.sightings().find(other.id()).orElseThrow().note()).isNull();
    }

    @Test
    void aFormatOneEditOfARecordHeldInFormatTwoMergesOnTheBaseItNames() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        coord.sync(repo);
        alice.workspace.sightings().update(alice.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .model("X200").build());
        alice.sync(repo);
        Path second = last(alice);
        coord.workspace.sightings().update(coord.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .operator("Mairie").build());
        // Alice's edit as an earlier version wrote it: format 1, its base named by the old digest.
        Sighting base = coord.workspace.sightings().history(a.id()).get(0).after();
        resign(alice, second, manifest -> {
            manifest.put("version", 1);
            ObjectNode record = (ObjectNode) manifest.get("records").get(0);
            record.remove(List.of("digest", "parents", "ancestors", "author"));
            record.put("baseDigest", RecordDigest.legacy(base));
        });

        var report = coord.sync(repo);
        assertThat(report.result().rejected()).isEmpty();
        Sighting merged = coord.workspace.sightings().find(a.id()).orElseThrow();
        assertThat(merged.model()).isEqualTo("X200");
        assertThat(merged.operator()).isEqualTo("Mairie");
        assertThat(coord.workspace.sharing().conflicts()).isEmpty();
    }

    /** Alice's camera, and Bob's change of it, a proposal at the coordinator's. */
    private Sighting bobProposesAnOperatorForAlicesCamera() {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        bob.sync(repo);
        bob.workspace.sightings().update(bob.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .operator("a guess").build());
        bob.sync(repo);
        coord.sync(repo);
        return a;
    }

    private Path last(Party party) throws IOException {
        try (Stream<Path> files = Files.walk(repo.resolve("bundles").resolve(party.identity().fingerprint().hex()))) {
            return files.filter(p -> p.getFileName().toString().startsWith("2-")).findFirst().orElseThrow();
        }
    }

    /** Replaces a bundle of the repository by the same one changed, signed again with its signer's key. */
    private void resign(Party signer, Path original, Consumer<ObjectNode> change) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode envelope = json.readTree(Files.readAllBytes(original));
        ObjectNode manifest = (ObjectNode) json.readTree(Base64.getDecoder().decode(envelope.get("payload").asText()));
        change.accept(manifest);
        for (JsonNode record : manifest.get("records")) {
            if (record.has("digest")) {
                ((ObjectNode) record).put("digest", RecordDigest.of(SightingJson.read(record.get("sighting")),
                        record.get("deleted").asBoolean()));
            }
        }
        byte[] payload = json.writeValueAsBytes(manifest);
        Fingerprint fp = signer.identity().fingerprint();
        byte[] signature = signer.workspace.identity().unlock(null).sign(Dsse.pae(BundleFormat.PAYLOAD_TYPE, payload));
        Files.delete(original);
        Path target = original.resolveSibling(manifest.get("seq").asLong() + "-" + BundleFormat.sha256Hex(payload) + ".json");
        Files.write(target, Dsse.envelope(BundleFormat.PAYLOAD_TYPE, payload, fp.hex(), signature));
    }
}
