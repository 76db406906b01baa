package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.photo.imports.ImportOptions;
import org.contrechamp.core.settings.Settings;
import org.contrechamp.testing.TestPhotos;
import org.contrechamp.ui.review.ReviewPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Draft 1 of N" beside "To review (N)": the two always say the same N, after an import that
 * brings more drafts while the queue is open, a deletion, and its undo.
 */
class ReviewCounterInWindowTest {

    @TempDir
    Path data;
    @TempDir
    Path photos;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private void importDrafts(String folder, int count, int minuteOffset) throws Exception {
        Path dir = Files.createDirectories(photos.resolve(folder));
        for (int i = 0; i < count; i++) {
            int minute = minuteOffset + 5 * i;
            Files.write(dir.resolve("p" + i + ".jpg"), TestPhotos.jpeg().colour(0x102030 + 0x050505 * i)
                    .gps(43.73 + 0.002 * (i + minuteOffset), 7.42).takenAt(String.format("2024:05:01 %02d:%02d:00",
                            10 + minute / 60, minute % 60), null).bytes());
        }
        app.workspace().photoImport().importPaths(List.of(dir),
                ImportOptions.from(Settings.DEFAULTS).withZone(ZoneOffset.UTC), Progress.NONE, Cancellation.NEVER);
        robot.interact(() -> app.window().sightings().load());
    }

    private String counter() {
        Label label = (Label) robot.lookup(n -> n instanceof ReviewPanel).queryAs(ReviewPanel.class)
                .lookup(".review-counter");
        return label.getText();
    }

    /** The review page's title in the navigation bar (the pages were tabs once). */
    private String reviewTab() {
        return robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("To review")).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCounterAndTheTabAgreeAfterImportsDeletionsAndUndo() throws Exception {
        importDrafts("first", 3, 0);
        waitUntil(() -> app.window().review().drafts().size() == 3);
        robot.interact(() -> app.window().openReview());
        waitUntil(() -> app.window().review().currentProperty().get() != null);
        assertThat(counter()).isEqualTo("Draft 1 of 3");
        assertThat(reviewTab()).isEqualTo("To review (3)");

        importDrafts("later", 2, 60);
        waitUntil(() -> app.window().review().drafts().size() == 5);
        assertThat(reviewTab()).isEqualTo("To review (5)");
        assertThat(counter()).isEqualTo("Draft 1 of 5");

        robot.interact(() -> app.window().sightings().delete(app.window().review().drafts().get(4).id(),
                "edit.delete"));
        waitUntil(() -> app.window().review().drafts().size() == 4);
        assertThat(counter()).isEqualTo("Draft 1 of 4");
        assertThat(reviewTab()).isEqualTo("To review (4)");

        robot.interact(() -> app.window().sightings().undo());
        waitUntil(() -> app.window().review().drafts().size() == 5);
        assertThat(counter()).isEqualTo("Draft 1 of 5");

        robot.type(KeyCode.X); // not a camera: the queue shrinks and moves on
        waitUntil(() -> app.window().review().drafts().size() == 4);
        assertThat(counter()).isEqualTo("Draft 1 of 4");
        assertThat(reviewTab()).isEqualTo("To review (4)");
    }
}
