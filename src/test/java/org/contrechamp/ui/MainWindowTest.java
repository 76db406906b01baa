package org.contrechamp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.contrechamp.app.LocalWorkspace;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a volunteer uses it: headless (Monocle), real storage in a temporary data directory. */
class MainWindowTest {

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

    /** Focuses a field (it may be scrolled out of view in the form) and types into it with the keyboard. */
    private void type(String query, String text) {
        javafx.scene.Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.write(text);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void doubleClickOnTheMapAddsASightingThereThenEditDeleteUndo() throws Exception {
        var map = app.window().map().mapView();
        // On a loaded machine the window may exist before its map is in the scene.
        waitUntil(() -> map.getScene() != null && map.getScene().getWindow() != null && map.getWidth() > 0);
        var centre = map.getCenter();
        robot.doubleClickOn(map);
        waitUntil(() -> stored().size() == 1);
        Sighting created = stored().get(0);
        // The double click was in the middle of the map: the sighting is at the map's centre.
        assertThat(created.position().latitude()).isCloseTo(centre.getLatitude(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(created.position().longitude()).isCloseTo(centre.getLongitude(), org.assertj.core.data.Offset.offset(1e-4));
        ListView<?> list = robot.lookup(".sighting-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();

        // Edit: a text field, a value list, the directions.
        // (Typed in ASCII: the headless robot cannot type accents; the view-model tests cover them.)
        type("#field-operator", "Prefecture de police");
        robot.interact(() -> robot.lookup("#field-cameraType").queryAs(ComboBox.class).getSelectionModel().select(2));
        type("#field-directions", "135");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "Prefecture de police".equals(stored().get(0).operator()));
        Sighting edited = stored().get(0);
        assertThat(edited.cameraType()).isEqualTo(CameraType.DOME);
        assertThat(edited.directions()).extracting(d -> d.toTag()).containsExactly("135");
        assertThat(edited.revision()).as("saved once or twice (the autosave may come first)").isBetween(2L, 4L);

        // Invalid input is explained inline and not stored.
        type("#field-tilt", "95");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".form-error").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().contains("95"));
        assertThat(stored().get(0).tilt()).isNull();

        // Delete, then undo brings it back as it was.
        robot.clickOn(list);
        robot.press(KeyCode.CONTROL, KeyCode.DELETE).release(KeyCode.DELETE, KeyCode.CONTROL);
        waitUntil(() -> stored().isEmpty());
        assertThat(list.getItems()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().size() == 1);
        assertThat(stored().get(0).operator()).isEqualTo("Prefecture de police");
        assertThat(list.getItems()).hasSize(1);
    }

    @Test
    void editsAreSavedWithoutAskingAndNothingTypedIsLostOnClose() throws Exception {
        robot.doubleClickOn(app.window().map().mapView());
        waitUntil(() -> stored().size() == 1);
        type("#field-operator", "Mairie");
        // No Ctrl+S: the autosave stores it a moment after typing stops.
        waitUntil(() -> "Mairie".equals(stored().get(0).operator()));
        type("#field-model", "X1");
        // Closing at once, before the autosave: the pending edit is stored on the way out.
        FxToolkit.cleanupApplication(app);
        try (var reopened = LocalWorkspace.open(data)) {
            assertThat(reopened.sightings().listLive().get(0).model()).isEqualTo("X1");
        }
        ContrechampApp.prepare(new UiEnvironment(data, LocalWorkspace::open));
        app = (ContrechampApp) FxToolkit.setupApplication(ContrechampApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null);
    }

    @Test
    void draggingAMarkerMovesItAndUndoPutsItBack() throws Exception {
        var map = app.window().map().mapView();
        robot.doubleClickOn(map);
        waitUntil(() -> stored().size() == 1);
        Sighting before = stored().get(0);
        // The map's centre before the drag, not the sighting's position: the centre the map reports can
        // stand a few pixels from its visible middle, depending on the widths around it.
        double centreBefore = map.getCenter().getLongitude();
        javafx.geometry.Bounds bounds = map.localToScreen(map.getLayoutBounds());
        double cx = bounds.getMinX() + bounds.getWidth() / 2;
        double cy = bounds.getMinY() + bounds.getHeight() / 2;
        robot.drag(cx, cy, javafx.scene.input.MouseButton.PRIMARY).moveTo(new javafx.geometry.Point2D(cx + 80, cy + 40)).drop();
        waitUntil(() -> stored().get(0).revision() == 2);
        Sighting moved = stored().get(0);
        assertThat(moved.position().longitude()).isGreaterThan(before.position().longitude());
        assertThat(moved.position().latitude()).isLessThan(before.position().latitude());
        assertThat(map.getCenter().getLongitude()).as("the map did not pan").isCloseTo(
                centreBefore, org.assertj.core.data.Offset.offset(1e-6));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().get(0).revision() == 3);
        assertThat(stored().get(0).position()).isEqualTo(before.position());
    }

    @Test
    void selectingInTheListSelectsOnTheMapAndFillsTheForm() throws Exception {
        app.workspace().sightings().create(Sighting.newAt(org.contrechamp.core.sighting.Position.manual(48.8570, 2.3530))
                .operator("first").build());
        app.workspace().sightings().create(Sighting.newAt(org.contrechamp.core.sighting.Position.manual(48.8560, 2.3510))
                .operator("second").build());
        robot.interact(() -> app.window().sightings().load());
        waitUntil(() -> app.window().sightings().sightings().size() == 2);
        ListView<?> list = robot.lookup(".sighting-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        assertThat(app.window().sightings().selectedProperty().get().operator()).isEqualTo("second");
        assertThat(app.window().form().operator.get()).isEqualTo("second");
        assertThat(app.window().map().markers().drawnMarkers()).isEqualTo(2);
    }
}
