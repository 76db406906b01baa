package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.provenance.ProvenanceText;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A volunteer who changed someone else's camera learns what became of the change, which was a
 * proposal everywhere else: the row of the decision that reached her says her change was taken or
 * undone, next to the reason given. Its author's own history says nothing of the kind.
 */
class ProposalAnswersTest {

    @TempDir
    Path root;

    private Party alice;
    private Party coord;
    private Party emma;
    private Path repo;

    @BeforeEach
    void campaign() {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        emma = new Party("Emma", root);
        Party.everyoneTrustsEveryone(List.of(alice, coord, emma), List.of(coord));
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
    }

    @AfterEach
    void close() {
        alice.close();
        coord.close();
        emma.close();
    }

    @Test
    void aDeclinedProposalIsSaidUndoneAndAnAcceptedOneTakenOnItsProposersRow() {
        UUID declined = alice.add(48.85, 2.35).id();
        UUID accepted = alice.add(48.86, 2.36).id();
        syncAll();
        edit(emma, declined, b -> b.note("deux objectifs"));
        edit(emma, accepted, b -> b.model("XNP-6320"));
        emma.sync(repo);
        // The author's edit of another field is merged on Emma's computer with her change: a merge
        // made there, which includes her change and answers nothing.
        edit(alice, declined, b -> b.operator("Mairie"));
        alice.sync(repo);
        emma.sync(repo);
        coord.sync(repo);
        for (ReviewItem item : coord.workspace.review().open()) {
            if (item.sightingId().equals(declined)) {
                coord.workspace.review().reject(item.id(), "un seul objectif sur la photo");
            } else {
                coord.workspace.review().accept(item.id(), null);
            }
        }
        syncAll();

        assertThat(answers(emma, declined)).containsExactly(new RecordProvenance.Answer(2, RecordProvenance.Answer.UNDONE));
        assertThat(answers(emma, accepted)).containsExactly(new RecordProvenance.Answer(2, RecordProvenance.Answer.TAKEN));
        assertThat(new ProvenanceText(Messages.forLocale(java.util.Locale.ENGLISH), java.time.ZoneOffset.UTC)
                .lines(emma.workspace.provenance().of(declined)))
                .anyMatch(l -> l.contains("“un seul objectif sur la photo”: your change r2 was undone (declined)"));
        assertThat(answers(alice, declined)).as("the author proposed nothing").isEmpty();
        assertThat(emma.workspace.sightings().find(declined).orElseThrow().note()).isNull();
        assertThat(emma.workspace.sightings().find(declined).orElseThrow().operator()).isEqualTo("Mairie");
        assertThat(emma.workspace.sightings().find(accepted).orElseThrow().model()).isEqualTo("XNP-6320");
    }

    private List<RecordProvenance.Answer> answers(Party who, UUID id) {
        return who.workspace.provenance().of(id).changes().stream().flatMap(c -> c.answers().stream()).toList();
    }

    private void syncAll() {
        for (Party p : List.of(alice, coord, emma, alice, coord, emma)) {
            p.sync(repo);
        }
    }

    private static void edit(Party who, UUID id, UnaryOperator<Sighting.Builder> change) {
        Sighting held = who.workspace.sightings().find(id).orElseThrow();
        who.workspace.sightings().update(change.apply(held.toBuilder()).build());
    }
}
