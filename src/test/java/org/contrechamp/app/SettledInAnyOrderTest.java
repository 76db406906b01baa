package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.CameraMount;
import org.contrechamp.core.sighting.OperatorType;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smallest cases, each with its bundles read in one fixed order, in which the convergence
 * simulation ended with computers holding different versions of a record or items nobody there could
 * decide (docs/adr/0055). Every sync here brings at most one bundle that matters, so that the order
 * does not depend on the signers' fingerprints:
 * <ul>
 * <li>a revision known here only through the decision that named it (a proposal decided) passed for
 *     a newest common revision beside the decision itself, and the author's next change of the field
 *     she had decided was a conflict;</li>
 * <li>a record adopted from a coordinator's copy before its creation came had no known base, and its
 *     creation, arriving later as old news, was not kept: a conflict about nothing stayed open;</li>
 * <li>a volunteer's own deletion of another's record, merged on her own computer with a coordinator's
 *     edit, could not take the author's rejection of it: the decision conflicted there alone;</li>
 * <li>two volunteers deleting another's record, then one of them restoring it: the other's computer
 *     kept the deletions merged together and was left with a proposal only its author could decide,
 *     which nobody else held;</li>
 * <li>a coordinator's own deletion, which a volunteer's deletion had nothing left to decide against,
 *     was taken there as including that volunteer's deletion: the author's rejection of it then
 *     restored the record there alone;</li>
 * <li>a volunteer's edit back to the record's first value, made on a merge the receiver never held,
 *     looked unchanged from the older base there and was taken as having nothing to decide;</li>
 * <li>a volunteer's own deletion, which the coordinators' work made needless everywhere else,
 *     held back a coordinator's rejection on his own computer: a conflict only others could decide,
 *     which none of them held;</li>
 * <li>a volunteer's edit that the author rejected still said on his own computer that it changed the
 *     field, and held back a coordinator's value for it there alone;</li>
 * <li>a coordinator's edit made on a merge the author held was merged after the other side of that
 *     merge's question, which the record then held while still including the first side.</li>
 * </ul>
 */
class SettledInAnyOrderTest {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Party chloe;
    Party coord;
    Party sud;
    List<Party> everyone;
    Path repo;

    @BeforeEach
    void setUp() {
        // One campaign clock that moves at every read: two people's changes are never stamped the same
        // millisecond, which would make two restorations of one version the same version.
        java.time.Clock campaign = new org.contrechamp.testing.SteppingClock(
                java.time.Instant.parse("2026-06-06T08:00:00Z"), java.time.Duration.ofSeconds(1));
        alice = party("Alice", campaign);
        bob = party("Bob", campaign);
        chloe = party("Chloe", campaign);
        coord = party("Coord", campaign);
        sud = party("Sud", campaign);
        everyone = List.of(alice, bob, chloe, coord, sud);
        Party.everyoneTrustsEveryone(everyone, List.of(coord, sud));
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
    }

    private Party party(String name, java.time.Clock clock) {
        return new Party(name, root, new java.security.SecureRandom(), clock, UUID::randomUUID);
    }

    @AfterEach
    void tearDown() {
        everyone.forEach(Party::close);
    }

    /**
     * Seed 27's shape (docs/adr/0057): a coordinator deletes, restores and deletes again while the other
     * coordinator restores from the first deletion. From the deleted base, the second deletion looked
     * like no change, and the restoration won with nobody asked: both coordinators ended with it
     * restored. The second deletion now travels saying it deleted ({@code deleted} in its fields).
     */
    @Test
    void aCoordinatorsSecondDeletionMeetsTheOthersRestorationAsAQuestionForAPerson() {
        UUID record = alice.add(48.85, 2.35).id();
        syncEveryone();
        syncEveryone();
        coord.workspace.sightings().delete(record);
        coord.sync(repo);
        sud.sync(repo); // Sud holds the deletion
        sud.workspace.sightings().restore(record); // not shared yet
        coord.workspace.sightings().restore(record);
        coord.workspace.sightings().delete(record); // deleted again, knowing it had been restored
        coord.sync(repo);
        sud.sync(repo); // the second deletion meets Sud's restoration
        syncEveryone();
        syncEveryone();

        // Every computer that holds it restored holds the question too: none as if nobody had deleted it
        // again (each holds the record as it was where the other version conflicts: docs/adr/0055).
        for (Party p : everyone) {
            boolean restored = p.workspace.sightings().find(record).isPresent();
            boolean asked = p.workspace.review().open().stream().anyMatch(i -> i.sightingId().equals(record));
            assertThat(!restored || asked).as(p.name + " holds it restored with nobody asked:\n"
                    + RecordHead.historyOf(p, record)).isTrue();
        }
        assertThat(coord.workspace.review().open()).as("the coordinator is asked:\n" + RecordHead.historyOf(coord, record)
                + "\nSud, asked " + sud.workspace.review().open().size() + ":\n" + RecordHead.historyOf(sud, record))
                .isNotEmpty();

        // The coordinator who deleted twice decides: deleted. Everyone then holds that, and nobody is asked.
        ReviewItem question = only(coord);
        coord.workspace.review().resolve(question.id(), Resolution.of(Map.of(MergeField.DELETION, Choice.mine())),
                "supprimée : la caméra a été démontée");
        syncEveryone();
        syncEveryone();
        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            assertThat(p.workspace.sightings().find(record)).as(p.name + " holds it deleted").isEmpty();
        }
        sameEverywhere(record);
    }

    /**
     * An edit made here, then a bundle imported by hand that merges with it on receipt, then a sync
     * (docs/adr/0055 named the order): the sync signs before it imports, so only a hand import puts a
     * merge row on top of an edit never sent. The export collected local changes only after the last
     * row from elsewhere, and the edit never left.
     */
    @Test
    void anEditMadeHereBeforeABundleImportedByHandLeavesWithTheNextSync() {
        UUID record = alice.add(48.85, 2.35).id();
        syncEveryone();
        edit(coord, record, b -> b.operator("Ville de Paris")); // not sent yet
        edit(alice, record, b -> b.note("Deux objectifs"));
        alice.sync(repo);
        coord.workspace.sharing().importFile(lastBundleOf(alice), org.contrechamp.core.common.Cancellation.NEVER);
        assertThat(coord.workspace.sightings().find(record).orElseThrow().note()).isEqualTo("Deux objectifs");
        coord.sync(repo);
        syncEveryone();
        syncEveryone();

        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            Sighting held = p.workspace.sightings().find(record).orElseThrow();
            assertThat(held.operator()).as(p.name + "'s operator: the coordinator's edit left").isEqualTo("Ville de Paris");
            assertThat(held.note()).as(p.name + "'s note").isEqualTo("Deux objectifs");
        }
        sameEverywhere(record);
    }

    /** The same with more edits made here after the hand import: they leave with the one before it. */
    @Test
    void editsMadeHereOnBothSidesOfABundleImportedByHandLeaveTogether() {
        UUID record = alice.add(48.85, 2.35).id();
        syncEveryone();
        edit(sud, record, b -> b.operator("Ville de Paris"));
        edit(alice, record, b -> b.note("Deux objectifs"));
        alice.sync(repo);
        sud.workspace.sharing().importFile(lastBundleOf(alice), org.contrechamp.core.common.Cancellation.NEVER);
        edit(sud, record, b -> b.height(6.0));
        sud.workspace.sightings().delete(record);
        sud.workspace.sightings().restore(record);
        sud.sync(repo);
        syncEveryone();
        syncEveryone();

        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            Sighting held = p.workspace.sightings().find(record).orElseThrow();
            assertThat(held.operator()).as(p.name + "'s operator").isEqualTo("Ville de Paris");
            assertThat(held.height()).as(p.name + "'s height").isEqualTo(6.0);
            assertThat(held.note()).as(p.name + "'s note").isEqualTo("Deux objectifs");
        }
        sameEverywhere(record);
    }

    @Test
    void theAuthorChangesAFieldSheDecidedAgainWithoutAConflictBesideACoordinatorsEdit() {
        UUID record = alice.add(48.85, 2.35).id();
        syncEveryone();
        edit(bob, record, b -> b.model("AXIS P1455"));
        bob.sync(repo);
        chloe.sync(repo); // Bob's proposal, kept here for Alice or a coordinator
        alice.sync(repo);
        coord.sync(repo);
        ReviewItem proposal = only(alice);
        alice.workspace.review().resolve(proposal.id(),
                Resolution.of(Map.of(MergeField.of(SightingField.MODEL), Choice.typed("Bosch Flexidome"))), "vu");
        alice.sync(repo);
        chloe.sync(repo); // Alice's decision, which names Bob's proposal
        edit(coord, record, b -> b.mount(CameraMount.WALL));
        coord.sync(repo); // the coordinator's mount, beside Alice's decision
        chloe.sync(repo);
        edit(alice, record, b -> b.model("Hikvision DS-2CD"));
        alice.sync(repo); // Alice's new model, made on her decision, beside the coordinator's mount
        syncEveryone();
        syncEveryone();

        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            Sighting held = p.workspace.sightings().find(record).orElseThrow();
            assertThat(held.model()).as(p.name + "'s model").isEqualTo("Hikvision DS-2CD");
            assertThat(held.mount()).as(p.name + "'s mount").isEqualTo(CameraMount.WALL);
        }
        sameEverywhere(record);
    }

    @Test
    void aRecordAdoptedFromACoordinatorBeforeItsCreationMergesOnceTheCreationComes() {
        UUID record = chloe.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).height(3.0).build()).id();
        chloe.sync(repo);
        coord.sync(repo);
        sud.sync(repo);
        edit(coord, record, b -> b.note("Au-dessus de l'entrée"));
        edit(sud, record, b -> b.height(8.0));
        coord.sync(repo);
        sud.sync(repo);
        Path nordBundle = onlyBundleOf(coord);
        Path sudBundle = onlyBundleOf(sud);
        // Bob reads the coordinators' edits before the creation: Chloe's bundle is read last.
        bob.workspace.sharing().importFile(nordBundle, org.contrechamp.core.common.Cancellation.NEVER);
        bob.workspace.sharing().importFile(sudBundle, org.contrechamp.core.common.Cancellation.NEVER);
        bob.sync(repo);
        syncEveryone();
        syncEveryone();

        assertThat(bob.workspace.review().open()).as("Bob's queue").isEmpty();
        Sighting held = bob.workspace.sightings().find(record).orElseThrow();
        assertThat(held.note()).isEqualTo("Au-dessus de l'entrée");
        assertThat(held.height()).isEqualTo(8.0);
        sameEverywhere(record);
    }

    @Test
    void aVolunteersOwnDeletionTakesTheAuthorsRejectionAfterACoordinatorsEditMergedWithIt() {
        UUID record = bob.add(48.85, 2.35).id();
        syncEveryone();
        syncEveryone(); // everyone before Bob in the round receives it in the second
        edit(chloe, record, b -> b.model("AXIS P1455"));
        chloe.sync(repo);
        alice.sync(repo); // Chloe's proposal, kept here for Bob or a coordinator
        bob.sync(repo);
        bob.workspace.review().reject(only(bob).id(), "pas ce modèle");
        bob.sync(repo); // Bob's rejection, which names Chloe's proposal
        alice.workspace.sightings().delete(record); // a proposal: the record is Bob's
        alice.sync(repo); // her deletion leaves, then merges here with Bob's rejection
        bob.sync(repo);
        bob.workspace.review().reject(only(bob).id(), "elle est toujours là"); // not shared yet
        sud.sync(repo);
        edit(sud, record, b -> b.mount(CameraMount.WALL)); // made on Bob's first rejection
        sud.sync(repo);
        alice.sync(repo); // the coordinator's mount meets Alice's own deletion here
        bob.sync(repo); // Bob's rejection of the deletion leaves, without the coordinator's mount
        alice.sync(repo);
        syncEveryone();
        syncEveryone();

        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            assertThat(p.workspace.sightings().find(record)).as(p.name + "'s record").isPresent()
                    .get().extracting(Sighting::mount).isEqualTo(CameraMount.WALL);
        }
        sameEverywhere(record);
    }

    @Test
    void twoVolunteersDeletionsAndOneRestorationEndTheSameEverywhere() {
        UUID record = twoDeletionsThenARestoration();
        syncEveryone();
        syncEveryone();
        decideEverythingAsTheAuthor();

        everyoneHoldsItLiveWithNothingOpen(record);
    }

    @Test
    void theAuthorWhoReadsTheRestorationFirstStillDecidesTheOtherDeletion() {
        UUID record = twoDeletionsThenARestoration();
        // Alice's restoration names Chloe's deletion (merged on Alice's computer): read before it, it
        // must not settle it.
        bob.workspace.sharing().importFile(lastBundleOf(alice), org.contrechamp.core.common.Cancellation.NEVER);
        syncEveryone();
        syncEveryone();
        assertThat(bob.workspace.review().open()).as("Bob's queue %s %s", bob.workspace.review().open(),
                RecordHead.historyOf(bob, record)).extracting(ReviewItem::signerName)
                .containsExactly("Chloe");
        decideEverythingAsTheAuthor();

        everyoneHoldsItLiveWithNothingOpen(record);
    }

    @Test
    void twoDecisionsMadeOnTheSameMergeMergeAlikeWhereThatMergeWasNeverHeld() {
        UUID record = sud.add(48.85, 2.35).id(); // Sud, a coordinator, is its author
        syncEveryone();
        syncEveryone();
        edit(coord, record, b -> b.note("Au-dessus de l'entrée"));
        coord.sync(repo);
        edit(sud, record, b -> b.operatorType(org.contrechamp.core.sighting.OperatorType.MUNICIPAL));
        bob.sync(repo);
        edit(bob, record, b -> b.cameraType(org.contrechamp.core.sighting.CameraType.DOME)); // a proposal
        bob.sync(repo);
        chloe.sync(repo);
        edit(chloe, record, b -> b.extraTag("lit", "yes")); // Chloe's own proposal: her merges differ
        chloe.sync(repo);
        sud.sync(repo); // the coordinator's note and Sud's operator type merge here
        chloe.sync(repo);
        coord.sync(repo); // ... and here alike, under the same digest, which Chloe never holds
        coord.workspace.review().accept(proposalFrom(coord, "Bob").id(), "vu");
        coord.sync(repo);
        chloe.sync(repo);
        sud.workspace.review().accept(proposalFrom(sud, "Bob").id(), "vu aussi");
        edit(sud, record, b -> b.note("Au-dessus de la porte"));
        sud.sync(repo); // Sud's note, made on Sud's own decision of Bob's proposal
        chloe.sync(repo);
        assertThat(chloe.workspace.review().open()).as("Chloe's queue").isEmpty();
        syncEveryone();
        coord.workspace.review().accept(proposalFrom(coord, "Chloe").id(), "allumée");
        syncEveryone();
        syncEveryone();

        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            assertThat(p.workspace.sightings().find(record).orElseThrow().note()).as(p.name + "'s note")
                    .isEqualTo("Au-dessus de la porte");
        }
        sameEverywhere(record);
    }

    @Test
    void aDecisionThatNamesAMergeComeOutAsOneSideStillMeetsTheOtherSideAndTheyConflict() {
        UUID record = alice.add(48.85, 2.35).id();
        syncEveryone();
        syncEveryone();
        edit(bob, record, b -> b.model("AXIS P1455")); // a proposal
        bob.sync(repo);
        alice.sync(repo);
        alice.workspace.review().reject(only(alice).id(), "pas ce modèle"); // not shared yet
        edit(sud, record, b -> b.extraTag("lit", "no")); // after Alice's rejection
        sud.sync(repo);
        sud.workspace.review().accept(only(sud).id(), "ce modèle"); // not shared yet
        alice.sync(repo); // the rejection leaves
        chloe.sync(repo); // the rejection and Sud's tag merge here as Sud's tag, under its digest
        sud.sync(repo); // the acceptance leaves, naming Sud's tag but not the rejection
        chloe.sync(repo);
        syncEveryone();
        syncEveryone();
        // One decision took Bob's model, the other kept the old one: a person chooses, once.
        String everyonesHistory = everyone.stream().map(p -> "\n" + p.name + " " + p.workspace.review().open()
                + RecordHead.historyOf(p, record)).toList().toString();
        assertThat(alice.workspace.review().open()).as("Alice's queue" + everyonesHistory).singleElement()
                .satisfies(i -> assertThat(i.decisions()).containsExactly(MergeField.of(SightingField.MODEL)));
        alice.workspace.review().resolve(alice.workspace.review().open().get(0).id(),
                Resolution.of(Map.of(MergeField.of(SightingField.MODEL), Choice.mine())), "l'ancien modèle");
        syncEveryone();
        syncEveryone();

        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
        }
        sameEverywhere(record);
    }

    @Test
    void aProposalMadeOnAConflictItsAuthorCouldNotDecideStillAsksForEveryFieldItChanges() {
        UUID record = chloe.add(48.85, 2.35).id();
        syncEveryone();
        syncEveryone();
        edit(bob, record, b -> b.mount(CameraMount.TRAFFIC_SIGNALS)); // a proposal: the record is Chloe's
        bob.sync(repo);
        edit(sud, record, b -> b.mount(CameraMount.WALL));
        sud.sync(repo);
        bob.sync(repo); // the coordinator's mount conflicts with Bob's own here
        edit(bob, record, b -> b.mount(CameraMount.STREET_LAMP)); // made on his own mount, not the coordinator's
        bob.sync(repo);
        chloe.sync(repo);

        assertThat(chloe.workspace.review().open()).as("Chloe's queue").filteredOn(i -> i.signerName().equals("Bob"))
                .singleElement().satisfies(i -> assertThat(i.decisions())
                        .contains(MergeField.of(SightingField.MOUNT)));
    }

    @Test
    void aProposalThatChangesAFieldBackToItsOldValueStillAsksForIt() {
        UUID record = chloe.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).mount(CameraMount.STREET_LAMP).build()).id();
        syncEveryone();
        syncEveryone();
        edit(bob, record, b -> b.mount(CameraMount.TRAFFIC_SIGNALS)); // a proposal: the record is Chloe's
        bob.sync(repo);
        coord.sync(repo);
        edit(sud, record, b -> b.mount(CameraMount.WALL));
        sud.sync(repo);
        coord.sync(repo); // the coordinator's wall
        bob.sync(repo);
        edit(bob, record, b -> b.mount(CameraMount.STREET_LAMP)); // back to the lamp, over Sud's wall
        bob.sync(repo);
        coord.sync(repo);

        assertThat(coord.workspace.review().open()).as("the coordinator's queue")
                .filteredOn(i -> i.signerName().equals("Bob")).singleElement()
                .satisfies(i -> assertThat(i.decisions()).contains(MergeField.of(SightingField.MOUNT)));
    }

    @Test
    void aCoordinatorsDeletionMeetsTheAuthorsRejectionOfAnotherDeletionAlikeEverywhere() {
        UUID record = chloesRecordEveryoneHolds();
        alice.workspace.sightings().delete(record); // a proposal: the record is Chloe's
        alice.sync(repo);
        chloe.sync(repo);
        chloe.workspace.review().reject(only(chloe).id(), "elle est toujours là"); // not shared yet
        coord.sync(repo); // Alice's deletion, kept here for a decision
        coord.workspace.sightings().delete(record); // the coordinator's own: Alice's has nothing left to decide
        coord.sync(repo);
        chloe.sync(repo); // Chloe's rejection leaves; the coordinator's deletion merges with it here
        coord.sync(repo); // the rejection, which names Alice's deletion, meets the coordinator's own
        everyoneHoldsItDeletedWithNothingOpen(record);
    }

    @Test
    void aVolunteersEditBackToTheFirstValueOverAMergeOthersNeverHeldIsStillAProposal() {
        UUID record = alice.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).model("AXIS P1455").build()).id();
        syncEveryone();
        syncEveryone();
        edit(coord, record, b -> b.model("Bosch Flexidome")); // not shared yet
        edit(sud, record, b -> b.model("Hikvision DS-2CD"));
        sud.sync(repo);
        chloe.sync(repo); // Sud's model
        edit(chloe, record, b -> b.model("AXIS P1455")); // back to the first value: a proposal, the record is Alice's
        chloe.sync(repo);
        coord.sync(repo); // Sud's model conflicts with the coordinator's; Chloe's names only Sud's

        assertThat(coord.workspace.review().open()).as("the coordinator's queue")
                .filteredOn(i -> i.signerName().equals("Chloe")).singleElement()
                .satisfies(i -> assertThat(i.decisions()).contains(MergeField.of(SightingField.MODEL)));
    }

    @Test
    void aVolunteersOwnDeletionThatACoordinatorAlsoMadeLeavesNothingOpenOnHisComputer() {
        UUID record = chloesRecordEveryoneHolds();
        edit(bob, record, b -> b.mount(CameraMount.TRAFFIC_SIGNALS)); // a proposal: the record is Chloe's
        bob.sync(repo);
        coord.sync(repo);
        coord.workspace.review().reject(only(coord).id(), "pas ce support"); // not shared yet
        bob.workspace.sightings().delete(record); // made on his own mount: a proposal too
        sud.workspace.sightings().delete(record); // a coordinator's, made on the creation
        sud.sync(repo);
        bob.sync(repo); // his deletion leaves; Sud's meets it here
        coord.sync(repo); // the rejection leaves; both deletions come
        bob.sync(repo); // the rejection of his mount meets his own deletion and Sud's
        everyoneHoldsItDeletedWithNothingOpen(record);
    }

    /**
     * Seed 3's shape, with keys drawn anew: Bob's edit back to the first operator, made on Sud's, was
     * taken on the author's computer, which had never held Sud's and had nothing to decide. The
     * coordinator's own operator, made on Sud's too, then replaced it there, and the author's next edit
     * named Bob's proposal as one it included: everywhere else, the proposal waiting for a coordinator
     * was closed with nobody asked, and Bob's operator was gone.
     */
    @Test
    void aProposalTheAuthorTookBeforeACoordinatorsEditOfTheFieldStillWaitsForADecision() {
        UUID record = chloe.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).operator("Ville de Paris").build()).id();
        syncEveryone();
        syncEveryone();
        edit(sud, record, b -> b.operator("RATP"));
        sud.sync(repo);
        bob.sync(repo); // Sud's operator
        edit(bob, record, b -> b.operator("Ville de Paris")); // back to the first: a proposal, the record is Chloe's
        bob.sync(repo);
        coord.sync(repo); // Sud's operator, and Bob's proposal to decide
        edit(coord, record, b -> b.operator("BNP Paribas")); // made on Sud's, Bob's proposal left open
        coord.sync(repo);
        // Chloe reads Bob's proposal before anything of the coordinators': it asks nothing of her.
        chloe.workspace.sharing().importFile(lastBundleOf(bob), org.contrechamp.core.common.Cancellation.NEVER);
        chloe.sync(repo); // the coordinators' operators
        edit(chloe, record, b -> b.height(5.0)); // her own edit, on what she holds
        chloe.sync(repo);
        syncEveryone();
        syncEveryone();

        assertThat(coord.workspace.review().open()).as("the coordinator's queue:\n" + RecordHead.historyOf(coord, record)
                        + "\n  Chloe's:" + RecordHead.historyOf(chloe, record))
                .filteredOn(i -> i.signerName().equals("Bob")).singleElement()
                .satisfies(i -> assertThat(i.decisions()).contains(MergeField.of(SightingField.OPERATOR)));
        coord.workspace.review().accept(proposalFrom(coord, "Bob").id(), "la Ville l'exploite bien");
        syncEveryone();
        syncEveryone();
        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            Sighting held = p.workspace.sightings().find(record).orElseThrow();
            assertThat(held.operator()).as(p.name + "'s operator").isEqualTo("Ville de Paris");
            assertThat(held.height()).as(p.name + "'s height").isEqualTo(5.0);
        }
        sameEverywhere(record);
    }

    /**
     * Seed 87's shape: the author's version conflicts with a coordinator's on the model and is held
     * back, and its operator, which merges by itself, is taken. The coordinator sets the operator back
     * and edits another field. When the record was settled again, the operator looked untouched on
     * her side (her newest revision changed the height alone, and her operator was the base's), and
     * the held-back version's operator came back with nobody asked.
     */
    @Test
    void aFieldACoordinatorSetBackOverAHeldBackVersionStaysAsSheSetIt() {
        UUID record = alice.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).operator("Ville de Paris").build()).id();
        syncEveryone();
        syncEveryone();
        edit(sud, record, b -> b.model("AXIS P1455")); // not shared before Alice's edit
        edit(alice, record, b -> b.model("Bosch Flexidome").operator("SNCF"));
        alice.sync(repo);
        sud.sync(repo); // the model conflicts; the operator merges by itself
        assertThat(sud.workspace.sightings().find(record).orElseThrow().operator()).as("Sud's operator, taken")
                .isEqualTo("SNCF");
        assertThat(sud.workspace.review().open()).as("Sud's queue").hasSize(1);
        edit(sud, record, b -> b.operator("Ville de Paris")); // she knows better
        edit(sud, record, b -> b.height(4.5));
        sud.sync(repo);
        bob.sync(repo);
        edit(bob, record, b -> b.note("Vue sur le carrefour")); // a proposal: the record is Alice's
        bob.sync(repo);
        sud.sync(repo); // Bob's proposal: the record is settled again

        Sighting held = sud.workspace.sightings().find(record).orElseThrow();
        assertThat(held.operator()).as("Sud's operator:\n" + RecordHead.historyOf(sud, record))
                .isEqualTo("Ville de Paris");
        assertThat(held.height()).isEqualTo(4.5);

        // Sud keeps her model and her operator against Alice's, and accepts Bob's note: everyone converges.
        for (ReviewItem item : sud.workspace.review().open()) {
            if (item.signerName().equals("Bob")) {
                sud.workspace.review().accept(item.id(), "vu");
            } else {
                Map<MergeField, Choice> mine = new java.util.HashMap<>();
                item.decisions().forEach(f -> mine.put(f, Choice.mine()));
                sud.workspace.review().resolve(item.id(), Resolution.of(mine), "vérifié sur place");
            }
        }
        syncEveryone();
        syncEveryone();
        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            Sighting now = p.workspace.sightings().find(record).orElseThrow();
            assertThat(now.operator()).as(p.name + "'s operator").isEqualTo("Ville de Paris");
            assertThat(now.model()).as(p.name + "'s model").isEqualTo("AXIS P1455");
            assertThat(now.note()).as(p.name + "'s note").isEqualTo("Vue sur le carrefour");
        }
        sameEverywhere(record);
    }

    /**
     * Seed 58's shape: a volunteer's edit of another's record, which its author rejected, still said
     * on the volunteer's own computer that it had changed the field (his own edits count there,
     * docs/adr/0059). A coordinator's value for that field, made before the rejection reached her,
     * merges by itself everywhere else; on his computer it was held back for a person, a question only
     * others could answer and none of them held, and he kept the record without her value.
     */
    @Test
    void aCoordinatorsValueForAFieldWhoseProposalTheAuthorRejectedMergesOnTheProposersComputerToo() {
        UUID record = alice.add(48.85, 2.35).id();
        syncEveryone();
        syncEveryone(); // everyone before Alice in the round receives it in the second
        edit(bob, record, b -> b.operatorType(OperatorType.MUNICIPAL)); // a proposal: the record is Alice's
        bob.sync(repo);
        edit(sud, record, b -> b.height(4.0));
        sud.sync(repo); // Sud's height leaves; Bob's proposal waits in her queue
        alice.sync(repo);
        alice.workspace.review().reject(proposalFrom(alice, "Bob").id(), "pas la mairie");
        alice.sync(repo); // the rejection leaves
        bob.sync(repo); // the rejection reaches Bob: his value is gone
        edit(sud, record, b -> b.operatorType(OperatorType.COMMUNITY)); // before the rejection reaches her
        sud.sync(repo);
        bob.sync(repo); // Sud's value meets Bob's rejected edit

        assertThat(bob.workspace.review().open()).as("Bob's queue:\n" + RecordHead.historyOf(bob, record)).isEmpty();
        assertThat(bob.workspace.sightings().find(record).orElseThrow().operatorType()).as("Bob's operator type")
                .isEqualTo(OperatorType.COMMUNITY);
        syncEveryone();
        syncEveryone();
        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            Sighting now = p.workspace.sightings().find(record).orElseThrow();
            assertThat(now.operatorType()).as(p.name + "'s operator type").isEqualTo(OperatorType.COMMUNITY);
            assertThat(now.height()).as(p.name + "'s height").isEqualTo(4.0);
        }
        sameEverywhere(record);
    }

    /**
     * Seed 63's shape: two coordinators move a camera at once. The author holds Sud's move, with
     * Nord's operator merged and Nord's move held back: a merge made here, which is no tip. Sud's next
     * edit, made on that same merge, came as a newcomer beside Nord's version, and whichever digest came
     * first was merged first: half the time the record switched to Nord's move while still including
     * Sud's, and the author's next edit, naming Sud's move as included, settled the question for Sud
     * with nobody asked. A tip made on the current revision now holds what the record holds. The
     * order depends on digests, so the shape is played on several records: each has its own.
     */
    @Test
    void aCoordinatorsEditOnTopOfTheMergeTheAuthorHoldsKeepsTheMoveTheAuthorHolds() {
        org.contrechamp.core.sighting.Position nord = org.contrechamp.core.sighting.Position.manual(48.8535, 2.3489);
        org.contrechamp.core.sighting.Position south = org.contrechamp.core.sighting.Position.manual(48.8545, 2.3468);
        for (int n = 0; n < 6; n++) {
            UUID record = alice.add(48.85 + n / 1000.0, 2.35).id();
            syncEveryone();
            syncEveryone();
            edit(sud, record, b -> b.position(south));
            sud.sync(repo);
            alice.sync(repo); // the author holds Sud's move
            edit(coord, record, b -> b.position(nord).operator("RATP")); // before Sud's move reaches him
            coord.sync(repo);
            sud.sync(repo); // Nord's operator merges, his move is a question: the same merge as the author's
            alice.sync(repo);
            edit(sud, record, b -> b.height(6.0)); // made on that merge
            sud.sync(repo);
            alice.sync(repo);

            Sighting held = alice.workspace.sightings().find(record).orElseThrow();
            assertThat(held.position().latitude()).as("the author's position, record " + n + ":\n"
                    + RecordHead.historyOf(alice, record)).isEqualTo(south.latitude());
            assertThat(held.height()).isEqualTo(6.0);
            assertThat(held.operator()).isEqualTo("RATP");
            edit(alice, record, b -> b.note("Vue sur le carrefour")); // names what her record includes
            syncEveryone();
            syncEveryone();
            assertThat(everyone.stream().anyMatch(p -> p.workspace.review().open().stream()
                    .anyMatch(i -> i.sightingId().equals(record))))
                    .as("the two moves are still a question somewhere, record " + n).isTrue();
        }
    }

    /**
     * Seeds 41 and 93's shape: a coordinator deletes a record, a volunteer changes its operator
     * meanwhile, and both coordinators decide that proposal: deleted, with an operator each types. The
     * two tombstones merged without a question ("nobody resolves a tombstone's fields"), so that once
     * the record was restored, one coordinator's operator was gone with nobody asked.
     */
    @Test
    void twoCoordinatorsOperatorsTypedOnADeletedRecordAreAQuestionBeforeItIsRestored() {
        UUID record = chloesRecordEveryoneHolds();
        coord.workspace.sightings().delete(record);
        coord.sync(repo);
        sud.sync(repo); // Sud holds the deletion
        edit(bob, record, b -> b.operator("Monoprix")); // before Bob reads the deletion: a proposal
        bob.sync(repo);
        coord.sync(repo);
        sud.sync(repo);
        coord.workspace.review().resolve(proposalFrom(coord, "Bob").id(), Resolution.of(Map.of(
                MergeField.DELETION, Choice.mine(), MergeField.of(SightingField.OPERATOR), Choice.typed("Franprix"))),
                "démontée ; c'était Franprix");
        sud.workspace.review().resolve(proposalFrom(sud, "Bob").id(), Resolution.of(Map.of(
                MergeField.DELETION, Choice.mine(), MergeField.of(SightingField.OPERATOR), Choice.typed("Carrefour"))),
                "démontée ; c'était Carrefour");
        syncEveryone();
        syncEveryone();

        List<ReviewItem> asked = new java.util.ArrayList<>(coord.workspace.review().open());
        asked.addAll(sud.workspace.review().open());
        assertThat(asked).as("the coordinators' queues:\n" + RecordHead.historyOf(coord, record) + "\n  Sud's:"
                        + RecordHead.historyOf(sud, record))
                .anySatisfy(i -> assertThat(i.decisions()).contains(MergeField.of(SightingField.OPERATOR)));

        // The coordinator keeps his operator; then he brings the camera back: everyone holds it so.
        for (ReviewItem item : coord.workspace.review().open()) {
            Map<MergeField, Choice> mine = new java.util.HashMap<>();
            item.decisions().forEach(f -> mine.put(f, Choice.mine()));
            coord.workspace.review().resolve(item.id(), Resolution.of(mine), "c'était bien Franprix");
        }
        syncEveryone();
        syncEveryone();
        for (ReviewItem item : sud.workspace.review().open()) {
            Map<MergeField, Choice> theirs = new java.util.HashMap<>();
            item.decisions().forEach(f -> theirs.put(f, Choice.theirs()));
            sud.workspace.review().resolve(item.id(), Resolution.of(theirs), "d'accord");
        }
        syncEveryone();
        syncEveryone();
        coord.workspace.sightings().restore(record);
        syncEveryone();
        syncEveryone();
        everyoneHoldsItLiveWithNothingOpen(record);
        assertThat(coord.workspace.sightings().find(record).orElseThrow().operator()).isEqualTo("Franprix");
    }

    /** Chloe, then Alice, delete Bob's record (two proposals); Alice then brings it back. */
    private UUID twoDeletionsThenARestoration() {
        UUID record = bob.add(48.85, 2.35).id();
        syncEveryone();
        syncEveryone(); // everyone before Bob in the round receives it in the second
        chloe.workspace.sightings().delete(record);
        chloe.sync(repo);
        alice.workspace.sightings().delete(record);
        alice.sync(repo); // Alice's deletion leaves; Chloe's, with the same values, merges here
        chloe.sync(repo); // Alice's deletion meets Chloe's own here
        alice.workspace.sightings().restore(record);
        alice.sync(repo);
        return record;
    }

    /** Bob, the author, rejects what is left for him (Chloe's deletion: Alice withdrew hers). */
    private void decideEverythingAsTheAuthor() {
        for (ReviewItem item : bob.workspace.review().open()) {
            bob.workspace.review().reject(item.id(), "elle est toujours là");
        }
        syncEveryone();
        syncEveryone();
    }

    /** A record of Chloe's that everyone holds. */
    private UUID chloesRecordEveryoneHolds() {
        UUID record = chloe.add(48.85, 2.35).id();
        syncEveryone();
        syncEveryone(); // everyone before Chloe in the round receives it in the second
        return record;
    }

    /** After two more rounds, everyone holds the record deleted, alike, with nothing left to decide. */
    private void everyoneHoldsItDeletedWithNothingOpen(UUID record) {
        syncEveryone();
        syncEveryone();
        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            assertThat(p.workspace.sightings().find(record)).as(p.name + "'s record, deleted").isEmpty();
        }
        sameEverywhere(record);
    }

    private void everyoneHoldsItLiveWithNothingOpen(UUID record) {
        for (Party p : everyone) {
            assertThat(p.workspace.review().open()).as(p.name + "'s queue").isEmpty();
            assertThat(p.workspace.sightings().find(record)).as(p.name + "'s record, live").isPresent();
        }
        sameEverywhere(record);
    }

    private void sameEverywhere(UUID record) {
        String expected = RecordHead.of(coord, record).orElseThrow().digest();
        for (Party p : everyone) {
            assertThat(RecordHead.of(p, record).map(RecordHead::digest)).as(p.name + "'s head:"
                    + RecordHead.historyOf(p, record) + "\n  the coordinator's:" + RecordHead.historyOf(coord, record))
                    .contains(expected);
        }
    }

    private static void edit(Party party, UUID record, UnaryOperator<Sighting.Builder> change) {
        Sighting held = party.workspace.sightings().find(record).orElseThrow();
        party.workspace.sightings().update(change.apply(held.toBuilder()).build());
    }

    private static ReviewItem proposalFrom(Party party, String signer) {
        return party.workspace.review().open().stream().filter(i -> i.signerName().equals(signer)).findFirst()
                .orElseThrow(() -> new AssertionError(party.name + " has no proposal from " + signer + ": "
                        + party.workspace.review().open()));
    }

    private static ReviewItem only(Party party) {
        assertThat(party.workspace.review().open()).as(party.name + "'s queue").hasSize(1);
        return party.workspace.review().open().get(0);
    }

    private Path onlyBundleOf(Party party) {
        return lastBundleOf(party);
    }

    /** The last bundle file a party signed into the repository. */
    private Path lastBundleOf(Party party) {
        String folder = party.identity().fingerprint().hex();
        try (var files = java.nio.file.Files.list(repo.resolve("bundles").resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .max(java.util.Comparator.comparingLong(SettledInAnyOrderTest::seqOf)).orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long seqOf(Path bundle) {
        String name = bundle.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('-')));
    }

    private void syncEveryone() {
        everyone.forEach(p -> p.sync(repo));
    }
}
