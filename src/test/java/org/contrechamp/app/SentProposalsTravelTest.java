package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.provenance.SentProposals;
import org.contrechamp.core.provenance.SentProposalsText;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/**
 * A volunteer sees the changes she made to others' sightings while they wait elsewhere, and the sync
 * that brings the decision says what became of each (docs/adr/0068).
 */
class SentProposalsTravelTest extends CampaignOfThree {

    @Test
    void aVolunteersChangeWaitsUntilACoordinatorTakesItAndTheSyncSaysSo() {
        bob.edit(record, b -> b.operator("RATP").height(4.0));

        List<SentProposals.Waiting> waiting = bob.workspace.provenance().sent().waiting();
        assertThat(waiting).singleElement().satisfies(w -> {
            assertThat(w.sightingId()).isEqualTo(record);
            assertThat(w.author()).isEqualTo(alice.identity().fingerprint());
            assertThat(w.fields()).containsExactlyInAnyOrder(SightingField.OPERATOR, SightingField.HEIGHT);
            assertThat(w.revisions()).containsExactly(2L);
        });
        assertThat(alice.workspace.provenance().sent().waiting()).as("her own record").isEmpty();

        bob.sync(repo);
        assertThat(bob.workspace.provenance().sent().waiting()).as("sent, not decided").hasSize(1);
        coord.sync(repo);
        ReviewItem proposal = coord.workspace.review().open().get(0);
        assertThat(proposal.kind()).isEqualTo(ReviewKind.PROPOSAL);
        coord.workspace.review().accept(proposal.id(), "vu sur place");
        coord.sync(repo);

        var report = bob.sync(repo);
        assertThat(report.decided()).singleElement().satisfies(d -> {
            assertThat(d.sightingId()).isEqualTo(record);
            assertThat(d.decidedBy()).isEqualTo(coord.identity().fingerprint());
            assertThat(d.outcome()).isEqualTo(RecordProvenance.Answer.TAKEN);
            assertThat(d.revision()).isEqualTo(2L);
        });
        assertThat(bob.workspace.provenance().sent().waiting()).isEmpty();
        assertThat(bob.sync(repo).decided()).as("said once").isEmpty();

        SentProposalsText text = new SentProposalsText(Messages.forLocale(Locale.ENGLISH),
                bob.workspace.provenance().names(Messages.forLocale(Locale.ENGLISH)), java.time.ZoneOffset.UTC);
        assertThat(text.decided(report.decided().get(0))).contains("was taken by Coord").contains("created by Alice");
    }

    @Test
    void aDeclinedChangeIsSaidDeclinedAndTheAuthorsDecisionCountsAsMuchAsACoordinators() {
        bob.edit(record, b -> b.operator("RATP"));
        bob.sync(repo);
        alice.sync(repo);
        ReviewItem proposal = alice.workspace.review().open().get(0);
        alice.workspace.review().reject(proposal.id(), "c'est la mairie");
        alice.sync(repo);

        var report = bob.sync(repo);
        assertThat(report.decided()).singleElement().satisfies(d -> {
            assertThat(d.decidedBy()).isEqualTo(alice.identity().fingerprint());
            assertThat(d.outcome()).isEqualTo(RecordProvenance.Answer.UNDONE);
        });
        SentProposalsText fr = new SentProposalsText(Messages.forLocale(Locale.FRENCH),
                bob.workspace.provenance().names(Messages.forLocale(Locale.FRENCH)), java.time.ZoneOffset.UTC);
        assertThat(fr.decided(report.decided().get(0))).contains("a été refusée par Alice");
    }

    @Test
    void anotherVolunteersEditOnTopDecidesNothing() {
        Party chloe = new Party("Chloe", root);
        try {
            Party.everyoneTrustsEveryone(List.of(alice, bob, coord, chloe), List.of(coord));
            chloe.sync(repo);
            bob.edit(record, b -> b.operator("RATP"));
            bob.sync(repo);
            chloe.sync(repo);
            // Chloe takes Bob's proposal on her computer: her decision is a proposal too.
            ReviewItem seen = chloe.workspace.review().open().get(0);
            chloe.workspace.review().accept(seen.id(), null);
            chloe.edit(record, b -> b.height(3.0));
            chloe.sync(repo);

            assertThat(bob.sync(repo).decided()).isEmpty();
            assertThat(bob.workspace.provenance().sent().waiting()).hasSize(1);
        } finally {
            chloe.close();
        }
    }

    @Test
    void aCoordinatorsPartlyDifferentDecisionIsSaidAsOtherValues() {
        bob.edit(record, b -> b.operator("RATP").height(4.0));
        bob.sync(repo);
        coord.sync(repo);
        ReviewItem proposal = coord.workspace.review().open().get(0);
        coord.workspace.review().resolve(proposal.id(), Resolution.of(Map.of(
                MergeField.of(SightingField.OPERATOR), Choice.theirs(),
                MergeField.of(SightingField.HEIGHT), Choice.mine())), null);
        coord.sync(repo);

        assertThat(bob.sync(repo).decided()).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(RecordProvenance.Answer.CHANGED));
        assertThat(bob.workspace.sightings().find(record).orElseThrow().operator()).isEqualTo("RATP");
    }

}
