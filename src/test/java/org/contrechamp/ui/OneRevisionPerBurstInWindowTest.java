package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Six presses of → in the review turn the camera by 30° and make one stored revision, not six; each
 * press stays one undo step; presses not yet stored when the window closes are stored on the way out.
 */
class OneRevisionPerBurstInWindowTest {

    @TempDir
    Path data;
    @TempDir
    Path photos;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
        Files.write(photos.resolve("pole.jpg"), TestPhotos.jpeg().colour(0x405060).gps(43.7312, 7.4201)
                .takenAt("2024:05:01 10:00:00", null).bytes());
        app.workspace().photoImport().importPaths(List.of(photos),
                ImportOptions.from(Settings.DEFAULTS).withZone(ZoneOffset.UTC), Progress.NONE, Cancellation.NEVER);
        robot.interact(() -> app.window().sightings().load());
        waitUntil(() -> app.window().review().drafts().size() == 1);
        robot.interact(() -> app.window().openReview());
        waitUntil(() -> app.window().review().currentProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private Sighting stored() {
        return app.workspace().sightings().listLive().get(0);
    }

    private String storedBearing() {
        return stored().directions().isEmpty() ? "" : stored().directions().get(0).toTag();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sixPressesMakeOneRevisionAndEachPressIsUndoneOnItsOwn() throws Exception {
        long before = stored().revision();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.RIGHT);
        }
        assertThat(app.window().review().currentProperty().get().directions().get(0).toTag())
                .as("the screen follows each press at once").isEqualTo("30");
        waitUntil(() -> !app.window().sightings().saving() && "30".equals(storedBearing()));
        assertThat(stored().revision()).as("one revision for the burst").isEqualTo(before + 1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(app.window().review().currentProperty().get().directions().get(0).toTag())
                .as("one undo takes back one press").isEqualTo("25");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !app.window().sightings().saving() && "20".equals(storedBearing()));
        assertThat(stored().revision()).as("two undos in a burst, one more revision").isEqualTo(before + 2);
    }

    @Test
    void pressesHeldForThePauseAreStoredWhenTheWindowCloses() throws Exception {
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        FxToolkit.cleanupApplication(app);
        try (var reopened = LocalWorkspace.open(data)) {
            assertThat(reopened.sightings().listLive().get(0).directions().get(0).toTag()).isEqualTo("10");
        }
        ContrechampApp.prepare(new UiEnvironment(data, LocalWorkspace::open));
        app = (ContrechampApp) FxToolkit.setupApplication(ContrechampApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null);
    }
}
