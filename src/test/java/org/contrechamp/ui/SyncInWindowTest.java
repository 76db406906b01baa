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

    private TextField field(String accessibleName) {
        return robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> accessibleName.equals(f.getAccessibleText())).findFirst().orElseThrow();
    }
}
