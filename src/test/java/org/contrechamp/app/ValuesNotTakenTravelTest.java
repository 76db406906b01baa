package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.provenance.ProvenanceText;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value a decision set aside is named in the record's provenance on every computer that holds the
 * versions (docs/adr/0067), not only in the deciding computer's audit log: the losing side of a
 * conflict, a declined proposal, a value typed over both. Work merged whole, and an edit replaced by a
 * later edit of its own author, are not called set aside.
 */
class ValuesNotTakenTravelTest {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Party chloe;
    Party coord;
    Path repo;
    UUID record;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        chloe = new Party("Chloe", root);
        coord = new Party("Coord", root);
        Party.everyoneTrustsEveryone(List.of(alice, bob, chloe, coord), List.of(coord));
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        record = alice.add(48.85, 2.35).id();
        everyoneSyncs();
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        chloe.close();
        coord.close();
    }

    @Test
    void theLosingSideOfAConflictIsNamedOnEveryComputer() {
        alice.edit(record, b -> b.operator("Préfecture de police"));
        coord.edit(record, b -> b.operator("Mairie de Paris").note("Sous l'auvent"));
        alice.sync(repo);
        coord.sync(repo);
        ReviewItem conflict = coord.workspace.review().open().get(0);
        coord.workspace.review().resolve(conflict.id(),
                Resolution.of(Map.of(MergeField.of(SightingField.OPERATOR), Choice.theirs())), "panneau lu");
        everyoneSyncs();

        for (Party p : List.of(alice, bob, coord)) {
            assertThat(notTaken(p)).as("at " + p.name).containsExactly("operator=Mairie de Paris by Coord");
            assertThat(p.workspace.sightings().find(record).orElseThrow().operator()).isEqualTo("Préfecture de police");
        }
        List<String> english = new ProvenanceText(Messages.forLocale(Locale.ENGLISH), ZoneOffset.UTC)
                .lines(alice.workspace.provenance().of(record));
        assertThat(english).anyMatch(l -> l.trim().equals("not taken: Operator “Mairie de Paris”, set by Coord"));
        List<String> french = new ProvenanceText(Messages.forLocale(Locale.FRENCH), ZoneOffset.UTC)
                .lines(coord.workspace.provenance().of(record));
        assertThat(french).anyMatch(l -> l.trim().equals("non retenu : Exploitant « Mairie de Paris », valeur de Coord (vous)"));
    }

    @Test
    void aDeclinedProposalIsNamedOnItsProposersComputer() {
        bob.edit(record, b -> b.cameraType(CameraType.FIXED));
        bob.sync(repo);
        coord.sync(repo);
        ReviewItem proposal = coord.workspace.review().open().get(0);
        coord.workspace.review().reject(proposal.id(), "dôme sur la photo");
        everyoneSyncs();

        for (Party p : List.of(alice, bob, coord)) {
            assertThat(notTaken(p)).as("at " + p.name).containsExactly("camera:type=fixed by Bob");
        }
        List<String> french = new ProvenanceText(Messages.forLocale(Locale.FRENCH), ZoneOffset.UTC)
                .lines(bob.workspace.provenance().of(record));
        assertThat(french).anyMatch(l -> l.trim().equals("non retenu : Type de caméra « Fixe », valeur de Bob (vous)"));
    }

    @Test
    void aValueTypedOverBothSidesSetsBothAside() {
        alice.edit(record, b -> b.operator("RATP"));
        coord.edit(record, b -> b.operator("SNCF"));
        alice.sync(repo);
        coord.sync(repo);
        ReviewItem conflict = coord.workspace.review().open().get(0);
        coord.workspace.review().resolve(conflict.id(),
                Resolution.of(Map.of(MergeField.of(SightingField.OPERATOR), Choice.typed("RATP et SNCF"))), null);
        everyoneSyncs();

        assertThat(notTaken(chloe)).containsExactlyInAnyOrder("operator=RATP by Alice", "operator=SNCF by Coord");
    }

    @Test
    void workMergedWholeAndAnEditReplacedByItsAuthorAreNotSetAside() {
        alice.edit(record, b -> b.operator("RATP"));
        alice.edit(record, b -> b.operator("SNCF"));
        coord.edit(record, b -> b.note("Deux objectifs"));
        chloe.edit(record, b -> b.height(4.0));
        everyoneSyncs();
        everyoneSyncs();

        for (Party p : List.of(alice, bob, chloe, coord)) {
            assertThat(notTaken(p)).as("at " + p.name).isEmpty();
        }
    }

    /**
     * A field its creation left empty is no value anyone set: a coordinator taking a proposal that
     * fills it sets nothing aside. Each computer said "not taken: Height left empty by Alice" (found
     * by trying the command line; test first).
     */
    @Test
    void aFieldLeftEmptyAtCreationIsNotSetAsideByTheProposalThatFillsIt() {
        bob.edit(record, b -> b.height(4.0));
        bob.edit(record, b -> b.operator("RATP")); // two edits in one bundle record: the first is known nowhere else
        bob.sync(repo);
        coord.sync(repo);
        coord.workspace.review().accept(coord.workspace.review().open().get(0).id(), "vu");
        everyoneSyncs();

        for (Party p : List.of(alice, bob, chloe, coord)) {
            assertThat(notTaken(p)).as("at " + p.name).isEmpty();
            assertThat(p.workspace.sightings().find(record).orElseThrow().operator()).isEqualTo("RATP");
        }
    }

    /**
     * A merge made on receipt is nobody's decision: its line names whose work it joined to the version
     * held here, instead of crediting "this computer" with another's change.
     */
    @Test
    void aMergeMadeOnReceiptNamesWhoseWorkItJoined() {
        alice.edit(record, b -> b.operator("RATP"));
        coord.edit(record, b -> b.note("Deux objectifs"));
        coord.sync(repo);
        alice.sync(repo);

        RecordProvenance p = alice.workspace.provenance().of(record);
        RecordProvenance.ChangeStep merge = p.changes().stream().filter(c -> "merge".equals(c.how())).findFirst()
                .orElseThrow();
        assertThat(merge.joined()).extracting(org.contrechamp.core.provenance.Person::name).containsExactly("Coord");
        Messages en = Messages.forLocale(Locale.ENGLISH);
        assertThat(String.join("\n", new ProvenanceText(en, ZoneOffset.UTC).lines(p)))
                .contains("by Coord (joined here by itself to the version held here, on receipt)")
                .doesNotContain("by this computer");
    }

    /** "field=value by Name" for each value set aside, over the record's whole history at that party. */
    /**
     * A deletion a coordinator overruled is work set aside like a value: its author read "r4 restored,
     * by carol" with no word of her deletion (found by trying the command line; test first).
     */
    @Test
    void aDeletionACoordinatorOverruledIsNamedOnEveryComputer() {
        alice.workspace.sightings().delete(record);
        coord.edit(record, b -> b.operator("Mairie de Paris"));
        alice.sync(repo);
        coord.sync(repo);
        ReviewItem conflict = coord.workspace.review().open().get(0);
        coord.workspace.review().resolve(conflict.id(), Resolution.of(Map.of(MergeField.DELETION, Choice.mine())),
                "toujours là");
        everyoneSyncs();

        for (Party p : List.of(alice, bob, chloe, coord)) {
            assertThat(p.workspace.sightings().find(record)).as("at " + p.name).isPresent();
            assertThat(notTaken(p)).as("at " + p.name).containsExactly("deleted=true by Alice");
        }
        List<String> english = new ProvenanceText(Messages.forLocale(Locale.ENGLISH), ZoneOffset.UTC)
                .lines(bob.workspace.provenance().of(record));
        assertThat(english).anyMatch(l -> l.trim().equals("not taken: the deletion, by Alice"));
        List<String> french = new ProvenanceText(Messages.forLocale(Locale.FRENCH), ZoneOffset.UTC)
                .lines(alice.workspace.provenance().of(record));
        assertThat(french).anyMatch(l -> l.trim().equals("non retenue : la suppression, par Alice (vous)"));
    }

    /** A deletion its own author took back is not set aside by anyone. */
    @Test
    void aDeletionItsAuthorUndidIsNotSetAside() {
        alice.workspace.sightings().delete(record);
        alice.workspace.sightings().restore(record);
        coord.edit(record, b -> b.operator("Mairie de Paris"));
        everyoneSyncs();
        everyoneSyncs();

        for (Party p : List.of(alice, bob, coord)) {
            assertThat(notTaken(p)).as("at " + p.name).isEmpty();
        }
    }

    private List<String> notTaken(Party p) {
        return p.workspace.provenance().of(record).changes().stream()
                .flatMap(c -> c.notTaken().stream())
                .map((RecordProvenance.NotTaken n) -> n.name() + "=" + n.value() + " by " + n.from().name())
                .toList();
    }

    private void everyoneSyncs() {
        for (Party p : List.of(alice, bob, chloe, coord, alice, bob, chloe)) {
            p.sync(repo);
        }
    }

}
