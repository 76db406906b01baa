package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.ui.conflicts.DeskCases;
import org.contrechamp.ui.conflicts.FakeReviewService;
import org.contrechamp.ui.conflicts.WorkspaceWithReview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A coordinator's evening at the conflicts desk, by keyboard only, in the whole window: a conflict on
 * the operator and the camera type (a typed value refused, then corrected, a comment), a proposal
 * accepted whole, a deletion against an edit kept, then the empty desk.
 */
class ConflictsDeskTest {

    @TempDir
    Path data;
    ContrechampApp app;
    FxRobot robot = new FxRobot();
    FakeReviewService queue = new FakeReviewService(DeskCases.PARIS.operatorConflict(1), DeskCases.PARIS.proposal(2),
            DeskCases.PARIS.deletionAgainstEdit(3));

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        ContrechampApp.prepare(new UiEnvironment(data, dir -> new WorkspaceWithReview(LocalWorkspace.open(dir), queue)));
        app = (ContrechampApp) FxToolkit.setupApplication(ContrechampApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(KeyCode... codes) {
        for (KeyCode code : codes) {
            robot.type(code);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void with(KeyCode modifier, KeyCode code) {
        robot.press(modifier, code).release(code, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String selector) {
        return robot.lookup(selector).queryLabeled().getText();
    }

    private boolean showing(String textStart) {
        return robot.lookup((Node n) -> n instanceof Label l && l.isVisible() && l.getText() != null
                && l.getText().startsWith(textStart) && l.getScene() != null).tryQuery().isPresent();
    }

    /** Whether a label of the desk's lines starting so is inside the part of them in view. */
    private boolean inViewOfTheLines(String textStart) {
        javafx.scene.control.ScrollPane lines = robot.lookup(".desk-lines").queryAs(javafx.scene.control.ScrollPane.class);
        Label label = robot.from(lines).lookup((Node n) -> n instanceof Label l && l.isVisible() && l.getText() != null
                && l.getText().startsWith(textStart)).queryAs(Label.class);
        javafx.geometry.Bounds view = lines.localToScene(lines.getLayoutBounds());
        javafx.geometry.Bounds seen = label.localToScene(label.getLayoutBounds());
        return seen.getMinY() >= view.getMinY() && seen.getMaxY() <= view.getMaxY();
    }

    /** The desk's button in the window's navigation bar, once the window is laid out. */
    private java.util.Optional<ToggleButton> deskTab() {
        return robot.lookup("#nav-conflicts").tryQueryAs(ToggleButton.class);
    }

    private javafx.scene.control.Button typeButton() {
        return robot.lookup((Node n) -> n instanceof javafx.scene.control.Button b
                && "Type the value  (E / Enter)".equals(b.getText())).queryAs(javafx.scene.control.Button.class);
    }

    private String deskTabText() {
        return deskTab().map(ToggleButton::getText).orElse("");
    }

    @Test
    void threeItemsDecidedByKeyboardOnly() throws Exception {
        waitUntil(() -> deskTabText().equals("To decide (3)"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> deskTab().orElseThrow().isSelected() && showing("Conflict · 1 of 3 to decide"));
        assertThat(showing("Alice and this computer changed 2 fields differently")).isTrue();

        // Camera type: theirs. The keys move on to the operator: typed, too long, refused, then corrected.
        keys(KeyCode.T);
        assertThat(typeButton().isDisabled()).as("Type on the operator's line").isFalse();
        keys(KeyCode.E);
        robot.write("x".repeat(260), 0); // replaces this side's value, selected as the field opens
        keys(KeyCode.ENTER);
        waitUntil(() -> showing("is too long (260 characters, at most 255)"));
        assertThat(queue.calls).isEmpty();
        // Its line shows the value's start, not 260 characters wrapped taller than the pane, and its
        // name and what it waits for stay in view.
        assertThat(showing("x".repeat(40) + "…")).isTrue();
        assertThat(showing("x".repeat(41))).isFalse();
        assertThat(inViewOfTheLines("conflict · value refused: correct it or press Esc")).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Prefecture de police", 0);
        keys(KeyCode.ENTER);
        waitUntil(() -> showing("All decided."));
        // A comment, then back to the desk's keys, and the decision.
        keys(KeyCode.C);
        robot.write("sign on the pole", 0);
        keys(KeyCode.ENTER);
        with(KeyCode.CONTROL, KeyCode.ENTER);

        waitUntil(() -> showing("Proposal · 1 of 2 to decide · 1 decided"));
        Label counter = robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Proposal · 1 of 2")).queryAs(Label.class);
        assertThat(counter.getWidth()).as("the counter reads whole").isGreaterThanOrEqualTo(counter.prefWidth(-1) - 0.5);
        assertThat(queue.calls).containsExactly(new FakeReviewService.Call("resolve", 1, Resolution.of(Map.of(
                MergeField.of(SightingField.CAMERA_TYPE), Choice.theirs(),
                MergeField.of(SightingField.OPERATOR), Choice.typed("Prefecture de police"))), "sign on the pole"));
        assertThat(text("#status-text")).startsWith("Decided (revision 4): 1 field taken from Alice");
        assertThat(deskTabText()).isEqualTo("To decide (2)");
        assertThat(showing("A proposal by Bob, who is neither the author")).isTrue();
        assertThat(showing("Reason given on Bob’s side: “seen from the bus stop”")).isTrue();

        // The proposal: theirs everywhere is accepting it.
        with(KeyCode.SHIFT, KeyCode.T);
        with(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> showing("Conflict · 1 of 1 to decide"));
        assertThat(queue.calls.get(1)).extracting(FakeReviewService.Call::method, FakeReviewService.Call::id)
                .containsExactly("accept", 2L);
        assertThat(text("#status-text")).isEqualTo("Bob’s proposal is applied (revision 4); it goes out with the next sync.");

        // Deleted there, edited here: the deletion is no text to type; the sighting is kept.
        // Its Type button is off, and E says which keys decide it rather than "is not a text".
        assertThat(typeButton().isDisabled()).isTrue();
        keys(KeyCode.E);
        assertThat(text("#status-text")).isEqualTo(
                "Deleted or kept: takes one of the two versions (M or T); change it afterwards on the Sightings page");
        keys(KeyCode.M);
        int readsOfTheQueue = queue.opened;
        with(KeyCode.CONTROL, KeyCode.ENTER);

        // The queue is read again after a decision: waited for, so that nothing is left running at the end.
        waitUntil(() -> showing("Nothing to decide.") && queue.opened > readsOfTheQueue);
        assertThat(queue.calls.get(2)).extracting(FakeReviewService.Call::method, FakeReviewService.Call::id)
                .containsExactly("reject", 3L);
        assertThat(queue.stored.get(3L).deleted()).isFalse();
        assertThat(deskTabText()).isEqualTo("To decide (0)");
    }

    @Test
    void aDecisionTakenFromTheCommentFieldGivesTheKeysBackToTheDesk() throws Exception {
        waitUntil(() -> deskTabText().equals("To decide (3)"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> showing("Conflict · 1 of 3 to decide"));
        with(KeyCode.SHIFT, KeyCode.T);
        keys(KeyCode.C);
        robot.write("seen there", 0);
        with(KeyCode.CONTROL, KeyCode.ENTER); // straight from the comment, without Enter first

        waitUntil(() -> showing("Proposal · 1 of 2 to decide"));
        // The next item's keys work at once: T takes the proposal's value, it is not typed as a comment.
        with(KeyCode.SHIFT, KeyCode.T);
        waitUntil(() -> showing("All decided."));
        assertThat(robot.lookup(".text-field").queryAllAs(javafx.scene.control.TextField.class))
                .allSatisfy(field -> assertThat(field.getText()).doesNotContain("T"));
    }
}
