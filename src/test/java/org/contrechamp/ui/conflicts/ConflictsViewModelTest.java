package org.contrechamp.ui.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.ui.common.DirectTaskRunner;
import org.contrechamp.ui.common.QueuedTaskRunner;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.common.TaskRunner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConflictsViewModelTest {

    private static final MergeField OPERATOR = MergeField.of(SightingField.OPERATOR);
    private static final MergeField CAMERA_TYPE = MergeField.of(SightingField.CAMERA_TYPE);
    private static final MergeField MOUNT = MergeField.of(SightingField.MOUNT);
    private static final MergeField POSITION = MergeField.of(SightingField.POSITION);
    private static final MergeField DIRECTIONS = MergeField.of(SightingField.DIRECTIONS);

    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final StatusLine status = new StatusLine();
    private final AtomicInteger decidedCalls = new AtomicInteger();

    private ConflictsViewModel desk(FakeReviewService service, TaskRunner tasks) {
        ConflictsViewModel vm = new ConflictsViewModel(() -> service, tasks, messages, status,
                decidedCalls::incrementAndGet);
        vm.refresh();
        return vm;
    }

    private ConflictsViewModel desk(FakeReviewService service) {
        return desk(service, new DirectTaskRunner());
    }

    private static DeskRow row(ConflictsViewModel vm, MergeField field) {
        return vm.rows().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    @Nested
    class Showing {

        @Test
        void opensAtTheFirstItemWithEachFieldSideBySideAndNothingDecided() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.operatorConflict(1), DeskCases.PARIS.proposal(2)));

            assertThat(vm.currentProperty().get().item().id()).isEqualTo(1);
            assertThat(vm.positionProperty().get()).isEqualTo(1);
            DeskRow operator = row(vm, OPERATOR);
            assertThat(operator.label()).isEqualTo("Operator");
            assertThat(List.of(operator.base(), operator.mine(), operator.theirs(), operator.merged()))
                    .containsExactly("Ville de Paris", "RATP", "SNCF", "to decide");
            assertThat(operator.change()).isEqualTo(DeskRow.Change.CONFLICT);
            assertThat(operator.undecided()).isTrue();
            DeskRow mount = row(vm, MOUNT);
            assertThat(mount.decision()).as("changed by theirs only: merged by itself").isFalse();
            assertThat(mount.change()).isEqualTo(DeskRow.Change.THEIRS);
            assertThat(mount.merged()).isEqualTo("Wall");
            assertThat(row(vm, MergeField.of(SightingField.PHOTOS)).merged()).isEqualTo("3 photos");
            assertThat(row(vm, MergeField.extraTag("name")).change()).isEqualTo(DeskRow.Change.SAME);
            assertThat(vm.readyProperty().get()).isFalse();
            assertThat(vm.focusedProperty().get()).as("the first line to decide, in the lines' order")
                    .isEqualTo(CAMERA_TYPE);
        }

        @Test
        void aProposalMarksEveryChangeAsProposedAndSaysHowFarTheCameraMoved() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.proposal(2)));

            DeskRow position = row(vm, POSITION);
            assertThat(position.change()).isEqualTo(DeskRow.Change.PROPOSED);
            assertThat(position.theirs()).contains("48.85870, 2.35230").contains("13\u00a0m away");
            assertThat(row(vm, CAMERA_TYPE).theirs()).isEqualTo("Panning (PTZ)");
            assertThat(row(vm, MergeField.of(SightingField.DIRECTIONS)).theirs()).isEqualTo("120°");
        }

        @Test
        void withoutAReviewQueueTheDeskIsEmptyAndSaysSo() {
            ConflictsViewModel vm = new ConflictsViewModel(() -> null, new DirectTaskRunner(), messages, status, () -> { });
            vm.refresh();

            assertThat(vm.loadedProperty().get()).isTrue();
            assertThat(vm.items()).isEmpty();
            assertThat(vm.currentProperty().get()).isNull();
            vm.next();
            vm.chooseMine();
            vm.decide(); // nothing to act on: nothing happens, nothing breaks
            assertThat(vm.rows()).isEmpty();
        }

        @Test
        void theNextItemIsShownFromTheCaseReadAheadWithoutWaitingForTheQueue() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.operatorConflict(1), DeskCases.PARIS.proposal(2),
                    DeskCases.PARIS.deletionAgainstEdit(3));
            QueuedTaskRunner tasks = new QueuedTaskRunner();
            ConflictsViewModel vm = desk(service, tasks);
            tasks.runAll(); // the queue, the first case, and the cases after it, read ahead

            vm.next(); // no background work runs before the check

            assertThat(vm.currentProperty().get().item().id()).isEqualTo(2);
            assertThat(vm.loadingProperty().get()).isFalse();
            assertThat(row(vm, POSITION).change()).isEqualTo(DeskRow.Change.PROPOSED);
            tasks.runAll();
            assertThat(service.timesShown(2)).as("read once, ahead").isEqualTo(1);
        }

        @Test
        void anItemThatCannotBeShownAnyMoreLeavesTheDeskAndTheNextOneComes() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.operatorConflict(1), DeskCases.PARIS.proposal(2),
                    DeskCases.PARIS.deletionAgainstEdit(3));
            service.vanishOnShow(1);
            service.vanishOnShow(3);

            ConflictsViewModel vm = desk(service);

            assertThat(vm.items()).extracting(ReviewItem::id).containsExactly(2L);
            assertThat(vm.currentProperty().get().item().id()).isEqualTo(2);
            assertThat(vm.positionProperty().get()).isEqualTo(1);
            assertThat(status.textProperty().get()).startsWith("This item was decided elsewhere meanwhile");
        }
    }

    @Nested
    class Choosing {

        @Test
        void theirsShowsTheirValueInTheResultAndTheKeysMoveToTheNextLineToDecide() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.operatorConflict(1)));
            vm.focus(OPERATOR);

            vm.chooseTheirs();

            assertThat(row(vm, OPERATOR).merged()).isEqualTo("SNCF");
            assertThat(row(vm, OPERATOR).choice()).isEqualTo(Choice.theirs());
            assertThat(vm.focusedProperty().get()).isEqualTo(CAMERA_TYPE);
            vm.chooseMine();
            assertThat(row(vm, CAMERA_TYPE).merged()).isEqualTo("Fixed");
            assertThat(vm.readyProperty().get()).isTrue();
            vm.clearChoice();
            assertThat(row(vm, CAMERA_TYPE).merged()).isEqualTo("to decide");
            assertThat(vm.readyProperty().get()).isFalse();
        }

        @Test
        void aTypedValueTooLongStaysTypedWithItsProblemAndBlocksTheDecision() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.operatorConflict(1));
            ConflictsViewModel vm = desk(service);
            vm.chooseAllMine();
            vm.focus(OPERATOR);
            vm.startTyping();
            assertThat(vm.typingStart()).as("starts from this side's value").isEqualTo("RATP");

            boolean kept = vm.type("x".repeat(300));

            assertThat(kept).isFalse();
            assertThat(vm.editingProperty().get()).as("still open to correct it").isEqualTo(OPERATOR);
            assertThat(row(vm, OPERATOR).problem()).isEqualTo("is too long (300 characters, at most 255)");
            assertThat(row(vm, OPERATOR).standing()).as("refused, not shown as decided")
                    .isEqualTo(DeskRow.Standing.REFUSED);
            assertThat(status.textProperty().get()).startsWith("Operator: is too long");
            assertThat(vm.readyProperty().get()).isFalse();
            vm.decide();
            assertThat(service.calls).as("nothing stored").isEmpty();

            assertThat(vm.type("  Préfecture de police ")).isTrue();
            assertThat(row(vm, OPERATOR).merged()).isEqualTo("Préfecture de police");
            assertThat(row(vm, OPERATOR).problem()).isNull();
            assertThat(row(vm, OPERATOR).standing()).isEqualTo(DeskRow.Standing.DECIDED);
            assertThat(status.textProperty().get()).as("the refusal, corrected, is no longer said").isEmpty();
            assertThat(vm.editingProperty().get()).isNull();
            assertThat(vm.readyProperty().get()).isTrue();
        }

        @Test
        void cancellingTheTypingPutsBackTheChoiceMadeBefore() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.operatorConflict(1)));
            vm.focus(OPERATOR);
            vm.chooseTheirs();
            vm.focus(OPERATOR);
            vm.startTyping();
            vm.type("y".repeat(256));

            vm.cancelTyping();

            assertThat(status.textProperty().get()).as("the value refused is gone, and so is its refusal").isEmpty();
            assertThat(vm.editingProperty().get()).isNull();
            assertThat(row(vm, OPERATOR).choice()).isEqualTo(Choice.theirs());
            assertThat(row(vm, OPERATOR).problem()).isNull();
            assertThat(row(vm, OPERATOR).merged()).isEqualTo("SNCF");
        }

        @Test
        void theReasonTypingWasRefusedLeavesWithItsItem() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.directionsConflict(1),
                    DeskCases.PARIS.proposal(2)));
            vm.focus(POSITION);
            vm.startTyping();
            assertThat(status.textProperty().get()).startsWith("Position: takes one of the two versions");

            vm.next();

            // Red under the next item, it would read as a refusal of that item.
            assertThat(vm.currentProperty().get().item().id()).isEqualTo(2);
            assertThat(status.textProperty().get()).isEmpty();
        }

        @Test
        void typingIsRefusedForAPositionWithTheReason() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.directionsConflict(1)));
            vm.focus(DIRECTIONS);
            assertThat(vm.focusedTypeableProperty().get()).as("directions are typed as their tag").isTrue();
            vm.focus(POSITION);
            assertThat(vm.focusedTypeableProperty().get()).as("a position is more than two numbers").isFalse();

            vm.startTyping();

            assertThat(vm.editingProperty().get()).isNull();
            assertThat(status.severityProperty().get()).isEqualTo(StatusLine.Severity.ERROR);
            assertThat(status.textProperty().get()).isEqualTo(
                    "Position: takes one of the two versions (M or T); change it afterwards on the Sightings page");
        }

        @Test
        void typingAFieldThisSideEmptiedStartsFromTheOtherSidesValue() {
            Sighting base = DeskCases.PARIS.base(1);
            ReviewCase c = DeskCases.merged(1, ReviewKind.CONFLICT, "Alice", Version.of(base),
                    Version.of(base.toBuilder().operator(null).build()),
                    Version.of(base.toBuilder().operator("SNCF").build()));
            ConflictsViewModel vm = desk(new FakeReviewService(c));
            vm.focus(OPERATOR);
            vm.startTyping();
            assertThat(vm.typingStart()).as("nothing here to start from: the other side's value").isEqualTo("SNCF");
        }

        @Test
        void directionsAreTypedAsTheirTagAndAnUnreadableOneStaysTypedWithItsProblem() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.directionsConflict(1));
            ConflictsViewModel vm = desk(service);
            vm.focus(POSITION);
            vm.chooseTheirs();
            vm.focus(DIRECTIONS);
            vm.startTyping();
            assertThat(vm.typingStart()).as("this side's value, as its tag is written").isEqualTo("45");

            assertThat(vm.type("towards the bakery")).isFalse();
            assertThat(row(vm, DIRECTIONS).problem()).startsWith("cannot read the direction “towards the bakery”");
            assertThat(row(vm, DIRECTIONS).merged()).isEqualTo("towards the bakery");
            assertThat(vm.readyProperty().get()).isFalse();

            assertThat(vm.type("NE;S")).isTrue();
            assertThat(row(vm, DIRECTIONS).merged()).isEqualTo("45°, 180°");
            // The map draws the result as it stands, typed directions included.
            assertThat(vm.resultProperty().get().values().directions()).extracting(d -> d.toTag())
                    .containsExactly("45", "180");
            vm.decide();

            assertThat(service.calls).extracting(FakeReviewService.Call::method).containsExactly("resolve");
            assertThat(service.stored.get(1L).values().directions()).extracting(d -> d.toTag())
                    .containsExactly("45", "180");
        }

        @Test
        void choicesAndCommentsStayWithTheirItemWhenMovingBackAndForth() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.operatorConflict(1), DeskCases.PARIS.proposal(2)));
            vm.focus(OPERATOR);
            vm.chooseTheirs();
            vm.commentProperty().set("asked the town hall");

            vm.next();
            assertThat(vm.commentProperty().get()).isEmpty();
            assertThat(vm.rows()).noneMatch(r -> r.choice() != null);
            vm.previous();

            assertThat(row(vm, OPERATOR).choice()).isEqualTo(Choice.theirs());
            assertThat(vm.commentProperty().get()).isEqualTo("asked the town hall");
        }

        @Test
        void keepingADeletionMakesTheOtherLinesMoot() {
            ConflictsViewModel vm = desk(new FakeReviewService(DeskCases.PARIS.deletionWithFieldConflict(4)));
            assertThat(vm.focusedProperty().get()).isEqualTo(MergeField.DELETION);
            assertThat(row(vm, MergeField.DELETION).mine()).isEqualTo("Deleted");
            assertThat(row(vm, MergeField.DELETION).theirs()).isEqualTo("Exists");

            vm.chooseMine();

            assertThat(row(vm, OPERATOR).needed()).isFalse();
            assertThat(row(vm, OPERATOR).merged()).isEqualTo("not needed: the sighting is deleted");
            assertThat(vm.readyProperty().get()).isTrue();
        }
    }

    @Nested
    class Deciding {

        @Test
        void mixedChoicesAreResolvedWithTheComment() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.operatorConflict(1), DeskCases.PARIS.proposal(2));
            ConflictsViewModel vm = desk(service);
            vm.focus(OPERATOR);
            vm.startTyping();
            vm.type("Ville de Paris");
            vm.focus(CAMERA_TYPE);
            vm.chooseTheirs();
            vm.commentProperty().set("  the sign on the pole says so ");

            vm.decide();

            assertThat(service.calls).containsExactly(new FakeReviewService.Call("resolve", 1,
                    Resolution.of(Map.of(OPERATOR, Choice.typed("Ville de Paris"), CAMERA_TYPE, Choice.theirs())),
                    "the sign on the pole says so"));
            assertThat(service.stored.get(1L).values().cameraType()).isEqualTo(CameraType.PANNING);
            assertThat(status.textProperty().get()).isEqualTo("Decided (revision 4): 1 field taken from Alice, "
                    + "nothing kept as here, 1 value typed. It goes out with the next sync.");
            assertThat(vm.items()).extracting(ReviewItem::id).containsExactly(2L);
            assertThat(vm.currentProperty().get().item().id()).as("the desk moves on").isEqualTo(2);
            assertThat(vm.commentProperty().get()).isEmpty();
            assertThat(decidedCalls.get()).isEqualTo(1);
            // The next item is first of one now: the count of decided ones says the desk moved on.
            assertThat(vm.positionProperty().get()).isEqualTo(1);
            assertThat(vm.decidedCountProperty().get()).isEqualTo(1);
        }

        @Test
        void theirsEverywhereAcceptsAProposalAndYoursEverywhereKeepsYourVersion() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.proposal(2), DeskCases.PARIS.operatorConflict(1));
            ConflictsViewModel vm = desk(service);

            vm.chooseAllTheirs();
            assertThat(status.textProperty().get()).startsWith("Bob’s version chosen on every line");
            vm.decide();
            assertThat(status.textProperty().get()).isEqualTo(
                    "Bob’s proposal is applied (revision 4); it goes out with the next sync.");
            vm.chooseAllMine();
            vm.decide();

            assertThat(service.calls).extracting(FakeReviewService.Call::method, FakeReviewService.Call::id,
                    FakeReviewService.Call::comment).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("accept", 2L, ""),
                    org.assertj.core.groups.Tuple.tuple("reject", 1L, ""));
            assertThat(status.textProperty().get()).isEqualTo(
                    "Your version kept on all 2 lines to decide (revision 4); Alice gets it with the next sync.");
            assertThat(vm.items()).isEmpty();
            assertThat(vm.currentProperty().get()).isNull();
        }

        @Test
        void aDecisionOnACameraSomeoneElseCreatedSaysItTravelsAsAProposal() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.operatorConflict(1),
                    DeskCases.PARIS.operatorConflict(3));
            ConflictsViewModel vm = desk(service);
            AtomicInteger asked = new AtomicInteger();
            vm.sayWhoseRecord(id -> asked.getAndIncrement() == 0
                    ? new org.contrechamp.core.provenance.Person("ab", "Alice", false)
                    : new org.contrechamp.core.provenance.Person("cd", "Coord", true));

            vm.chooseAllMine();
            vm.decide();
            assertThat(status.textProperty().get()).endsWith("This sighting was created by Alice: where your key is "
                    + "trusted as a volunteer’s, your decision travels as a proposal for Alice or a coordinator.");
            vm.chooseAllMine();
            vm.decide();
            assertThat(status.textProperty().get()).as("one of this computer's own").doesNotContain("created by");
        }

        @Test
        void aLineStillOpenIsNamedAndFocusedAndNothingIsStored() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.operatorConflict(1));
            ConflictsViewModel vm = desk(service);
            vm.focus(CAMERA_TYPE);
            vm.chooseMine();
            vm.focus(CAMERA_TYPE);

            vm.decide();

            assertThat(service.calls).isEmpty();
            assertThat(vm.focusedProperty().get()).isEqualTo(OPERATOR);
            assertThat(status.textProperty().get()).isEqualTo(
                    "Operator: is still to decide: choose which version to keep");
        }

        @Test
        void anItemDecidedElsewhereMeanwhileIsSaidAndLeavesTheDesk() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.operatorConflict(1), DeskCases.PARIS.proposal(2));
            ConflictsViewModel vm = desk(service);
            vm.chooseAllTheirs();
            service.closeElsewhere(1);

            vm.decide();

            assertThat(service.calls).isEmpty();
            assertThat(status.severityProperty().get()).isEqualTo(StatusLine.Severity.ERROR);
            assertThat(vm.items()).extracting(ReviewItem::id).containsExactly(2L);
            assertThat(vm.currentProperty().get().item().id()).isEqualTo(2);
            assertThat(decidedCalls.get()).isZero();
        }

        @Test
        void aDeletionKeptIsDecidedWithTheOnlyChoiceThatMatters() {
            FakeReviewService service = new FakeReviewService(DeskCases.PARIS.deletionWithFieldConflict(4));
            ConflictsViewModel vm = desk(service);
            vm.chooseMine();

            vm.decide();

            assertThat(service.calls).extracting(FakeReviewService.Call::method, FakeReviewService.Call::resolution)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("resolve",
                            Resolution.of(Map.of(MergeField.DELETION, Choice.mine()))));
            assertThat(service.stored.get(4L).deleted()).isTrue();
        }
    }
}
