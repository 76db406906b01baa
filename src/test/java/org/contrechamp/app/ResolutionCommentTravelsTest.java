package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.provenance.ProvenanceText;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The comment a coordinator writes when resolving a conflict reaches the others with the resolution
 * (docs/adr/0055): in a bundle of format 3, shown in the record's provenance on every computer; a
 * bundle without a comment stays format 2 and reads as before.
 */
class ResolutionCommentTravelsTest {

    @TempDir
    Path root;

    Party alice;
    Party coord;
    Path repo;
    UUID record;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        alice.trusts(coord, TrustedKey.Role.COORDINATOR);
        coord.trusts(alice, TrustedKey.Role.VOLUNTEER);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        record = alice.add(48.85, 2.35).id();
        alice.sync(repo);
        coord.sync(repo);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    @Test
    void theCommentOfAResolutionIsShownInTheProvenanceOfTheComputerItReaches() throws Exception {
        alice.edit(record, b -> b.note("Au-dessus de l'entrée").cameraType(org.contrechamp.core.sighting.CameraType.DOME));
        coord.edit(record, b -> b.note("Sous l'auvent"));
        alice.sync(repo);
        coord.sync(repo);
        ReviewItem conflict = coord.workspace.review().open().get(0);
        coord.workspace.review().resolve(conflict.id(),
                Resolution.of(Map.of(MergeField.of(SightingField.NOTE), Choice.theirs())), "vu sur place le 2 mai");
        coord.sync(repo);
        alice.sync(repo);

        assertThat(manifestVersions(coord)).as("the coordinator's bundles: its edit, then its resolution")
                .containsExactly(2, 3);
        RecordProvenance atAlice = alice.workspace.provenance().of(record);
        assertThat(atAlice.changes()).flatExtracting(RecordProvenance.ChangeStep::comments)
                .extracting(RecordProvenance.Comment::text).contains("vu sur place le 2 mai");
        List<String> lines = new ProvenanceText(Messages.forLocale(java.util.Locale.ENGLISH), ZoneOffset.UTC)
                .lines(atAlice);
        assertThat(lines).anyMatch(l -> l.contains("vu sur place le 2 mai"));
        assertThat(lines).as("fields as they are typed").anyMatch(l -> l.contains("changed (camera:type, note)"));
        assertThat(coord.workspace.provenance().of(record).changes()).flatExtracting(RecordProvenance.ChangeStep::comments)
                .extracting(RecordProvenance.Comment::text).contains("vu sur place le 2 mai");
        assertThat(alice.workspace.sightings().find(record).orElseThrow().note()).isEqualTo("Au-dessus de l'entrée");
    }

    /**
     * Two decisions on one camera before the next sync leave in one bundle record, named by the last:
     * the reason of the first still reaches its proposer, whose computer holds no row of it.
     */
    @Test
    void theReasonOfADeclinedProposalReachesItsProposerAfterAnotherDecisionOnTheCamera() {
        Party bob = new Party("Bob", root);
        Party chloe = new Party("Chloe", root);
        try {
            Party.everyoneTrustsEveryone(List.of(alice, bob, chloe, coord), List.of(coord));
            bob.sync(repo);
            chloe.sync(repo);
            bob.edit(record, b -> b.operator("RATP"));
            chloe.edit(record, b -> b.note("Deux objectifs"));
            bob.sync(repo);
            chloe.sync(repo);
            coord.sync(repo);
            ReviewItem fromBob = coord.workspace.review().open().stream()
                    .filter(i -> i.signerName().equals("Bob")).findFirst().orElseThrow();
            ReviewItem fromChloe = coord.workspace.review().open().stream()
                    .filter(i -> i.signerName().equals("Chloe")).findFirst().orElseThrow();
            coord.workspace.review().reject(fromBob.id(), "pas vu sur place");
            coord.workspace.review().accept(fromChloe.id(), "vérifié sur la photo");
            coord.sync(repo);
            bob.sync(repo);

            assertThat(bob.workspace.sightings().find(record).orElseThrow().operator()).isNull();
            assertThat(bob.workspace.provenance().of(record).changes()).flatExtracting(RecordProvenance.ChangeStep::comments)
                    .extracting(c -> c.text() + " by " + c.by().name())
                    .contains("pas vu sur place by Coord", "vérifié sur la photo by Coord");
        } finally {
            bob.close();
            chloe.close();
        }
    }

    @Test
    void aCommentThatCouldNotTravelIsRefusedBeforeAnythingIsDecided() {
        alice.edit(record, b -> b.note("Au-dessus de l'entrée"));
        coord.edit(record, b -> b.note("Sous l'auvent"));
        alice.sync(repo);
        coord.sync(repo);
        ReviewItem conflict = coord.workspace.review().open().get(0);

        assertThatThrownBy(() -> coord.workspace.review().resolve(conflict.id(),
                Resolution.of(Map.of(MergeField.of(SightingField.NOTE), Choice.mine())), "ligne un\nligne deux"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("review-comment-unusable");
        assertThat(coord.workspace.review().open()).extracting(ReviewItem::id).containsExactly(conflict.id());
    }

    /** The manifest version of each bundle a party signed, in order. */
    private List<Integer> manifestVersions(Party party) throws Exception {
        Path folder = repo.resolve("bundles").resolve(party.identity().fingerprint().hex());
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted(java.util.Comparator.comparingLong(f -> Long.parseLong(
                            f.getFileName().toString().substring(0, f.getFileName().toString().indexOf('-')))))
                    .map(f -> {
                        try {
                            JsonNode envelope = json.readTree(Files.readAllBytes(f));
                            byte[] payload = Base64.getDecoder().decode(envelope.get("payload").asText());
                            return json.readTree(new String(payload, StandardCharsets.UTF_8)).get("version").asInt();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

}
