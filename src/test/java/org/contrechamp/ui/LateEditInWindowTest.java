package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.identity.KeyCard;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The To decide page in the whole window, over real data directories: Bob's edit of a sighting the
 * coordinator had merged into Alice's camera is said as a late edit of a merged record (into which
 * record, by whom, what it changed), and A carries it to the survivor, with a comment.
 */
class LateEditInWindowTest {

    @TempDir
    Path root;
    ContrechampApp app;
    final FxRobot robot = new FxRobot();
    UUID survivor;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            WindowUnderTest.stop(app);
        }
    }

    private static void sync(LocalWorkspace w, Path repo) {
        w.sharing().sync(repo.toString(), null, Progress.NONE, Cancellation.NEVER);
    }

    private static void trust(LocalWorkspace who, LocalWorkspace whom, TrustedKey.Role role) {
        who.trust().trust(KeyCard.read("card", KeyCard.toJson(whom.identity().show()).toString(), null), role);
    }

    /** The coordinator's data directory, holding the conflict. */
    private Path aLateEditAtTheCoordinators() {
        Path data = aLateEditWaitingInTheRepository();
        try (LocalWorkspace coord = LocalWorkspace.open(data)) {
            sync(coord, root.resolve("repo"));
        }
        return data;
    }

    /** The coordinator's data directory, its next sync to bring Bob's late edit; the repository remembered. */
    private Path aLateEditWaitingInTheRepository() {
        Path repo = root.resolve("repo");
        try (LocalWorkspace alice = LocalWorkspace.open(root.resolve("alice"));
                LocalWorkspace bob = LocalWorkspace.open(root.resolve("bob"));
                LocalWorkspace coord = LocalWorkspace.open(root.resolve("coord"))) {
            alice.identity().create("Alice", null);
            bob.identity().create("Bob", null);
            coord.identity().create("Coord", null);
            coord.sharing().initRepository(repo.toString(), "Campagne");
            for (LocalWorkspace volunteer : new LocalWorkspace[] {alice, bob}) {
                trust(volunteer, coord, TrustedKey.Role.COORDINATOR);
                trust(coord, volunteer, null);
            }
            // The older record survives a merge: Alice's is made older so that it does whatever the ids.
            survivor = alice.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35))
                    .cameraType(CameraType.DOME).createdAt(Instant.now().minusSeconds(3600)).build()).id();
            UUID merged = bob.sightings().create(Sighting.newAt(Position.manual(48.85001, 2.35001)).build()).id();
            sync(alice, repo);
            sync(bob, repo);
            sync(coord, repo);
            coord.duplicates().merge(survivor, merged);
            sync(coord, repo);
            Sighting atBob = bob.sightings().find(merged).orElseThrow();
            bob.sightings().update(atBob.toBuilder().note("two lenses").build());
            sync(bob, repo);
            coord.settings().save(coord.settings().load().withRepositoryLocation(repo.toString()));
        }
        return root.resolve("coord");
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String visibleText(String id) {
        return robot.lookup("#" + id).tryQueryAs(Label.class).filter(Node::isVisible).map(Label::getText).orElse("");
    }

    @Test
    void theLateEditSaysMergedIntoByWhomAndAAppliesItToTheSurvivor() throws Exception {
        Path data = aLateEditAtTheCoordinators();
        app = WindowUnderTest.start(data);
        waitUntil(() -> robot.lookup("#nav-conflicts").tryQueryAs(ToggleButton.class)
                .map(b -> b.getText().equals("To decide (1)")).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !visibleText("late-edit-explanation").isEmpty());
        assertThat(visibleText("late-edit-explanation")).isEqualTo("Bob edited this sighting (Note) after Coord (you)"
                + " merged it into “Camera · Dome · id " + survivor.toString().substring(0, 8) + "…”. Apply the edit to"
                + " “Camera · Dome · id " + survivor.toString().substring(0, 8) + "…”, or discard it: this sighting"
                + " stays merged either way.");

        robot.type(KeyCode.C);
        robot.write("Bob looked again", 0);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.A);
        waitUntil(() -> robot.lookup("#status-text").queryLabeled().getText().startsWith("The edit went to"));
        assertThat(robot.lookup("#status-text").queryLabeled().getText()).isEqualTo("The edit went to “Camera · Dome · id "
                + survivor.toString().substring(0, 8) + "…” (Note); this sighting stays merged. Both leave with the next sync.");
        waitUntil(() -> robot.lookup("#nav-conflicts").queryAs(ToggleButton.class).getText().equals("To decide (0)"));
        // What the window stored, read once it is closed (a data directory is opened by one program at a time).
        WindowUnderTest.stop(app);
        app = null;
        try (LocalWorkspace held = LocalWorkspace.open(data)) {
            assertThat(held.sightings().find(survivor).orElseThrow().note()).isEqualTo("two lenses");
            assertThat(held.audit().about(survivor)).anySatisfy(d -> assertThat(d.comment()).isEqualTo("Bob looked again"));
            assertThat(held.review().open()).isEmpty();
        }
    }

    @Test
    void theSyncReportCountsTheLateEditApartFromConflicts() throws Exception {
        app = WindowUnderTest.start(aLateEditWaitingInTheRepository());
        robot.lookup("#nav-conflicts").queryAs(ToggleButton.class);
        robot.interact(() -> app.window().root().lookupAll(".menu-bar").forEach(bar ->
                ((MenuBar) bar).getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "menu.sync".equals(i.getId())).findFirst().ifPresent(MenuItem::fire)));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#sync-report").tryQuery().isPresent());
        String report = robot.lookup("#sync-report").queryAs(TextArea.class).getText();
        assertThat(report).contains("1 late edit of a merged record to decide").doesNotContain("Conflict:");
    }
}
