package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.bundle.BundleFormat;
import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.Dsse;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.contrechamp.testing.DamagedRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author of a record is the key that created it. However bundles are ordered (every permutation
 * is tried, each on a fresh coordinator), no other volunteer's bundle replaces the author's values
 * without a conflict or a proposal a person sees; an edit that arrives before its record's creation
 * waits for it, then merges; two signers creating one id is a collision, reported.
 */
class AuthorshipTest {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Path repo;
    int coordinators;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        repo = root.resolve("repo");
        alice.workspace.sharing().initRepository(repo.toString(), "Campagne");
        bob.trusts(alice);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
    }

    @Test
    void anEditThatArrivesBeforeItsCreationWaitsThenMergesInEveryOrder() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        Sighting edited = alice.workspace.sightings().update(a.toBuilder().operator("Mairie").build());
        alice.sync(repo);
        alice.workspace.sightings().update(edited.toBuilder().model("X200").build());
        alice.sync(repo);

        forEveryOrder((coord, order) -> {
            Sighting held = coord.workspace.sightings().find(a.id()).orElseThrow();
            assertThat(held.operator()).as(order).isEqualTo("Mairie");
            assertThat(held.model()).as(order).isEqualTo("X200");
            assertThat(held.revision()).as(order).isEqualTo(3);
            assertThat(coord.workspace.sharing().conflicts()).as(order).isEmpty();
            assertThat(coord.workspace.sharing().waiting()).as(order).isEmpty();
        });
    }

    @Test
    void anotherVolunteersEditIsAProposalNeverAnOverwriteInEveryOrder() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.workspace.sightings().update(a.toBuilder().operator("Mairie").build());
        alice.sync(repo);
        bob.sync(repo);
        // Bob edits Alice's record over and over: his revision climbs far past hers.
        Sighting atBob = bob.workspace.sightings().find(a.id()).orElseThrow();
        for (int i = 0; i < 8; i++) {
            atBob = bob.workspace.sightings().update(atBob.toBuilder().operator("Taken over " + i).build());
        }
        bob.workspace.sightings().delete(a.id());
        bob.sync(repo);

        forEveryOrder((coord, order) -> {
            Sighting held = coord.workspace.sightings().find(a.id()).orElseThrow();
            assertThat(held.operator()).as(order).isEqualTo("Mairie");
            assertThat(held.revision()).as(order).isEqualTo(2);
            assertThat(coord.workspace.sharing().conflicts()).as(order).singleElement().satisfies(c -> {
                assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.NOT_AUTHOR);
                assertThat(c.signer()).isEqualTo(bob.identity().fingerprint());
                assertThat(c.incomingDeleted()).isTrue();
            });
            assertThat(coord.workspace.sharing().waiting()).as(order).isEmpty();
        });
    }

    @Test
    void aCoordinatorsEditMergesWhereAVolunteersWaitsAsAProposal() {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        try (Party coord = coordinator()) {
            alice.trusts(coord, TrustedKey.Role.COORDINATOR);
            alice.trusts(bob);
            coord.sync(repo);
            bob.sync(repo);
            coord.workspace.sightings().update(coord.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                    .operator("Mairie").build());
            bob.workspace.sightings().update(bob.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                    .model("X200").build());
            coord.sync(repo);
            bob.sync(repo);
            alice.sync(repo);

            Sighting atAlice = alice.workspace.sightings().find(a.id()).orElseThrow();
            assertThat(atAlice.operator()).isEqualTo("Mairie");
            assertThat(atAlice.model()).isNull();
            assertThat(alice.workspace.sharing().conflicts()).singleElement().satisfies(c -> {
                assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.NOT_AUTHOR);
                assertThat(c.incoming().model()).isEqualTo("X200");
            });
        }
    }

    @Test
    void twoSignersCreatingOneIdIsACollisionReportedInEveryOrder() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        // Bob read Alice's bundle in the repository and makes a record of his own with her id.
        bob.workspace.sightings().create(Sighting.newAt(Position.manual(10, 10)).id(a.id()).operator("Bob's").build());
        bob.sync(repo);

        forEveryOrder((coord, order) -> {
            assertThat(coord.workspace.sharing().conflicts()).as(order).singleElement()
                    .satisfies(c -> assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.COLLISION));
            assertThat(coord.workspace.sharing().alerts()).as(order)
                    .anyMatch(alert -> alert.kind().equals("collision"));
            // Whoever came first is held; the other is kept for a person to decide, never dropped.
            Sighting held = coord.workspace.sightings().find(a.id()).orElseThrow();
            BundleLedger.Conflict c = coord.workspace.sharing().conflicts().get(0);
            assertThat(List.of(held.operator() == null ? "" : held.operator(),
                    c.incoming().operator() == null ? "" : c.incoming().operator()))
                    .as(order).containsExactlyInAnyOrder("", "Bob's");
        });
    }

    @Test
    void theAuthorsOwnLaterEditsStillMergeAfterAnotherVolunteersProposal() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        bob.sync(repo);
        bob.workspace.sightings().update(bob.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .note("Bob was here").build());
        bob.sync(repo);
        alice.workspace.sightings().update(alice.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .operator("Mairie").build());
        alice.sync(repo);

        forEveryOrder((coord, order) -> {
            Sighting held = coord.workspace.sightings().find(a.id()).orElseThrow();
            assertThat(held.operator()).as(order).isEqualTo("Mairie");
            assertThat(held.note()).as(order).isNull();
            assertThat(coord.workspace.sharing().conflicts()).as(order).singleElement()
                    .satisfies(c -> assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.NOT_AUTHOR));
        });
    }

    @Test
    void aVerbatimCopyOfAnothersCreationIsStillACollisionInEveryOrder() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        // Bob signs Alice's creation, byte for byte, as his own: same values, same times, same digest.
        resign(bob, bundles().get(0), 1, null, manifest -> { });

        forEveryOrder((coord, order) -> {
            assertThat(coord.workspace.sharing().conflicts()).as(order).singleElement()
                    .satisfies(c -> assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.COLLISION));
            assertThat(coord.workspace.sharing().alerts()).as(order).anyMatch(alert -> alert.kind().equals("collision"));
            assertThat(coord.workspace.sightings().find(a.id())).as(order).isPresent();
        });
    }

    @Test
    void aSecondCreationOfOneIdByItsAuthorIsAConflictInEveryOrder() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        Path first = bundles().get(0);
        String firstId = first.getFileName().toString().replaceAll("^1-|\\.json$", "");
        // Alice's own key signs a bundle 2 that creates the same id again with other values.
        resign(alice, first, 2, firstId, manifest -> ((ObjectNode) manifest.get("records").get(0).get("sighting"))
                .put("note", "created twice"));

        forEveryOrder((coord, order) -> {
            assertThat(coord.workspace.sharing().conflicts()).as(order).singleElement()
                    .satisfies(c -> assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.DIVERGED));
            assertThat(coord.workspace.sightings().find(a.id())).as(order).isPresent();
        });
    }

    @Test
    void aSyncNamesTheProposalsItsWaitingEditsBecame() throws IOException {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        bob.sync(repo);
        bob.workspace.sightings().update(bob.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                .note("Bob was here").build());
        bob.sync(repo);
        Path aliceBundle = bundles().stream().filter(p -> p.toString().contains(alice.identity().fingerprint().hex()))
                .findFirst().orElseThrow();
        Path aside = Files.move(aliceBundle, root.resolve("aside.json"));
        try (Party coord = coordinator()) {
            assertThat(coord.sync(repo).stillWaiting()).isEqualTo(1);
            Files.move(aside, aliceBundle);
            var report = coord.sync(repo);
            assertThat(report.stillWaiting()).isZero();
            assertThat(report.toReview()).singleElement()
                    .satisfies(c -> assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.NOT_AUTHOR));
        }
    }

    @Test
    void aDamagedRecordHereRefusesOnlyTheBundleThatChangesItAndTheSyncGoesOn() throws Exception {
        Sighting a = alice.add(48.85, 2.35);
        alice.sync(repo);
        try (Party coord = coordinator()) {
            coord.sync(repo);
            DamagedRecords.garble(coord.dir, a.id().toString());
            alice.workspace.sightings().update(a.toBuilder().note("edited").build());
            alice.sync(repo);
            Sighting bobs = bob.add(48.86, 2.36);
            bob.sync(repo);

            var report = coord.sync(repo);
            assertThat(coord.workspace.sightings().find(bobs.id())).isPresent();
            assertThat(report.result().rejected()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("bundle-held-record-damaged");
                assertThat(r.problems().toString()).contains(a.id().toString());
            });
        }
    }

    /**
     * Signs with {@code signer}'s key, as its bundle {@code seq}, the manifest of {@code original}
     * changed by {@code change}, and puts it in the repository under that signer's name.
     */
    private void resign(Party signer, Path original, long seq, String prev,
            java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode envelope = json.readTree(Files.readAllBytes(original));
        ObjectNode manifest = (ObjectNode) json.readTree(Base64.getDecoder().decode(envelope.get("payload").asText()));
        Fingerprint fp = signer.identity().fingerprint();
        manifest.put("signer", fp.hex()).put("signerName", signer.name).put("seq", seq);
        if (prev == null) {
            manifest.putNull("prev");
        } else {
            manifest.put("prev", prev);
        }
        change.accept(manifest);
        // A changed version is named by its own digest (format 2 checks it against the values).
        for (JsonNode record : manifest.get("records")) {
            if (record.has("digest")) {
                ((ObjectNode) record).put("digest", org.contrechamp.core.bundle.RecordDigest.of(
                        org.contrechamp.core.sighting.SightingJson.read(record.get("sighting")),
                        record.get("deleted").asBoolean()));
            }
        }
        byte[] payload = json.writeValueAsBytes(manifest);
        byte[] signature = signer.workspace.identity().unlock(null).sign(Dsse.pae(BundleFormat.PAYLOAD_TYPE, payload));
        byte[] signed = Dsse.envelope(BundleFormat.PAYLOAD_TYPE, payload, fp.hex(), signature);
        Path target = repo.resolve("bundles").resolve(fp.hex()).resolve(seq + "-" + BundleFormat.sha256Hex(payload) + ".json");
        Files.createDirectories(target.getParent());
        Files.write(target, signed);
    }

    /** What must hold, checked on a fresh coordinator after importing the repository's bundles in each order. */
    private void forEveryOrder(java.util.function.BiConsumer<Party, String> check) throws IOException {
        for (List<Path> order : permutations(bundles())) {
            try (Party coord = coordinator()) {
                for (Path bundle : order) {
                    coord.workspace.sharing().importFile(bundle, Cancellation.NEVER);
                }
                check.accept(coord, order.toString());
            }
        }
    }

    private Party coordinator() {
        Party coord = new Party("Coord" + (++coordinators), root);
        coord.trusts(alice);
        coord.trusts(bob);
        return coord;
    }

    private List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(repo.resolve("bundles"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<T>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

}
