package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: titles read whole in French (French words are longer): the column headers of
 * the coverage, audit log and volunteers tables, and the row titles of the review ("Type de caméra"
 * was "Type de ca…"). A title is cut when the text JavaFX draws for it is not the title itself.
 */
class TitlesReadWholeInWindowTest {

    @TempDir
    Path data;
    ContrechampApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        try (LocalWorkspace w = LocalWorkspace.open(data)) {
            w.settings().save(w.settings().load().withLanguage("fr"));
            w.sightings().create(Sighting.newAt(Position.manual(48.8570, 2.3530)).draft(true).build());
        }
        app = WindowUnderTest.start(data);
        // At the window's first size, 1280x760, narrower than 1400x900: what is whole here is whole there
        // (the headless screen is not larger, so the window cannot be made so).
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    @Test
    void everyColumnTitleOfTheTablePagesIsReadWhole() throws Exception {
        // The audit page first: its title then counts its entries, and the bar beside the pages widens.
        for (String page : List.of("audit", "volunteers", "coverage")) {
            robot.clickOn("#nav-" + page);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
            List<Labeled> titles = new ArrayList<>();
            for (Node header : table.lookupAll(".column-header .label")) {
                titles.add((Labeled) header);
            }
            assertThat(titles).as(page).hasSizeGreaterThanOrEqualTo(6);
            for (Labeled title : titles) {
                assertThat(drawn(title)).as(page + ": " + title.getText()).isEqualTo(title.getText());
            }
            // Whole, and in view: a last column pushed past the table's right edge reads "Ca" ("Caméras").
            double right = table.localToScene(table.getLayoutBounds()).getMaxX();
            for (Node header : table.lookupAll(".column-header")) {
                if (header.lookup(".label") instanceof Labeled title && title.getText() != null
                        && !title.getText().isEmpty()) {
                    assertThat(header.localToScene(header.getLayoutBounds()).getMaxX()).as(page + ": " + title.getText())
                            .isLessThanOrEqualTo(right + 1);
                }
            }
        }
    }

    @Test
    void theReviewsRowTitlesAreReadWhole() throws Exception {
        robot.clickOn("#nav-review");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".form-label").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = new ArrayList<>();
        for (Node node : robot.lookup(".form-label").queryAll()) {
            if (node instanceof Labeled title && title.getScene() != null && title.isVisible()) {
                seen.add(title.getText());
                assertThat(drawn(title)).as(title.getText()).isEqualTo(title.getText());
            }
        }
        assertThat(seen).contains("Type de caméra");
    }

    /** "4 photos n’ont pas de position : placez-les sur la ...": the line under the review reads whole. */
    @Test
    void theReviewsLineAboutPhotosWithoutPositionReadsWhole() throws Exception {
        java.nio.file.Path photos = java.nio.file.Files.createDirectories(data.resolve("walk"));
        for (int i = 0; i < 4; i++) {
            java.nio.file.Files.write(photos.resolve("p" + i + ".jpg"), org.contrechamp.testing.TestPhotos.jpeg()
                    .colour(0x203040 + 0x101010 * i).takenAt("2024:05:01 10:0" + i + ":00", null).bytes());
        }
        app.workspace().photoImport().importPaths(List.of(photos),
                org.contrechamp.core.photo.imports.ImportOptions.from(org.contrechamp.core.settings.Settings.DEFAULTS)
                        .withZone(java.time.ZoneOffset.UTC),
                org.contrechamp.core.common.Progress.NONE, org.contrechamp.core.common.Cancellation.NEVER);
        robot.interact(() -> app.window().sightings().load());
        robot.clickOn("#nav-review");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Labeled l
                && l.getText() != null && l.getText().startsWith("4 photos n’ont pas de position")).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Labeled line = robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("4 photos n’ont pas de position")).queryAs(Labeled.class);
        assertThat(drawn(line)).isEqualTo(line.getText());
    }

    /** What JavaFX draws for a label: its text, or the text cut with an ellipsis. */
    private static String drawn(Labeled label) {
        Node text = label.lookup(".text");
        return text instanceof Text t ? t.getText() : label.getText();
    }
}
