package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.contrechamp.core.bundle.BundleLedger.ConflictReason;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.provenance.SentProposalsText;
import org.contrechamp.core.provenance.SettledElsewhere;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;

/**
 * An item that waited here and that someone else decided meanwhile is said by the sync that brings
 * the decision, with who decided it, once (docs/adr/0069): the queue does not just empty itself.
 */
class SettledElsewhereTravelTest extends CampaignOfThree {

    @Test
    void aConflictACoordinatorDecidesIsSaidToTheAuthorAndToABystander() {
        alice.workspace.sightings().delete(record);
        coord.edit(record, b -> b.operator("RATP"));
        alice.sync(repo);
        coord.sync(repo);
        var toAliceFirst = alice.sync(repo);
        var toBob = bob.sync(repo);
        assertThat(toBob.othersAlone()).as("between others at Bob's").containsEntry(record, alice.identity().fingerprint());
        assertThat(toAliceFirst.othersAlone()).as("her own record").isEmpty();
        assertThat(alice.workspace.review().open()).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(ReviewKind.CONFLICT));
        assertThat(bob.workspace.review().open()).hasSize(1);

        ReviewItem atCoord = coord.workspace.review().open().get(0);
        coord.workspace.review().resolve(atCoord.id(), Resolution.of(java.util.Map.of(MergeField.DELETION, Choice.mine())),
                "still there on the 3rd");
        coord.sync(repo);

        long itemAtAlice = alice.workspace.review().open().get(0).id();
        List<SettledElsewhere.Settled> toAlice = alice.sync(repo).settledElsewhere();
        assertThat(toAlice).singleElement().satisfies(s -> {
            assertThat(s.item()).isEqualTo(itemAtAlice);
            assertThat(s.sightingId()).isEqualTo(record);
            assertThat(s.reason()).isEqualTo(ConflictReason.DIVERGED);
            assertThat(s.decidedBy()).isEqualTo(coord.identity().fingerprint());
        });
        assertThat(alice.workspace.review().open()).isEmpty();
        assertThat(alice.sync(repo).settledElsewhere()).as("said once").isEmpty();
        assertThat(bob.sync(repo).settledElsewhere()).singleElement()
                .satisfies(s -> assertThat(s.decidedBy()).isEqualTo(coord.identity().fingerprint()));

        Messages fr = Messages.forLocale(Locale.FRENCH);
        String said = new SentProposalsText(fr, alice.workspace.provenance().names(fr), java.time.ZoneOffset.UTC)
                .settled(toAlice.get(0));
        assertThat(said).startsWith("L’élément n° " + itemAtAlice + ", le conflit sur ")
                .contains("a été tranché par Coord").contains("provenance " + record);
        String inTheWindow = new SentProposalsText(fr, alice.workspace.provenance().names(fr), java.time.ZoneOffset.UTC,
                SentProposalsText.Where.WINDOW).settled(toAlice.get(0));
        assertThat(inTheWindow).contains("le volet Provenance de l’observation montre").doesNotContain(record.toString());
    }

    @Test
    void aProposalTheAuthorDecidesIsSaidToTheCoordinatorWhoHeldItToo() {
        bob.edit(record, b -> b.height(4.0));
        bob.sync(repo);
        alice.sync(repo);
        coord.sync(repo);
        assertThat(coord.workspace.review().open()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(ReviewKind.PROPOSAL);
            assertThat(i.author().name()).as("whose record it is, for the one deciding").isEqualTo("Alice");
            assertThat(i.author().self()).isFalse();
        });
        assertThat(alice.workspace.review().open().get(0).author().self()).as("her own record").isTrue();

        alice.workspace.review().accept(alice.workspace.review().open().get(0).id(), null);
        alice.sync(repo);

        List<SettledElsewhere.Settled> toCoord = coord.sync(repo).settledElsewhere();
        assertThat(toCoord).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(ConflictReason.NOT_AUTHOR);
            assertThat(s.sentBy()).isEqualTo(bob.identity().fingerprint());
            assertThat(s.decidedBy()).isEqualTo(alice.identity().fingerprint());
            assertThat(s.fields()).containsExactly(SightingField.HEIGHT);
        });
        Messages en = Messages.forLocale(Locale.ENGLISH);
        assertThat(new SentProposalsText(en, coord.workspace.provenance().names(en), java.time.ZoneOffset.UTC)
                .settled(toCoord.get(0))).contains("Bob’s proposal on ").contains("(height), was decided by Alice");
        assertThat(bob.sync(repo).settledElsewhere()).as("his own change is no item of his").isEmpty();
    }

    @Test
    void aProposalItsOwnSenderReplacesWasNotDecided() {
        bob.edit(record, b -> b.height(4.0));
        bob.sync(repo);
        alice.sync(repo);
        bob.edit(record, b -> b.height(5.0));
        bob.sync(repo);

        assertThat(alice.sync(repo).settledElsewhere()).isEmpty();
        assertThat(alice.workspace.review().open()).hasSize(1);
    }
}
