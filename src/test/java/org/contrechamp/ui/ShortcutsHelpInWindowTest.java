package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;

import org.contrechamp.ui.help.ShortcutsDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** F1 lists Undo and Redo under the names the Edit menu gives them now: the edit they would take back. */
class ShortcutsHelpInWindowTest {

    @TempDir
    Path data;
    ContrechampApp app;
    FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    /** The lines of the help F1 opens (made as F1 makes it, from the window's menus; not shown). */
    private Set<String> helpLines() {
        return helpLines(java.util.Locale.ENGLISH);
    }

    private Set<String> helpLines(java.util.Locale locale) {
        Set<String> lines = new java.util.HashSet<>();
        robot.interact(() -> {
            javafx.scene.control.MenuBar menus = (javafx.scene.control.MenuBar)
                    ((javafx.scene.layout.BorderPane) app.window().root()).getTop();
            ShortcutsDialog help = new ShortcutsDialog(
                    org.contrechamp.core.i18n.Messages.forLocale(locale), menus, java.util.List.of());
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) help.getDialogPane().getContent();
            ((javafx.scene.layout.GridPane) scroll.getContent()).getChildren().stream()
                    .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).forEach(lines::add);
        });
        return lines;
    }

    @Test
    void undoAndRedoAreListedWithTheEditTheyWouldTakeBack() throws Exception {
        robot.interact(() -> app.window().sightings().createAt(43.7310, 7.4200));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().sightings().history().canUndoProperty().get());
        assertThat(helpLines()).contains("Undo: add sighting", "Redo");

        robot.interact(() -> app.window().sightings().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().sightings().history().canRedoProperty().get());
        assertThat(helpLines()).contains("Undo", "Redo: add sighting");
    }

    @Test
    void theKeysOfTheMenusAreNamedInTheLanguageOfTheHelp() {
        assertThat(helpLines(java.util.Locale.FRENCH)).contains("Ctrl+Suppr", "Ctrl+Maj+Z", "F1")
                .doesNotContain("Ctrl+Delete", "Shift+Ctrl+Z", "Ctrl+Shift+Z");
        assertThat(helpLines()).contains("Ctrl+Delete", "Ctrl+Shift+Z");
    }

    /** The keys column of the help F1 opens on the page in view, top to bottom; the help is closed after. */
    private List<String> keysOfTheHelpOpenedByF1() throws Exception {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".shortcut-keys").tryQuery().isPresent());
        GridPane grid = (GridPane) robot.lookup(".shortcut-keys").query().getParent();
        List<String> keys = grid.getChildren().stream().filter(n -> n.getStyleClass().contains("shortcut-keys"))
                .map(n -> ((Label) n).getText()).toList();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".shortcut-keys").tryQuery().isEmpty());
        return keys;
    }

    @Test
    void f1OnTheDuplicatesPageListsItsKeysFirstAndEveryPageKeySaysItsPage() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4); // Duplicates
        WaitForAsyncUtils.waitForFxEvents();
        List<String> onDuplicates = keysOfTheHelpOpenedByF1();
        assertThat(onDuplicates.get(0)).isEqualTo("Duplicates: M");
        // M keeps a version on the To decide page and merges a pair on Duplicates: never a bare "M".
        assertThat(onDuplicates).contains("In OpenStreetMap: L", "To decide: M / 1 / ←")
                .doesNotContain("M", "D", "L", "X", "N / →");
    }

    @Test
    void f1OnTheToDecidePageListsTheDesksKeysFirst() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3); // To decide
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keysOfTheHelpOpenedByF1().get(0)).startsWith("To decide: ");
    }
}
