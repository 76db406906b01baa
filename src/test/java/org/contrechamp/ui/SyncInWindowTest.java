package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A volunteer's first sync from the window: a pseudonym, a folder repository, a signed bundle in it. */
class SyncInWindowTest {

    @TempDir
    Path dir;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(dir.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void theFirstSyncMakesAnIdentityAndPublishesASignedBundle() throws Exception {
        Path repository = dir.resolve("repo");
        app.workspace().sharing().initRepository(repository.toString(), "quartier");
        app.workspace().sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).operator("Mairie").build());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-field").queryAllAs(TextField.class)
                .stream().anyMatch(f -> "Pseudonym".equals(f.getAccessibleText()) && f.isVisible()));
        TextField location = field("Repository");
        TextField pseudonym = field("Pseudonym");
        robot.interact(() -> location.setText(repository.toString()));
        robot.interact(() -> pseudonym.setText("Hirondelle"));
        // (The dialog's own window does not take the headless robot's keys: its Enter is fired here.)
        robot.interact(() -> pseudonym.fireEvent(new javafx.event.ActionEvent()));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try (Stream<Path> files = Files.walk(repository.resolve("bundles"))) {
                return files.anyMatch(p -> p.toString().endsWith(".json"));
            }
        });
        assertThat(app.workspace().identity().show().name()).isEqualTo("Hirondelle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> repository.toString().equals(app.workspace().settings().load().repositoryLocation()));
    }

    /** Issue 12: a volunteer sees, in the window, what happened to their work ("confirmed by …"). */
    @Test
    void theReportSaysWhatTheCoordinatorDidToThisComputersSightings() throws Exception {
        Path repository = dir.resolve("repo");
        app.workspace().sharing().initRepository(repository.toString(), "quartier");
        app.workspace().identity().create("Hirondelle", new char[0]);
        java.util.UUID mine = app.workspace().sightings().create(Sighting.newAt(Position.manual(48.85, 2.35))
                .operator("Mairie").build()).id();
        app.workspace().sharing().sync(repository.toString(), null, org.contrechamp.core.common.Progress.NONE,
                org.contrechamp.core.common.Cancellation.NEVER);
        try (org.contrechamp.app.LocalWorkspace coordinator = org.contrechamp.app.LocalWorkspace.open(dir.resolve("desk"))) {
            coordinator.identity().create("Coordination Est", new char[0]);
            coordinator.trust().trust(app.workspace().identity().show());
            coordinator.sharing().sync(repository.toString(), null, org.contrechamp.core.common.Progress.NONE,
                    org.contrechamp.core.common.Cancellation.NEVER);
            coordinator.rechecks().confirm(mine, java.time.LocalDate.of(2026, 11, 30));
            coordinator.sharing().sync(repository.toString(), null, org.contrechamp.core.common.Progress.NONE,
                    org.contrechamp.core.common.Cancellation.NEVER);
            app.workspace().trust().trust(coordinator.identity().show(),
                    org.contrechamp.core.trust.TrustedKey.Role.COORDINATOR);
        }

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-field").queryAllAs(TextField.class)
                .stream().anyMatch(f -> "Repository".equals(f.getAccessibleText()) && f.isVisible()));
        TextField location = field("Repository");
        robot.interact(() -> location.setText(repository.toString()));
        robot.interact(() -> location.fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sync-report").tryQuery().isPresent());
        String report = robot.lookup("#sync-report").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(report).contains("Your sighting “Camera").contains("was confirmed by Coordination Est")
                .doesNotContain(mine.toString());
    }

    /** Issue 12: a coordinator signs the consolidated inventory from the window, as sync --publish does. */
    @Test
    void aCoordinatorSignsTheConsolidatedInventoryFromTheWindow() throws Exception {
        Path repository = dir.resolve("repo");
        app.workspace().sharing().initRepository(repository.toString(), "quartier");
        app.workspace().identity().create("Coordination Est", new char[0]);
        app.workspace().sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).operator("Mairie").build());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#sync-publish").tryQuery().isPresent());
        TextField location = field("Repository");
        robot.interact(() -> location.setText(repository.toString()));
        javafx.scene.control.CheckBox publish = robot.lookup("#sync-publish").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(publish.isSelected()).as("a volunteer's sync publishes nothing more").isFalse();
        robot.interact(() -> publish.setSelected(true));
        robot.interact(() -> location.fireEvent(new javafx.event.ActionEvent()));

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sync-report").tryQuery().isPresent());
        String report = robot.lookup("#sync-report").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(report).contains("Consolidated inventory: signed 1 bundle holding 1 record");
        try (Stream<Path> files = Files.walk(repository.resolve("bundles"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).count())
                    .as("the sync's own bundle and the consolidated one").isEqualTo(2);
        }
    }

    @Test
    void aVolunteersFirstSyncOffersNoPublication() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Y).release(KeyCode.Y, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-field").queryAllAs(TextField.class)
                .stream().anyMatch(f -> "Pseudonym".equals(f.getAccessibleText()) && f.isVisible()));
        assertThat(robot.lookup("#sync-publish").tryQuery()).as("no key yet to sign it with").isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private TextField field(String accessibleName) {
        return robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> accessibleName.equals(f.getAccessibleText())).findFirst().orElseThrow();
    }
}
