package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window's pages as a newcomer meets them: the bar, the keys, the Go to menu, the page left last. */
class ShellInWindowTest {

    @TempDir
    Path data;
    ContrechampApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = WindowUnderTest.start(data);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WindowUnderTest.stop(app);
    }

    private List<ToggleButton> bar() {
        return robot.lookup(".page-bar-button").queryAllAs(ToggleButton.class).stream().toList();
    }

    private String selected() {
        return bar().stream().filter(ToggleButton::isSelected).map(Node::getId).findFirst().orElse("none");
    }

    private boolean mapShown() {
        return app.window().map().mapView().getScene() != null;
    }

    private void ctrl(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBarNamesEveryPageWithItsCountAndTheKeysOpenThemInItsOrder() throws Exception {
        assertThat(bar()).extracting(ToggleButton::getText)
                .containsExactly("Sightings (0)", "To review (0)", "To decide (0)", "Duplicates", "In OpenStreetMap", "Coverage",
                        "Statistics", "Audit log", "Volunteers");
        assertThat(selected()).isEqualTo("nav-survey");
        assertThat(mapShown()).isTrue();

        ctrl(KeyCode.DIGIT7);
        assertThat(selected()).isEqualTo("nav-stats");
        assertThat(mapShown()).as("statistics take the whole width").isFalse();

        ctrl(KeyCode.DIGIT2);
        assertThat(selected()).isEqualTo("nav-review");
        assertThat(mapShown()).as("the review sits beside the map").isTrue();
        assertThat(app.window().review().activeProperty().get()).isTrue();

        robot.clickOn("#nav-survey");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isEqualTo("nav-survey");
        assertThat(app.window().review().activeProperty().get()).as("review keys rest off their page").isFalse();
        robot.clickOn("#nav-survey"); // pressed again: it stays the page shown
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected()).isEqualTo("nav-survey");
    }

    @Test
    void viewGoToListsThePagesWithTheirKeys() {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu goTo = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu.go-to".equals(i.getId())).map(Menu.class::cast).findFirst().orElseThrow();

        assertThat(goTo.getItems()).extracting(MenuItem::getText)
                .containsExactly("Sightings (0)", "To review (0)", "To decide (0)", "Duplicates", "In OpenStreetMap", "Coverage",
                        "Statistics", "Audit log", "Volunteers");
        assertThat(goTo.getItems()).extracting(i -> i.getAccelerator().getDisplayText())
                .containsExactly("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8", "Ctrl+9");
        robot.interact(() -> goTo.getItems().get(2).fire());
        assertThat(selected()).isEqualTo("nav-conflicts");
    }

    @Test
    void thePageLeftLastIsTheFirstShownNextTime() throws Exception {
        ctrl(KeyCode.DIGIT7);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(data.resolve("last-page.txt")));
        WindowUnderTest.stop(app);

        app = WindowUnderTest.start(data);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return selected().equals("nav-stats");
        });
        assertThat(mapShown()).isFalse();
    }
}
