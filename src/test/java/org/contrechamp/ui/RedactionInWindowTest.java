package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.contrechamp.core.bundle.Redaction;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.testing.TestPhotos;
import org.contrechamp.ui.photo.PhotoViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Hiding a face in a photo from the review queue: the box is stored as a fraction of the upright photo. */
class RedactionInWindowTest {

    @TempDir
    Path data;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void aBoxDrawnOverThePhotoIsKeptForTheSharedCopy() throws Exception {
        Path photo = data.resolve("IMG_0001.jpg");
        Files.write(photo, TestPhotos.jpeg().size(800, 600).gps(48.85, 2.35).bytes());
        app.workspace().photoImport().importPaths(List.of(photo), ImportOptions.from(Settings.DEFAULTS)
                .withZone(ZoneOffset.UTC), Progress.NONE, Cancellation.NEVER);
        String sha = app.workspace().sightings().listLive().get(0).photos().get(0);
        robot.interact(() -> app.window().sightings().load());
        robot.interact(() -> app.window().openReview());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.window().review().currentPhotos().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) ->
                b.getText() != null && b.getText().startsWith("Large")).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".photo-viewer").queryAll().size() == 2);
        PhotoViewer viewer = robot.lookup(".photo-viewer").queryAllAs(PhotoViewer.class).stream()
                .filter(v -> v.getScene().getWindow() != app.window().root().getScene().getWindow()).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewer.shownBounds().getWidth() > 100);
        robot.type(KeyCode.H);
        // Drag over the middle half of the photo.
        Bounds shown = viewer.localToScreen(viewer.shownBounds());
        Point2D from = new Point2D(shown.getMinX() + shown.getWidth() * 0.25, shown.getMinY() + shown.getHeight() * 0.25);
        Point2D to = new Point2D(shown.getMinX() + shown.getWidth() * 0.75, shown.getMinY() + shown.getHeight() * 0.75);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) ->
                "Save the boxes".equals(b.getText())).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.workspace().sharing().redactions(sha).isEmpty());
        Redaction box = app.workspace().sharing().redactions(sha).get(0);
        assertThat(box.x()).isCloseTo(0.25, within(0.03));
        assertThat(box.y()).isCloseTo(0.25, within(0.03));
        assertThat(box.width()).isCloseTo(0.5, within(0.03));
        assertThat(box.height()).isCloseTo(0.5, within(0.03));
    }
}
