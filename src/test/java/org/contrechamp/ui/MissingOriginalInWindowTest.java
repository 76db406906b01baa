package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.testing.TestPhotos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A photo whose original was deleted from the data directory: the window says so where the photo would be. */
class MissingOriginalInWindowTest {

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

    /** The texts the photo viewers show in place of (or over) a photo. */
    private List<String> shownTexts() {
        return robot.lookup(".photo-placeholder").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }

    @Test
    void withItsThumbnailLeftTheReviewShowsItAndSaysTheOriginalIsMissing() throws Exception {
        Path photo = data.resolve("IMG_0043.jpg");
        Files.write(photo, TestPhotos.jpeg().size(800, 600).gps(48.85, 2.35).bytes());
        app.workspace().photoImport().importPaths(List.of(photo), ImportOptions.from(Settings.DEFAULTS)
                .withZone(ZoneOffset.UTC), Progress.NONE, Cancellation.NEVER);
        String sha = app.workspace().sightings().listLive().get(0).photos().get(0);
        Files.delete(new PhotoFileStore(app.workspace().dataDirectory()).original(sha));

        robot.interact(() -> app.window().sightings().load());
        robot.interact(() -> app.window().openReview());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTexts().stream().anyMatch(t -> t.contains("IMG_0043.jpg")));
        org.contrechamp.ui.photo.PhotoViewer viewer = robot.lookup(".photo-viewer")
                .queryAs(org.contrechamp.ui.photo.PhotoViewer.class);
        assertThat(viewer.shownBounds().getWidth()).isPositive();
    }

    @Test
    void theReviewAndTheLargeViewSayTheOriginalIsMissingAndHowToRestoreIt() throws Exception {
        Path photo = data.resolve("IMG_0042.jpg");
        Files.write(photo, TestPhotos.jpeg().size(800, 600).gps(48.85, 2.35).bytes());
        app.workspace().photoImport().importPaths(List.of(photo), ImportOptions.from(Settings.DEFAULTS)
                .withZone(ZoneOffset.UTC), Progress.NONE, Cancellation.NEVER);
        String sha = app.workspace().sightings().listLive().get(0).photos().get(0);
        PhotoFileStore store = new PhotoFileStore(app.workspace().dataDirectory());
        Files.delete(store.original(sha));
        Files.delete(store.thumbnail(sha));

        robot.interact(() -> app.window().sightings().load());
        robot.interact(() -> app.window().openReview());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.window().review().currentPhotos().isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTexts().stream().anyMatch(t -> t.contains("IMG_0042.jpg")));
        assertThat(shownTexts()).anySatisfy(t -> assertThat(t).contains("original").contains("missing")
                .contains("IMG_0042.jpg").contains("Import"));

        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) ->
                b.getText() != null && b.getText().startsWith("Large")).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".photo-viewer").queryAll().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> shownTexts().stream().filter(t -> t.contains("IMG_0042.jpg")).count() == 2);
    }
}
