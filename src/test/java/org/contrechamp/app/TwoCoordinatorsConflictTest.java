package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Modelled on a loss the convergence simulation showed once: two coordinators set one field to
 * different values apart while a volunteer's proposal on that field waits, one of them decides the
 * proposal, and the other coordinator's value was gone with no decision about it anywhere. That is a
 * conflict a person must decide; deciding the proposal alone must not settle it.
 */
class TwoCoordinatorsConflictTest {

    private static final MergeField MODEL = MergeField.of(SightingField.MODEL);

    @TempDir
    Path root;

    List<Party> everyone;

    @AfterEach
    void tearDown() {
        everyone.forEach(Party::close);
    }

    @Test
    void decidingAProposalDoesNotSettleTheCoordinatorsConflictOnTheSameField() {
        Party alice = new Party("Alice", root);
        Party bob = new Party("Bob", root);
        Party nord = new Party("Nord", root);
        Party sud = new Party("Sud", root);
        everyone = List.of(alice, bob, nord, sud);
        for (Party truster : everyone) {
            for (Party trusted : everyone) {
                if (truster != trusted) {
                    truster.trusts(trusted, trusted == nord || trusted == sud
                            ? TrustedKey.Role.COORDINATOR : TrustedKey.Role.VOLUNTEER);
                }
            }
        }
        Path repo = root.resolve("repo");
        nord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        UUID record = alice.add(48.85, 2.35).id();
        everyone.forEach(p -> p.sync(repo));

        setModel(bob, record, "Bosch Flexidome");
        bob.sync(repo);
        nord.sync(repo);
        setModel(nord, record, "Hikvision DS-2CD");
        sud.sync(repo);
        setModel(sud, record, "AXIS P1455");
        nord.sync(repo);
        sud.sync(repo);
        nord.sync(repo);

        // Nord decides Bob's proposal, keeping his own model.
        ReviewItem proposal = nord.workspace.review().open().stream()
                .filter(i -> i.signerName().equals("Bob")).findFirst().orElseThrow();
        Map<MergeField, Choice> mine = new HashMap<>();
        proposal.decisions().forEach(f -> mine.put(f, Choice.mine()));
        nord.workspace.review().resolve(proposal.id(), Resolution.of(mine), "le modèle relevé par Nord");
        for (int round = 0; round < 2; round++) {
            everyone.forEach(p -> p.sync(repo));
        }

        String finalModel = nord.workspace.sightings().find(record).orElseThrow().model();
        boolean axisStillPutToAPerson = List.of(nord, sud).stream().anyMatch(c -> c.workspace.review().open().stream()
                .map(i -> c.workspace.review().show(i.id()).orElseThrow())
                .anyMatch(seen -> shows(seen, "AXIS P1455")));
        assertThat(Objects.equals(finalModel, "AXIS P1455") || axisStillPutToAPerson)
                .as("Sud's model is kept, or still waits for a decision (final model %s; open at Nord %s, at Sud %s)",
                        finalModel, nord.workspace.review().open(), sud.workspace.review().open())
                .isTrue();
    }

    private static boolean shows(ReviewCase seen, String model) {
        return seen.item().decisions().contains(MODEL)
                && (model.equals(seen.mine().values().model()) || model.equals(seen.theirs().values().model()));
    }

    private static void setModel(Party party, UUID record, String model) {
        Sighting held = party.workspace.sightings().find(record).orElseThrow();
        party.workspace.sightings().update(held.toBuilder().model(model).build());
    }
}
