package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Adding by hand is deliberate (issue 17, items 3, 4 and 12): no sighting from a stray click, and Ctrl+Z at once. */
class AddingOnTheMapTest {

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

    private List<Sighting> stored() {
        return app.workspace().sightings().listLive();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits long enough for a sighting that should not come (its store takes a few milliseconds). */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSingleClickAddsNothingAndSaysHowToAdd() throws Exception {
        robot.clickOn(app.window().map().mapView());
        settle();
        assertThat(stored()).isEmpty();
        assertThat(robot.lookup("#status-text").queryLabeled().getText()).contains("double-click");
    }

    @Test
    void aDoubleClickAddsOneSightingSurveyedTodayAndCtrlZInTheStreetFieldTakesItBack() throws Exception {
        robot.doubleClickOn(app.window().map().mapView());
        waitUntil(() -> stored().size() == 1);
        settle();
        assertThat(stored()).hasSize(1);
        assertThat(stored().get(0).surveyDate()).isEqualTo(LocalDate.now());

        // The cursor in the (empty, untouched) Street field: Ctrl+Z is the window's, not the field's.
        TextField street = robot.lookup("#field-street").queryAs(TextField.class);
        robot.interact(street::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().isEmpty());
        // And Ctrl+Shift+Z there brings it back.
        robot.interact(street::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> stored().size() == 1);
    }

    @Test
    void typingInAFieldIsUndoneByTheFieldFirst() throws Exception {
        robot.doubleClickOn(app.window().map().mapView());
        waitUntil(() -> stored().size() == 1);
        TextField operator = robot.lookup("#field-operator").queryAs(TextField.class);
        robot.interact(operator::requestFocus);
        robot.write("Mairie");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(operator.getText()).isNotEqualTo("Mairie");
        assertThat(stored()).as("the field undid its typing; the sighting stays").hasSize(1);
    }

    @Test
    void aDoubleClickThatClosesAMenuAddsNothing() throws Exception {
        var map = app.window().map().mapView();
        Bounds screen = map.localToScreen(map.getLayoutBounds());
        ContextMenu menu = new ContextMenu(new MenuItem("Something"));
        robot.interact(() -> menu.show(map, screen.getMinX() + 20, screen.getMinY() + 20));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(map);
        settle();
        assertThat(stored()).isEmpty();
        robot.interact(menu::hide);
    }

    @Test
    void ctrlNAddsASightingAtTheCentreOfTheMap() throws Exception {
        var centre = app.window().map().mapView().getCenter();
        robot.interact(() -> app.window().map().mapView().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> stored().size() == 1);
        assertThat(stored().get(0).position().latitude())
                .isCloseTo(centre.getLatitude(), org.assertj.core.data.Offset.offset(1e-6));
    }
}
